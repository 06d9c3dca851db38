import { findRule, RULES, SEVERITY_LABELS } from '@gongkai/domain';

import { AsyncState } from '../modules/core/components/AsyncState';
import { Link } from '../modules/core/components/Link';
import { PrefectureSelect } from '../modules/core/components/PrefectureSelect';
import { SelectField } from '../modules/core/components/SelectField';
import { YearSelect } from '../modules/core/components/YearSelect';
import { usePageFilters } from '../modules/core/hooks/usePageFilters';
import { useRegion } from '../modules/core/hooks/useRegion';
import { useI18n } from '../modules/core/i18n/useI18n';
import { readInt } from '../modules/core/router/urlState';
import { formatFindingSide, formatModes } from '../modules/core/utils/formatModes';
import { TableCard } from '../modules/export/components/TableCard';
import { CoverageGridTable } from '../modules/quality/components/CoverageGridTable';
import { CoverageStatusList } from '../modules/quality/components/CoverageStatusList';
import { buildChaseList } from '../modules/quality/utils/buildChaseList';
import {
  PUBLICATION_STATUSES,
  REPORT_QUALITIES,
  isPublicationStatus,
  isReportQuality,
  publicationLabel,
  publicationStatusLabel,
  qualityLabel,
} from '../modules/quality/utils/coverageLabels';
import { useCoverageData } from '../modules/quality/hooks/useCoverageData';
import { useFindingsData } from '../modules/quality/hooks/useFindingsData';

const PAGE = 25;

