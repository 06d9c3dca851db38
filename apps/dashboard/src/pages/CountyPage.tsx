import { findRule, getMetric, TEMPLATE_LABELS } from '@gongkai/domain';
import { Fragment, useMemo, useState } from 'react';

import { CountyFamilies } from '../modules/board/components/CountyFamilies';
import { TrendChart } from '../modules/charts/components/TrendChart';
import { AsyncState } from '../modules/core/components/AsyncState';
import { Link } from '../modules/core/components/Link';
import { MetricSelect } from '../modules/core/components/MetricSelect';
import { useDatasetInfo } from '../modules/core/hooks/useDatasetInfo';
import { useQuery } from '../modules/core/hooks/useQuery';
import { useRegion } from '../modules/core/hooks/useRegion';
import { useI18n } from '../modules/core/i18n/useI18n';
import { useRoute } from '../modules/core/router/useRoute';
import { CHART_HEIGHT } from '../modules/core/theme/constants/CHART_LAYOUT';
import { formatValue } from '../modules/core/utils/formatValue';
import { GET_COUNTY_REPORTS } from '../modules/county/graphql/queries/getCountyReports';
import { QualityTimeline } from '../modules/county/components/QualityTimeline';
import { GET_COUNTY_VALUES } from '../modules/county/graphql/queries/getCountyValues';
import { transformCountyValuesToTable } from '../modules/county/utils/transformCountyValuesToTable';
import { BriefingButton } from '../modules/export/components/BriefingButton';
import { ChartCard } from '../modules/export/components/ChartCard';
import { transformTrendToSlide } from '../modules/export/utils/transformChartToSlide';
import { TableCard } from '../modules/export/components/TableCard';
import { type DataTable } from '../modules/export/utils/toCsv';
import { useTrendData } from '../modules/trends/hooks/useTrendData';

