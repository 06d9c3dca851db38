import { AsyncState } from '../modules/core/components/AsyncState';
import { Link } from '../modules/core/components/Link';
import { PrefectureSelect } from '../modules/core/components/PrefectureSelect';
import { YearSelect } from '../modules/core/components/YearSelect';
import { usePageFilters } from '../modules/core/hooks/usePageFilters';
import { useI18n } from '../modules/core/i18n/useI18n';
import { TableCard } from '../modules/export/components/TableCard';
import { useAssessmentData } from '../modules/assessment/hooks/useAssessmentData';
import { type BodyAssessment, type IndicatorScore } from '../modules/assessment/types';
import { type SortDirection, sortBodies } from '../modules/assessment/utils/sortBodies';

const score = (value: number | null): string => (value === null ? '—' : value.toFixed(1));
const signed = (value: number | null): string => (value === null ? '—' : `${value > 0 ? '+' : ''}${value.toFixed(1)}`);

export function AssessmentPage() {
  const { t, lang } = useI18n();
  const { ready, prefecture, year, years, setParams, params } = usePageFilters();
  const assessment = useAssessmentData(prefecture, year);
  const data = assessment.data;
  const sortKey = params.sort ?? 'rank';
  const direction: SortDirection = params.dir === 'desc' ? 'desc' : params.dir === 'asc' ? 'asc' : sortKey === 'rank' || sortKey === 'name' ? 'asc' : 'desc';
  const bodies = data ? sortBodies(data.bodies, sortKey, direction) : [];
  const selected = data?.bodies.find((b) => b.issuerId === params.body) ?? null;
  const indicators = data?.scheme.indicators ?? [];
  const label = (i: { labelZh: string; labelEn: string }) => (lang === 'en' ? i.labelEn : i.labelZh);
  const name = data?.parentName ?? prefecture ?? '';

  if (!ready) return <AsyncState loading />;

  const sortHeader = (key: string, text: string) => {
    const active = sortKey === key;
    const next: SortDirection = active && direction === 'desc' ? 'asc' : active ? 'desc' : key === 'rank' || key === 'name' ? 'asc' : 'desc';

    return (
      <th scope="col" aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="link-button" onClick={() => setParams({ sort: key, dir: next })} title={t('assessmentSortBy', { column: text })} data-testid={`sort-${key}`}>
          {text}
          {active ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
        </button>
      </th>
    );
  };

  return (
    <div className="page" data-testid="page-assessment">
      <h1>{t('assessmentTitle')}</h1>
      <div className="filters">
        <PrefectureSelect value={prefecture} onChange={(code) => setParams({ pref: code, body: undefined })} />
        <YearSelect label={t('year')} value={year} years={years} onChange={(y) => setParams({ year: y, body: undefined })} testId="assessment-year" />
      </div>
      <AsyncState loading={assessment.loading} error={assessment.error} onRetry={assessment.reload} empty={data?.bodies.length === 0}>
        {data && (
          <>
            <section className="card" data-testid="assessment-summary">
              <p>{t('assessmentScheme', { name: lang === 'en' ? data.scheme.labelEn : data.scheme.labelZh, id: data.scheme.id, version: data.scheme.version })}</p>
              <p className="muted">
                {data.scheme.weightsRegionCode ? t('assessmentWeightsOf', { region: name, when: (data.scheme.weightsSavedAt ?? '').slice(0, 10) }) : t('assessmentDefaultWeights')}
                {' · '}
                {indicators.map((i) => `${label(i)} ${i.weight}`).join('、')}
              </p>
              <p>{t('assessmentSummary', { assessed: data.assessed, missing: data.missing, mean: score(data.meanScore) })}</p>
              <p>
                {(['docx', 'xlsx'] as const).map((format) => (
                  <a key={format} className="button" href={`/api/assessment?prefecture=${data.parentCode}&year=${data.year}&format=${format}`} download data-testid={`bulletin-${format}`}>
                    {t(format === 'docx' ? 'assessmentBulletinDocx' : 'assessmentBulletinXlsx')}
                  </a>
                ))}
              </p>
            </section>
            <TableCard
              testId="card-assessment"
              title={t('assessmentRanking')}
              subtitle={`${name} · ${year}`}
              fileName={`${name}_${year}_年报质量评估`}
              sampleNote={data.bodies.some((b) => b.sampleData) ? t('sampleReport') : null}
              table={{
                columns: [t('rank'), t('assessmentBody'), t('region'), t('assessmentScore'), t('assessmentChange'), ...indicators.map(label), t('assessmentMainProblems')],
                rows: bodies.map((b) => [
                  b.rank,
                  b.issuerName,
                  b.regionName,
                  b.score,
                  b.change,
                  ...indicators.map((i) => b.indicators.find((x) => x.id === i.id)?.score ?? null),
                  b.reportId ? b.mainProblems.map((id) => label(indicators.find((i) => i.id === id) ?? { labelZh: id, labelEn: id })).join('、') : b.score !== null ? t('assessmentConfirmedMissing') : t('assessmentNoReport'),
                ]),
                numeric: [true, false, false, true, true, ...indicators.map(() => true), false],
              }}
            >
              <div className="table-scroll">
                <table className="data-table" data-testid="assessment-table">
                  <thead>
                    <tr>
                      {sortHeader('rank', t('rank'))}
                      {sortHeader('name', t('assessmentBody'))}
                      {sortHeader('score', t('assessmentScore'))}
                      {sortHeader('change', t('assessmentChange'))}
                      {indicators.map((i) => (
                        <th key={i.id} scope="col" aria-sort={sortKey === i.id ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
                          <button type="button" className="link-button" onClick={() => setParams({ sort: i.id, dir: sortKey === i.id && direction === 'desc' ? 'asc' : 'desc' })} data-testid={`sort-${i.id}`}>
                            {label(i)}
                            {sortKey === i.id ? (direction === 'asc' ? ' ▲' : ' ▼') : ''}
                          </button>
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {bodies.map((b) => (
                      <tr key={b.issuerId} className={selected?.issuerId === b.issuerId ? 'selected' : undefined} data-testid="assessment-row" data-issuer={b.issuerName}>
                        <td className="num">{b.rank ?? '—'}</td>
                        <td>
                          <button type="button" className="link-button" onClick={() => setParams({ body: b.issuerId })} aria-pressed={selected?.issuerId === b.issuerId}>
                            {b.issuerName}
                          </button>
                          {b.sampleData && <span className="badge">{t('sampleReport')}</span>}
                        </td>
                        <td className="num" data-testid="assessment-score">{b.score !== null ? score(b.score) : t('assessmentNoReport')}</td>
                        <td className="num">{signed(b.change)}</td>
                        {indicators.map((i) => {
                          const result = b.indicators.find((x) => x.id === i.id);

                          return (
                            <td key={i.id} className="num" title={(lang === 'en' ? result?.flagEn : result?.flagZh) ?? undefined}>
                              {result?.score === null || result === undefined ? t('assessmentNotScored') : score(result.score)}
                              {result?.flagZh ? ' *' : ''}
                            </td>
                          );
                        })}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            </TableCard>
            {selected ? <BodyEvidence body={selected} /> : <p className="muted">{t('assessmentPick')}</p>}
          </>
        )}
      </AsyncState>
    </div>
  );
}

/** One body: each indicator's score, weight and cost, and the evidence (quotes, cells) with a link into the report. */
function BodyEvidence({ body }: { body: BodyAssessment }) {
  const { t, lang } = useI18n();
  const label = (i: IndicatorScore) => (lang === 'en' ? i.labelEn : i.labelZh);

  return (
    <section className="card" data-testid="assessment-evidence">
      <h2>{t('assessmentBreakdown', { name: body.issuerName })}</h2>
      {body.indicators.length === 0 && <p className="muted">{t('assessmentNoReport')}</p>}
      <table className="data-table" data-testid="indicator-breakdown">
        <thead>
          <tr>
            <th scope="col">{t('assessmentIndicator')}</th>
            <th scope="col">{t('assessmentWeight')}</th>
            <th scope="col">{t('assessmentScore')}</th>
            <th scope="col">{t('assessmentCost')}</th>
            <th scope="col">{t('assessmentFlag')}</th>
          </tr>
        </thead>
        <tbody>
          {body.indicators.map((i) => (
            <tr key={i.id}>
              <th scope="row">{label(i)}</th>
              <td className="num">{i.weight}</td>
              <td className="num">{i.score === null ? t('assessmentNotScored') : i.score.toFixed(0)}</td>
              <td className="num">
                <span className="cost-bar" style={{ width: `${Math.min(100, i.cost * 4)}px` }} aria-hidden="true" /> {i.cost.toFixed(1)}
              </td>
              <td>{(lang === 'en' ? i.flagEn : i.flagZh) ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {body.indicators.map((i) => (
        <div key={i.id} className="evidence-group" data-indicator={i.id}>
          <h3>
            {label(i)}（{i.score === null ? t('assessmentNotScored') : i.score.toFixed(0)}）
          </h3>
          <ul className="evidence-list">
            {i.evidence.map((e, k) => (
              <li key={k} className={e.points > 0 ? 'evidence-cost' : undefined}>
                {e.points > 0 && <span className="badge ERROR">−{e.points}</span>} {lang === 'en' ? e.messageEn : e.messageZh}
                {e.quote && (
                  <blockquote>
                    <mark>{e.quote}</mark>
                    {e.previousQuote && (
                      <div className="muted">
                        {t('assessmentPrevious')}
                        {e.previousQuote}
                      </div>
                    )}
                  </blockquote>
                )}
                {e.cells.length > 0 && <span className="muted"> [{e.cells.join(', ')}]</span>}
                {body.reportId && (e.start !== null || e.cells.length > 0) && (
                  <>
                    {' '}
                    <Link to={{ name: 'report', id: body.reportId, params: { ...(e.start !== null ? { para: String(e.start) } : {}), ...(e.cells.length > 0 ? { cells: e.cells.join(',') } : {}) } }}>{t('assessmentOpenReport')}</Link>
                  </>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