export function QualityPage() {
  const { t, lang } = useI18n();
  const { ready, prefecture, yearFrom, yearTo, years, setParams, params } = usePageFilters();
  const region = useRegion(prefecture);
  const coverage = useCoverageData(prefecture, yearFrom, yearTo);
  const rule = params.rule ?? '';
  const severity = params.severity ?? '';
  const findingYear = readInt(params, 'fyear', 0);
  const shown = Math.min(100, readInt(params, 'n', PAGE));
  const findings = useFindingsData(
    { regionCode: prefecture, yearFrom: findingYear || yearFrom, yearTo: findingYear || yearTo, rule: rule || undefined, severity: severity in SEVERITY_LABELS ? (severity as keyof typeof SEVERITY_LABELS) : undefined },
    shown,
  );
  const name = region.data?.name ?? prefecture ?? '';
  // The status list's filters (the overview tiles link here with them).
  const pub = isPublicationStatus(params.pub) ? params.pub : null;
  const quality = isReportQuality(params.q) ? params.q : null;
  const listed = (coverage.data?.entries ?? []).filter((e) => (pub === null || e.publication === pub) && (quality === null || e.quality === quality));
  const filterWords = [pub && publicationStatusLabel(t, pub), quality && qualityLabel(t, quality)].filter(Boolean).join(' · ');

  if (!ready) return <AsyncState loading />;

  return (
    <div className="page" data-testid="page-quality">
      <h1>{t('qualityTitle')}</h1>
      <div className="filters">
        <PrefectureSelect value={prefecture} onChange={(code) => setParams({ pref: code })} />
        <YearSelect label={t('yearFrom')} value={yearFrom} years={years} onChange={(y) => setParams({ from: y })} testId="year-from" />
        <YearSelect label={t('yearTo')} value={yearTo} years={years} onChange={(y) => setParams({ to: y })} testId="year-to" />
      </div>
      <TableCard
        testId="card-coverage-grid"
        title={t('coverage')}
        subtitle={`${name} · ${yearFrom}–${yearTo}`}
        fileName={`${name}_报告覆盖_${yearFrom}-${yearTo}`}
        table={{
          columns: [t('county'), t('code'), ...(coverage.data?.years.map(String) ?? [])],
          rows: (coverage.data?.rows ?? []).map((row) => [row.region.name, row.region.code, ...row.cells.map((c) => (c ? `${publicationLabel(t, c)} · ${qualityLabel(t, c.quality)}` : null))]),
        }}
      >
        <AsyncState loading={coverage.loading} error={coverage.error} onRetry={coverage.reload} empty={coverage.data?.rows.length === 0}>
          {coverage.data && <CoverageGridTable grid={coverage.data} />}
        </AsyncState>
      </TableCard>

      <TableCard
        testId="card-status-list"
        title={t('statusList')}
        subtitle={`${name} · ${yearFrom}–${yearTo}${filterWords ? ` · ${t('filteredBy', { what: filterWords })}` : ''} · ${t('total', { n: listed.length })}`}
        fileName={`${name}_${t('exportChaseList')}_${yearFrom}-${yearTo}${filterWords ? `_${filterWords.replace(/ · /g, '_')}` : ''}`}
        table={buildChaseList(listed, t)}
      >
        <div className="filters">
          <SelectField
            label={t('publication')}
            value={pub ?? ''}
            options={[{ value: '', label: t('allPublication') }, ...PUBLICATION_STATUSES.map((s) => ({ value: s, label: publicationStatusLabel(t, s) }))]}
            onChange={(v) => setParams({ pub: v })}
            testId="publication-filter"
          />
          <SelectField
            label={t('quality')}
            value={quality ?? ''}
            options={[{ value: '', label: t('allQuality') }, ...REPORT_QUALITIES.map((q) => ({ value: q, label: qualityLabel(t, q) }))]}
            onChange={(v) => setParams({ q: v })}
            testId="quality-filter"
          />
        </div>
        <AsyncState loading={coverage.loading} error={coverage.error} onRetry={coverage.reload} empty={listed.length === 0}>
          <CoverageStatusList entries={listed} />
        </AsyncState>
      </TableCard>

      <TableCard
        testId="card-findings"
        title={t('findingsList')}
        subtitle={findings.data ? t('total', { n: findings.data.totalCount }) : undefined}
        fileName={`${name}_校验结果`}
        table={{
          // Words a supervisor reads: the rule's name (not its id), the severity and modes in words, the report by its id.
          columns: [t('year'), t('county'), t('rule'), t('severity'), t('modes'), t('expected'), t('actual'), t('message'), t('reportId')],
          rows: (findings.data?.edges ?? []).map(({ node }) => [
            node.report.year,
            node.report.region.name,
            findRule(node.rule)?.[lang] ?? node.rule,
            SEVERITY_LABELS[node.severity][lang],
            formatModes(node.modes, lang),
            formatFindingSide(node.expected, lang),
            formatFindingSide(node.actual, lang),
            lang === 'en' ? node.messageEn : node.messageZh,
            node.report.id,
          ]),
          numeric: [true, false, false, false, false, false, false, false, false],
        }}
      >
        <div className="filters">
          <SelectField label={t('rule')} value={rule} options={[{ value: '', label: t('allRules') }, ...RULES.map((r) => ({ value: r.id, label: `${r.id} ${lang === 'en' ? r.en : r.zh}`.slice(0, 60) }))]} onChange={(v) => setParams({ rule: v })} testId="rule-filter" />
          <SelectField label={t('severity')} value={severity} options={[{ value: '', label: t('allSeverities') }, ...(['ERROR', 'WARN', 'INFO'] as const).map((s) => ({ value: s, label: SEVERITY_LABELS[s][lang] }))]} onChange={(v) => setParams({ severity: v })} testId="severity-filter" />
          <SelectField
            label={t('year')}
            value={findingYear ? String(findingYear) : ''}
            options={[{ value: '', label: t('allYears') }, ...years.map((y) => ({ value: String(y), label: String(y) }))]}
            onChange={(v) => setParams({ fyear: v })}
            testId="finding-year-filter"
          />
        </div>
        <AsyncState loading={findings.loading} error={findings.error} onRetry={findings.reload} empty={findings.data?.edges.length === 0}>
          <table className="data-table" data-testid="findings-table">
            <thead>
              <tr>
                <th scope="col">{t('year')}</th>
                <th scope="col">{t('county')}</th>
                <th scope="col">{t('rule')}</th>
                <th scope="col">{t('severity')}</th>
                <th scope="col">{lang === 'en' ? 'Modes' : '口径'}</th>
                <th scope="col">{lang === 'en' ? 'Message' : '说明'}</th>
              </tr>
            </thead>
            <tbody>
              {(findings.data?.edges ?? []).map(({ node }) => (
                <tr key={node.id}>
                  <td>{node.report.year}</td>
                  <td>{node.report.region.name}</td>
                  <td>{node.rule}</td>
                  <td>
                    <span className={`badge ${node.severity}`}>{SEVERITY_LABELS[node.severity][lang]}</span>
                  </td>
                  <td data-testid="finding-modes">{formatModes(node.modes, lang)}</td>
                  <td>
                    <Link to={{ name: 'report', id: node.report.id, params: { finding: node.id } }}>{lang === 'en' ? node.messageEn : node.messageZh}</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {findings.data?.pageInfo.hasNextPage && shown < 100 && (
            <button type="button" className="button" onClick={() => setParams({ n: shown + PAGE })}>
              {t('loadMore')}
            </button>
          )}
        </AsyncState>
      </TableCard>
    </div>
  );
}
