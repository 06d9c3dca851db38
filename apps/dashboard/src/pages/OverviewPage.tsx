import { lazy, Suspense } from 'react';

import { getMetric } from '@gongkai/domain';

import { PrefectureBoard } from '../modules/board/components/PrefectureBoard';
import { AsyncState } from '../modules/core/components/AsyncState';
import { MetricSelect } from '../modules/core/components/MetricSelect';
import { PrefectureSelect } from '../modules/core/components/PrefectureSelect';
import { YearSelect } from '../modules/core/components/YearSelect';
import { usePageFilters } from '../modules/core/hooks/usePageFilters';
import { useRegion } from '../modules/core/hooks/useRegion';
import { useI18n } from '../modules/core/i18n/useI18n';
import { BriefingPackButtons } from '../modules/export/components/BriefingPackButtons';
import { CHART_COLORS } from '../modules/core/theme/constants/PALETTE';
import { ChartCard } from '../modules/export/components/ChartCard';
import { TableCard } from '../modules/export/components/TableCard';
import { miniScaleUnit } from '../modules/charts/utils/miniScaleUnit';
import { transformSmallMultiplesToSlide } from '../modules/export/utils/transformChartToSlide';
import { CoverageGlance } from '../modules/overview/components/CoverageGlance';
import { HeadlineCards } from '../modules/overview/components/HeadlineCards';
import { RankingList } from '../modules/overview/components/RankingList';
import { useHeadlineData } from '../modules/overview/hooks/useHeadlineData';
import { useRankingData } from '../modules/overview/hooks/useRankingData';
import { useSmallMultiplesData } from '../modules/overview/hooks/useSmallMultiplesData';
import { DEFAULT_OVERVIEW_METRIC, loadSmallMultiples } from '../modules/overview/utils/prefetchOverview';
import { readComparison } from '../modules/overview/utils/readComparison';
import { useCoverageData } from '../modules/quality/hooks/useCoverageData';
import { useFindingsData } from '../modules/quality/hooks/useFindingsData';

// The small multiples are a chunk of their own, loaded while the overview's data is on its way (see prefetch.ts);
// the overview draws no Recharts chart, so Recharts loads only on the pages that do.
const SmallMultiples = lazy(() => loadSmallMultiples().then((m) => ({ default: m.SmallMultiples })));