export function CountyPage() {
  const { route, setParams } = useRoute();
  const { t, lang, metricLabel, categoryLabel, unitLabel } = useI18n();
  const code = route.id ?? '';
  const region = useRegion(code);
  const dataset = useDatasetInfo();
  const yearMin = dataset.data?.yearMin ?? 2019;
  const yearMax = dataset.data?.yearMax ?? yearMin;
  const dataDate = dataset.data?.dataDate ?? '';
  const metricKey = route.params.metric && getMetric(route.params.metric) ? route.params.metric : 't3_new_received_tot';
  const values = useQuery(GET_COUNTY_VALUES, { where: { regionCode: code, status: 'current' } });
  const reports = useQuery(GET_COUNTY_REPORTS, { where: { regionCode: code, status: 'current' } });
  const codes = useMemo(() => [code], [code]);
  const trend = useTrendData(metricKey, codes, yearMin, yearMax, 'value', lang);
  const table = useMemo(() => (values.data ? transformCountyValuesToTable(values.data.reports.edges.map((e) => e.node), code) : undefined), [values.data, code]);
  const name = region.data?.name ?? code;
  const [search, setSearch] = useState('');
  // The full table is long (every metric × year): collapsed under the lead, and filtered by label as one types.
  const shownRows = useMemo(() => {
    const needle = search.trim().toLowerCase();

    return (table?.rows ?? []).filter((row) => needle === '' || metricLabel(row.key).toLowerCase().includes(needle) || categoryLabel(row.category).toLowerCase().includes(needle));
  }, [table, search, metricLabel, categoryLabel]);
  const exportTable: DataTable = useMemo(
    () => ({
      // The metric's name and unit in words; its internal key stays out of the export (analysts have the API).
      columns: [t('metric'), t('unit'), ...(table?.years.map(String) ?? [])],
      rows: (table?.rows ?? []).map((row) => [metricLabel(row.key), unitLabel(row.key), ...row.cells.map((c) => (c === null ? null : c.value ?? formatValue(null, c.state, row.key, lang)))]),
      numeric: [false, false, ...(table?.years.map(() => true) ?? [])],
    }),
    [table, lang, t, metricLabel, unitLabel],
  );
  const reportsTable: DataTable = useMemo(
    () => ({
      columns: [t('reportId'), t('year'), t('issuer'), t('template'), t('failedChecks')],
      rows: (reports.data?.reports.edges ?? []).map(({ node }) => [
        node.id,
        node.year,
        node.issuer.name,
        TEMPLATE_LABELS[node.template][lang],
        node.failedRules.map((id) => findRule(id)?.[lang] ?? id).join('；'),
      ]),
      numeric: [false, true, false, false, false],
    }),
    [reports.data, lang, t],
  );

  return (
    <div className="page" data-testid="page-county">
      <div className="page-head">
        <h1>
          {t('countyTitle')}：{name}
        </h1>
        <BriefingButton title={name} fileName={`${name}_档案`} />
      </div>
      <p className="muted">{region.data?.path}</p>
      <CountyFamilies countyCode={code} countyName={name} prefectureCode={region.data?.parentCode ?? null} yearFrom={yearMin} yearTo={yearMax} />
      <QualityTimeline code={code} prefectureCode={region.data?.parentCode ?? null} yearFrom={yearMin} yearTo={yearMax} />
      <div className="filters">
        <MetricSelect value={metricKey} onChange={(key) => setParams({ metric: key })} />
      </div>
      <ChartCard
        testId="card-county-trend"
        meta={{
          title: `${name}：${metricLabel(metricKey)}`,
          subtitle: `${yearMin}–${yearMax}`,
          legend: trend.data?.legend ?? [],
          sourceNote: t('sourceNote'),
          dataDate: t('dataDate', { date: dataDate }),
          fileName: `${name}_${metricLabel(metricKey)}`,
          table: trend.data?.table ?? { columns: [], rows: [] },
          sampleNote: trend.data?.chart.samplePoints.length ? t('sampleExportNote') : null,
          slide: trend.data ? transformTrendToSlide(trend.data.chart, unitLabel(metricKey)) : null,
        }}
      >
        <AsyncState loading={trend.loading} error={trend.error} onRetry={trend.reload} empty={trend.data?.chart.empty}>
          {trend.data && <TrendChart data={trend.data.chart} metricKey={metricKey} height={CHART_HEIGHT} yearDomain={[yearMin, yearMax]} />}
        </AsyncState>
      </ChartCard>

      <TableCard
        testId="card-county-reports"
        title={t('reports')}
        fileName={`${name}_报告`}
        table={reportsTable}
        sampleNote={reports.data?.reports.edges.some(({ node }) => node.sampleData) ? t('sampleExportNote') : null}
      >
        <AsyncState loading={reports.loading} error={reports.error} onRetry={reports.reload} empty={reports.data?.reports.edges.length === 0}>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('issuer')}</th>
                <th scope="col">{t('template')}</th>
                <th scope="col">{t('publishedOn')}</th>
                <th scope="col">{t('failedChecks')}</th>
              </tr>
            </thead>
            <tbody>
              {(reports.data?.reports.edges ?? []).map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.year}</td>
                  <td>
                    <Link to={{ name: 'report', id: node.id, params: {} }}>{node.title ?? node.issuer.name}</Link>
                    {node.sampleData && <span className="badge sample">{t('sampleReport')}</span>}
                  </td>
                  <td>{TEMPLATE_LABELS[node.template][lang]}</td>
                  <td>{node.publishedOn ?? '—'}</td>
                  <td>{node.failedRules.length === 0 ? '—' : node.failedRules.map((r) => <span key={r} className="badge ERROR">{r}</span>)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </AsyncState>
      </TableCard>

      <TableCard
        testId="card-county-metrics"
        title={t('allMetrics')}
        subtitle={name}
        fileName={`${name}_全部指标`}
        table={exportTable}
        sampleNote={values.data?.reports.edges.some(({ node }) => node.sampleData) ? t('sampleExportNote') : null}
      >
        <AsyncState loading={values.loading} error={values.error} onRetry={values.reload} empty={table?.rows.length === 0}>
          {table && (
            <details data-testid="county-metrics-details">
              <summary>{t('metricsExpand', { n: table.rows.length })}</summary>
              <input
                type="search"
                className="metrics-search"
                placeholder={t('metricsSearch')}
                aria-label={t('metricsSearch')}
                value={search}
                onChange={(event) => setSearch(event.target.value)}
                data-testid="county-metrics-search"
              />
              <div className="table-scroll" tabIndex={0} role="region" aria-label={t('allMetrics')}>
                <table className="data-table">
                  <thead>
                    <tr>
                      <th scope="col">{t('metric')}</th>
                      {table.years.map((y) => (
                        <th key={y} scope="col" className="num">
                          {y}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {shownRows.map((row, i) => (
                      <Fragment key={row.key}>
                        {(i === 0 || shownRows[i - 1].category !== row.category) && (
                          <tr key={`cat-${row.key}`}>
                            <th colSpan={table.years.length + 1} scope="colgroup">
                              {categoryLabel(row.category)}
                            </th>
                          </tr>
                        )}
                        <tr>
                          <td>{metricLabel(row.key)}</td>
                          {row.cells.map((cell, j) => (
                            <td key={j} className={`num${cell && (cell.state === 'blank' || cell.state === 'na') ? ` cell-${cell.state}` : ''}`}>
                              {cell === null ? '' : formatValue(cell.value, cell.state, row.key, lang)}
                            </td>
                          ))}
                        </tr>
                      </Fragment>
                    ))}
                  </tbody>
                </table>
              </div>
            </details>
          )}
        </AsyncState>
      </TableCard>
    </div>
  );
}
