import { Link } from '../../core/components/Link';
import { useI18n } from '../../core/i18n/useI18n';
import { type RankingRow } from '../utils/transformRankingToRows';

export type RankingListProps = { rows: readonly RankingRow[] };

/** Ranking with a bar per county and the rank change since last year. */
export function RankingList({ rows }: RankingListProps) {
  const { t } = useI18n();
  const max = Math.max(0, ...rows.map((r) => (r.value === null ? 0 : Math.abs(Number(r.value)))));

  return (
    <table className="data-table ranking" data-testid="ranking-table">
      <thead>
        <tr>
          <th scope="col">{t('rank')}</th>
          <th scope="col">{t('county')}</th>
          <th scope="col" className="num">
            {t('value')}
          </th>
          <th scope="col">{t('change')}</th>
          <th scope="col">{t('rankChange')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.code} data-code={row.code}>
            <td>{row.rank ?? '—'}</td>
            <td>
              <Link to={{ name: 'county', id: row.code, params: {} }}>{row.name}</Link>
            </td>
            <td className="num">
              <span className="bar-cell">
                <span className="bar" style={{ width: `${max > 0 && row.value !== null ? (Math.abs(Number(row.value)) / max) * 100 : 0}%` }} aria-hidden="true" />
                <span className="bar-label">{row.valueText}</span>
              </span>
            </td>
            <td title={row.changeNote}>
              {row.changeText}
              {row.changeNote && <span className="muted"> · {row.changeNote}</span>}
            </td>
            <td className={row.rankChange === null ? 'muted' : row.rankChange > 0 ? 'up' : row.rankChange < 0 ? 'down' : ''}>
              {row.rankChange === null ? '—' : row.rankChange > 0 ? `▲ ${row.rankChange}` : row.rankChange < 0 ? `▼ ${-row.rankChange}` : '＝'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
