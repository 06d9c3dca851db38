import { getMetric } from '@gongkai/domain';

import { CompareBarChart } from '../../charts/components/CompareBarChart';
import { TrendChart } from '../../charts/components/TrendChart';
import { AsyncState } from '../../core/components/AsyncState';
import { useI18n } from '../../core/i18n/useI18n';
import { type RegionRef } from '../../core/types/api';
import { ChartCard } from '../../export/components/ChartCard';
import { transformBarsToSlide, transformTrendToSlide } from '../../export/utils/transformChartToSlide';
import { useCompareData } from '../hooks/useCompareData';

export type CompareMetricCardProps = { metricKey: string; prefecture: string; prefectureName: string; counties: readonly RegionRef[]; yearFrom: number; yearTo: number; dataDate: string };

export function CompareMetricCard({ metricKey, prefecture, prefectureName, counties, yearFrom, yearTo, dataDate }: CompareMetricCardProps) {
  const { t, lang, metricLabel, unitLabel } = useI18n();
  const { data, loading, error, reload } = useCompareData(metricKey, prefecture, counties, yearFrom, yearTo, lang);
  const years = yearFrom === yearTo ? String(yearTo) : `${yearFrom}–${yearTo}`;

  return (
    <ChartCard
      testId={`compare-${metricKey}`}
      meta={{
        title: metricLabel(metricKey),
        subtitle: `${prefectureName} · ${counties.map((c) => c.name).join('、')} · ${years} · ${unitLabel(metricKey)}`,
        legend: data?.legend ?? [],
        sourceNote: t('sourceNote'),
        dataDate: t('dataDate', { date: dataDate }),
        fileName: `${metricLabel(metricKey)}_${years}_对比`,
        table: data?.table ?? { columns: [], rows: [] },
        slide: data ? (data.kind === 'year' ? transformBarsToSlide(data.bars, `${metricLabel(metricKey)} ${yearTo}`, unitLabel(metricKey)) : transformTrendToSlide(data.chart, unitLabel(metricKey))) : null,
        sampleNote: (data?.kind === 'year' ? data.bars.hasSample : (data?.chart.samplePoints.length ?? 0) > 0) ? t('sampleExportNote') : null,
      }}
    >
      <AsyncState loading={loading} error={error} onRetry={reload} empty={data ? (data.kind === 'year' ? data.bars.empty : data.chart.empty) : false}>
        {data?.kind === 'year' && <CompareBarChart data={data.bars} medianLabel={t('median')} ratio={getMetric(metricKey)?.unit === 'ratio'} />}
        {data?.kind === 'span' && <TrendChart data={data.chart} metricKey={metricKey} height={260} yearDomain={[yearFrom, yearTo]} />}
      </AsyncState>
    </ChartCard>
  );
}
