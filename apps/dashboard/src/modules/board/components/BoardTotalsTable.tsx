import { useI18n } from '../../core/i18n/useI18n';
import { formatChange } from '../../core/utils/formatValue';
import { type BoardMetricPanel } from '../utils/transformBoardToPanels';
import { formatBoardValue } from '../utils/formatBoardValue';

export type BoardTotalsTableProps = { metrics: readonly BoardMetricPanel[]; years: readonly number[] };

/**
 * Every metric of a family year by year: the total and its like-for-like change. A year where the metric does
 * not exist is empty (procurement after 2020); a step across a template break shows 不可比 instead of a change.
 */
export function BoardTotalsTable({ metrics, years }: BoardTotalsTableProps) {
  const { t, lang, metricLabel } = useI18n();

  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={t('boardTotals')}>
      <table className="data-table board-totals" data-testid="board-totals">
        <thead>
          <tr>
            <th scope="col">{t('metric')}</th>
            {years.map((y) => (
              <th key={y} scope="col" className="num">
                {y}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {metrics.map((m) => (
            <tr key={m.key} data-metric={m.key}>
              <th scope="row">{metricLabel(m.key)}</th>
              {years.map((year) => {
                const total = m.totals.find((x) => x.year === year);
                // After the metric's last template year one cell says why the row ends (政府集中采购 after 2020).
                if (!total && m.yearsTo !== null && year === m.yearsTo + 1) {
                  return (
                    <td key={year} colSpan={years[years.length - 1] - year + 1} className="cell-na template-end" data-testid="board-template-end">
                      {t('boardTemplateEnd', { year })}
                    </td>
                  );
                }
                if (!total && m.yearsTo !== null && year > m.yearsTo) return null;
                if (!total) return <td key={year} className="num cell-na" data-year={year} />;
                const change = formatChange(total, m.key, lang);

                return (
                  <td key={year} className={`num${total.comparability === 'break' ? ' cell-break' : ''}`} data-year={year} data-value={total.value ?? ''}>
                    <div>{formatBoardValue(total.value, total.state, m.key, lang)}</div>
                    {total.likeForLike && (
                      <div className={`small ${change.direction === 'up' ? 'up' : change.direction === 'down' ? 'down' : 'muted'}`} title={change.note}>
                        {total.comparability === 'break' ? t('comparabilityBreak') : change.text}
                      </div>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