export function OverviewPage() {
  const { t, lang, metricLabel, unitLabel } = useI18n();
  const filters = usePageFilters();
  const { prefecture, year, yearMin, yearMax, years, dataDate, setParams, params } = filters;
  const metricKey = params.metric && getMetric(params.metric) ? params.metric : DEFAULT_OVERVIEW_METRIC;
  const region = useRegion(prefecture);
  const comparison = readComparison(params);
  const headline = useHeadlineData(prefecture, year, comparison);
  const multiples = useSmallMultiplesData(prefecture, metricKey, yearMin, yearMax, lang);
  const multiplesHaveSample = multiples.data?.panels.some((p) => p.chart.samplePoints.length > 0) ?? false;
  const ranking = useRankingData(prefecture, metricKey, year, lang);
  const coverage = useCoverageData(prefecture, year, year);
  const findings = useFindingsData({ regionCode: prefecture, yearFrom: year, yearTo: year }, 1);
  const regionName = region.data?.name ?? prefecture ?? '';
  const sourceNote = t('sourceNote');
  const date = t('dataDate', { date: dataDate });

  if (!filters.ready) return <AsyncState loading />;
  if (!prefecture) return <AsyncState loading={false} empty />;

  return (
    <div className="page" data-testid="page-overview">
      <div className="page-head">
        <h1>
          {regionName} · {year}
        </h1>
        <BriefingPackButtons prefecture={prefecture} year={year} metric={metricKey} />
      </div>
      <div className="filters" role="group" aria-label={t('prefecture')}>
        <PrefectureSelect value={prefecture} onChange={(code) => setParams({ pref: code })} />
        <YearSelect
          label={t('year')}
          value={year}
          years={years}
          onChange={(y) => setParams({ year: y })}
          testId="year-select"
        />
        <MetricSelect value={metricKey} onChange={(key) => setParams({ metric: key })} />
      </div>

      <PrefectureBoard prefecture={prefecture} yearFrom={yearMin} yearTo={yearMax} dataDate={dataDate} />

      <section aria-label={t('headline')}>
        <div
          className="comparison-switch"
          role="group"
          aria-label={t('comparison')}
          data-testid="comparison-switch"
        >
          {(['LIKE_FOR_LIKE', 'ALL_REPORTS'] as const).map((c) => (
            <button
              key={c}
              type="button"
              className="button"
              aria-pressed={comparison === c}
              onClick={() => setParams({ cmp: c === 'ALL_REPORTS' ? 'all' : undefined })}
              data-testid={`comparison-${c === 'ALL_REPORTS' ? 'all' : 'like-for-like'}`}
            >
              {t(c === 'ALL_REPORTS' ? 'comparisonAllReports' : 'comparisonLikeForLike')}
            </button>
          ))}
        </div>
        <AsyncState
          loading={headline.loading}
          error={headline.error}
          onRetry={headline.reload}
          empty={headline.data?.length === 0}
        >
          {headline.data && <HeadlineCards cards={headline.data} />}
        </AsyncState>
      </section>

      <div className="grid-2">
        <ChartCard
          testId="card-small-multiples"
          meta={{
            title: `${t('smallMultiples')}：${metricLabel(metricKey)}`,
            // The exported image says the panels share one y scale, as the page does.
            subtitle: `${regionName} · ${yearMin}–${yearMax} · ${t('miniSharedScale', { unit: miniScaleUnit(metricKey, unitLabel) })}`,
            // The panels need no series legend (each is titled); undefined rates and sample points do need their keys.
            legend: [
              ...(multiples.data?.legend ?? []),
              ...(multiplesHaveSample
                ? [{ label: t('samplePointRing'), color: CHART_COLORS.text, kind: 'sample-ring' as const }]
                : []),
            ],
            sourceNote,
            dataDate: date,
            fileName: `${regionName}_${metricLabel(metricKey)}_${yearMin}-${yearMax}`,
            table: multiples.data?.table ?? { columns: [], rows: [] },
            sampleNote: multiplesHaveSample ? t('sampleExportNote') : null,
            slide: multiples.data
              ? transformSmallMultiplesToSlide(multiples.data, unitLabel(metricKey))
              : null,
          }}
        >
          <AsyncState
            loading={multiples.loading}
            error={multiples.error}
            onRetry={multiples.reload}
            empty={multiples.data?.panels.length === 0}
          >
            {multiples.data && (
              <Suspense fallback={<AsyncState loading />}>
                <SmallMultiples data={multiples.data} metricKey={metricKey} />
              </Suspense>
            )}
          </AsyncState>
        </ChartCard>

        <div className="stack">
          <TableCard
            testId="card-ranking"
            title={`${t('ranking')}：${metricLabel(metricKey)}`}
            subtitle={`${regionName} · ${year}`}
            fileName={`${regionName}_${metricLabel(metricKey)}_${year}_排名`}
            table={ranking.data?.table ?? { columns: [], rows: [] }}
            sampleNote={
              ranking.data?.ranking.entries.some((e) => e.sampleData) ? t('sampleExportNote') : null
            }
          >
            <AsyncState
              loading={ranking.loading}
              error={ranking.error}
              onRetry={ranking.reload}
              empty={ranking.data?.rows.length === 0}
            >
              {ranking.data && <RankingList rows={ranking.data.rows} />}
            </AsyncState>
          </TableCard>
          <section className="card" data-testid="card-coverage">
            <header className="card-header">
              <h3>
                {t('coverage')} · {year}
              </h3>
            </header>
            <AsyncState loading={coverage.loading} error={coverage.error} onRetry={coverage.reload}>
              {coverage.data && (
                <CoverageGlance
                  grid={coverage.data}
                  findingsTotal={findings.data?.totalCount ?? null}
                  prefecture={prefecture}
                  year={year}
                />
              )}
            </AsyncState>
          </section>
        </div>
      </div>
    </div>
  );
}
