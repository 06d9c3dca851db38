import { getMetric } from '@gongkai/domain';
import { useMemo } from 'react';

import { TrendChart } from '../modules/charts/components/TrendChart';
import { type TrendMode } from '../modules/charts/utils/transformSeriesToChartData';
import { AsyncState } from '../modules/core/components/AsyncState';
import { CountyPicker } from '../modules/core/components/CountyPicker';
import { MetricSelect } from '../modules/core/components/MetricSelect';
import { PrefectureSelect } from '../modules/core/components/PrefectureSelect';
import { SelectField } from '../modules/core/components/SelectField';
import { YearSelect } from '../modules/core/components/YearSelect';
import { usePageFilters } from '../modules/core/hooks/usePageFilters';
import { useRegion } from '../modules/core/hooks/useRegion';
import { useI18n } from '../modules/core/i18n/useI18n';
import { readBool, readList, writeBool, writeList } from '../modules/core/router/urlState';
import { CHART_HEIGHT } from '../modules/core/theme/constants/CHART_LAYOUT';
import { BriefingButton } from '../modules/export/components/BriefingButton';
import { ChartCard } from '../modules/export/components/ChartCard';
import { transformTrendToSlide } from '../modules/export/utils/transformChartToSlide';
import { useTrendData } from '../modules/trends/hooks/useTrendData';

const MODES: readonly TrendMode[] = ['value', 'change', 'changePct'];

export function TrendsPage() {
  const { t, lang, metricLabel, unitLabel } = useI18n();
  const { ready, prefecture, yearFrom, yearTo, years, dataDate, setParams, params } = usePageFilters();
  const region = useRegion(prefecture);
  const counties = useMemo(() => region.data?.children ?? [], [region.data]);
  const metricKey = params.metric && getMetric(params.metric) ? params.metric : 't3_new_received_tot';
  const picked = readList(params, 'regions');
  const regionCodes = useMemo(() => (picked.length > 0 ? picked : counties.slice(0, 3).map((c) => c.code)), [picked.join(','), counties]);
  const mode: TrendMode = MODES.includes(params.mode as TrendMode) ? (params.mode as TrendMode) : 'value';
  const log = readBool(params, 'log');
  const trend = useTrendData(metricKey, regionCodes, yearFrom, yearTo, mode, lang);
  const modeLabel = { value: t('modeValue'), change: t('modeChange'), changePct: t('modeChangePct') }[mode];
  const names = regionCodes.map((c) => counties.find((x) => x.code === c)?.name ?? c);
  const title = `${metricLabel(metricKey)}${mode === 'value' ? '' : ` · ${modeLabel}`}`;
  const subtitle = `${region.data?.name ?? ''} ${names.join('、')} · ${yearFrom}–${yearTo} · ${unitLabel(metricKey)}`;

  if (!ready) return <AsyncState loading />;

  return (
    <div className="page" data-testid="page-trends">
      <div className="page-head">
        <h1>{t('trendsTitle')}</h1>
        <BriefingButton title={t('trendsTitle')} fileName={`${metricLabel(metricKey)}_趋势`} />
      </div>
      <div className="filters">
        <PrefectureSelect value={prefecture} onChange={(code) => setParams({ pref: code, regions: undefined })} />
        <MetricSelect value={metricKey} onChange={(key) => setParams({ metric: key })} />
        <YearSelect label={t('yearFrom')} value={yearFrom} years={years} onChange={(y) => setParams({ from: y })} testId="year-from" />
        <YearSelect label={t('yearTo')} value={yearTo} years={years} onChange={(y) => setParams({ to: y })} testId="year-to" />
        <SelectField
          label={t('mode')}
          value={mode}
          options={MODES.map((m) => ({ value: m, label: { value: t('modeValue'), change: t('modeChange'), changePct: t('modeChangePct') }[m] }))}
          onChange={(m) => setParams({ mode: m === 'value' ? undefined : m })}
          testId="mode-select"
        />
        <label className="checkbox">
          <input type="checkbox" checked={log} onChange={(e) => setParams({ log: writeBool(e.target.checked) })} data-testid="log-scale" disabled={mode !== 'value'} />
          {t('logScale')}
        </label>
        <CountyPicker counties={counties} selected={regionCodes} onChange={(codes) => setParams({ regions: writeList(codes) })} />
      </div>
      <ChartCard
        testId="card-trend"
        meta={{
          title,
          subtitle,
          legend: trend.data?.legend ?? [],
          sourceNote: t('sourceNote'),
          dataDate: t('dataDate', { date: dataDate }),
          fileName: `${metricLabel(metricKey)}_${yearFrom}-${yearTo}`,
          table: trend.data?.table ?? { columns: [], rows: [] },
          sampleNote: trend.data?.chart.samplePoints.length ? t('sampleExportNote') : null,
          slide: trend.data ? transformTrendToSlide(trend.data.chart, mode === 'changePct' ? '%' : unitLabel(metricKey)) : null,
        }}
      >
        <AsyncState loading={trend.loading} error={trend.error} onRetry={trend.reload} empty={regionCodes.length === 0 || trend.data?.chart.empty}>
          {trend.data && <TrendChart data={trend.data.chart} metricKey={metricKey} mode={mode} logScale={log} height={CHART_HEIGHT} yearDomain={[yearFrom, yearTo]} />}
        </AsyncState>
      </ChartCard>
    </div>
  );
}
