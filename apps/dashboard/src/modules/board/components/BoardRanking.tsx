import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { type BoardRankingEntry } from '../types/Board';
import { formatBoardValue } from '../utils/formatBoardValue';

export type BoardRankingProps = { metricKey: string; entries: readonly BoardRankingEntry[]; unitLevel?: 'county' | 'prefecture'; members?: ReadonlyMap<string, { count: number | null; total: number | null }> };

/** The counties of the latest year by rank, with the change of rank since the year before (none across a break). */
export function BoardRanking({ metricKey, entries, unitLevel = 'county', members }: BoardRankingProps) {
  const { t, lang } = useI18n();

  return (
    <table className="data-table ranking" data-testid="board-ranking">
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{unitLevel === 'prefecture' ? t('prefecture') : t('county')}</th>
          <th scope="col" className="num">
            {t('value')}
          </th>
          <th scope="col">{t('boardRankChange')}</th>
        </tr>
      </thead>
      <tbody>
        {entries.map((entry) => (
          <tr key={entry.region.code} data-code={entry.region.code} data-rank={entry.rank ?? ''} data-rank-change={entry.rankChange ?? ''} data-testid="board-ranking-row">
            <td>{entry.rank ?? '—'}</td>
            <td>
              <Link to={unitLevel === 'prefecture' ? { name: 'overview', params: { pref: entry.region.code } } : { name: 'county', id: entry.region.code, params: {} }}>{entry.region.name}</Link>
              {entry.sampleData && <span className="badge sample">{t('sampleReport')}</span>}
            </td>
            <td className="num">
              {formatBoardValue(entry.value, entry.state, metricKey, lang)}
              {/* A prefecture's sum says how many of its counties it is over. */}
              {members?.get(entry.region.code)?.count != null && (
                <span className="muted small" data-testid="board-members">
                  {' '}
                  （{t('boardCoverage', { n: members.get(entry.region.code)?.count ?? 0, m: members.get(entry.region.code)?.total ?? 0 })}）
                </span>
              )}
            </td>
            <td
              className={entry.rankChange === null ? 'muted' : entry.rankChange > 0 ? 'up' : entry.rankChange < 0 ? 'down' : ''}
              title={entry.comparability === 'break' ? t('notComparable') : undefined}
            >
              {entry.rankChange === null
                ? entry.comparability === 'break'
                  ? t('notComparable')
                  : '—'
                : entry.rankChange > 0
                  ? `▲ ${t('boardRankUp', { n: entry.rankChange })}`
                  : entry.rankChange < 0
                    ? `▼ ${t('boardRankDown', { n: -entry.rankChange })}`
                    : `＝ ${t('boardRankSame')}`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
