import { getMetric } from '@gongkai/domain';
import { useMemo } from 'react';

import { CompareMetricCard } from '../modules/compare/components/CompareMetricCard';
import { AsyncState } from '../modules/core/components/AsyncState';
import { CountyPicker } from '../modules/core/components/CountyPicker';
import { MetricSelect } from '../modules/core/components/MetricSelect';
import { PrefectureSelect } from '../modules/core/components/PrefectureSelect';
import { YearSelect } from '../modules/core/components/YearSelect';
import { usePageFilters } from '../modules/core/hooks/usePageFilters';
import { useRegion } from '../modules/core/hooks/useRegion';
import { useI18n } from '../modules/core/i18n/useI18n';
import { readList, writeList } from '../modules/core/router/urlState';
import { BriefingButton } from '../modules/export/components/BriefingButton';

const DEFAULT_METRICS = ['t3_new_received_tot', 'rate_disclosed', 't2_penalty_decisions'];

export function ComparePage() {
  const { t, metricLabel } = useI18n();
  const { ready, prefecture, years, yearMax, dataDate, setParams, params } = usePageFilters();
  const region = useRegion(prefecture);
  const all = useMemo(() => region.data?.children ?? [], [region.data]);
  const pickedCodes = readList(params, 'regions');
  const codes = pickedCodes.length > 0 ? pickedCodes : all.slice(0, 4).map((c) => c.code);
  const counties = codes.map((code) => all.find((c) => c.code === code) ?? { code, name: code });
  const metricKeys = (readList(params, 'metrics').filter((k) => getMetric(k)).length > 0 ? readList(params, 'metrics').filter((k) => getMetric(k)) : DEFAULT_METRICS).slice(0, 8);
  // Compare defaults to one year (the latest); `from` < `to` shows the span.
  const yearTo = params.to ? Number(params.to) : yearMax;
  const yearFrom = params.from ? Math.min(Number(params.from), yearTo) : yearTo;

  if (!ready) return <AsyncState loading />;

  return (
    <div className="page" data-testid="page-compare">
      <div className="page-head">
        <h1>{t('compareTitle')}</h1>
        <BriefingButton title={t('compareTitle')} fileName="区县对比" />
      </div>
      <div className="filters">
        <PrefectureSelect value={prefecture} onChange={(code) => setParams({ pref: code, regions: undefined })} />
        <YearSelect label={t('yearFrom')} value={yearFrom} years={years} onChange={(y) => setParams({ from: y })} testId="year-from" />
        <YearSelect label={t('yearTo')} value={yearTo} years={years} onChange={(y) => setParams({ to: y })} testId="year-to" />
        <CountyPicker counties={all} selected={codes} max={10} onChange={(next) => setParams({ regions: writeList(next) })} />
        <div className="field">
          <MetricSelect label={`${t('metrics')} +`} value="" placeholder="＋" onChange={(key) => !metricKeys.includes(key) && setParams({ metrics: writeList([...metricKeys, key]) })} testId="add-metric" />
          <ul className="toolbar" aria-label={t('metrics')}>
            {metricKeys.map((key) => (
              <li key={key} style={{ listStyle: 'none' }}>
                <button type="button" className="button small" onClick={() => setParams({ metrics: writeList(metricKeys.filter((k) => k !== key)) })} aria-label={`${metricLabel(key)} ×`}>
                  {metricLabel(key)} ×
                </button>
              </li>
            ))}
          </ul>
        </div>
      </div>
      {counties.length < 2 ? (
        <p className="state">{t('compareHint')}</p>
      ) : (
        prefecture && (
          <div className="grid-2">
            {metricKeys.map((key) => (
              <CompareMetricCard key={key} metricKey={key} prefecture={prefecture} prefectureName={region.data?.name ?? prefecture} counties={counties} yearFrom={yearFrom} yearTo={yearTo} dataDate={dataDate} />
            ))}
          </div>
        )
      )}
    </div>
  );
}
