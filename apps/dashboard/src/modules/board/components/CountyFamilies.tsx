import { useMemo } from 'react';

import { AsyncState } from '../../core/components/AsyncState';
import { useI18n } from '../../core/i18n/useI18n';
import { formatChange } from '../../core/utils/formatValue';
import { TableCard } from '../../export/components/TableCard';
import { type DataTable } from '../../export/utils/toCsv';
import { useBoardData } from '../hooks/useBoardData';
import { formatBoardValue } from '../utils/formatBoardValue';
import { transformBoardToCountyProfile } from '../utils/transformBoardToCountyProfile';

export type CountyFamiliesProps = { countyCode: string; countyName: string; prefectureCode: string | null; yearFrom: number; yearTo: number };

/** The county profile's lead: the four families for the county, each year beside the prefecture median and its rank. */
export function CountyFamilies({ countyCode, countyName, prefectureCode, yearFrom, yearTo }: CountyFamiliesProps) {
  const { t, lang, metricLabel } = useI18n();
  const board = useBoardData(prefectureCode, yearFrom, yearTo, lang);
  const families = useMemo(() => (board.data ? transformBoardToCountyProfile(board.data.board, countyCode, lang) : []), [board.data, countyCode, lang]);
  const prefectureName = board.data?.board.parent.name ?? '';
  const years: number[] = [];
  for (let y = yearFrom; y <= yearTo; y++) years.push(y);

  return (
    <div className="county-families" data-testid="county-families">
      <p className="board-title muted">{t('countyFamiliesHeading')}</p>
      <AsyncState loading={board.loading} error={board.error} onRetry={board.reload} empty={board.data !== undefined && families.length === 0}>
        {families.map((family) => {
          const table: DataTable = {
            columns: [t('metric'), t('year'), t('boardCountyValue'), t('boardMedian'), t('rank'), t('boardRankChange')],
            rows: family.metrics.flatMap((m) => m.cells.map((c) => [metricLabel(m.key), c.year, c.value, c.median, c.rank === null ? null : `${c.rank}/${c.rankedCount}`, c.rankChange])),
            numeric: [false, true, true, true, false, true],
          };

          return (
            <section key={family.id} className="card board-panel" aria-labelledby={`county-family-${family.id}`} data-testid={`county-${family.id}`}>
              <header className="board-panel-head">
                <h2 id={`county-family-${family.id}`}>{family.label}</h2>
                {family.note && (
                  <p className="template-note" data-testid="board-template-note">
                    {family.note}
                  </p>
                )}
              </header>
              <TableCard
                title={`${countyName}${t('labelJoin')}${family.label}`}
                subtitle={`${t('boardCountyValue')} / ${t('boardMedian')}（${prefectureName}）/ ${t('rank')}${family.metrics.some((m) => m.cells.some((c) => c.sampleData)) ? ` · ◌ ${t('sampleReport')}` : ''}`}
                fileName={`${countyName}_${family.label}`}
                table={table}
                sampleNote={family.metrics.some((m) => m.cells.some((c) => c.sampleData)) ? t('sampleExportNote') : null}
              >
                <div className="table-scroll" tabIndex={0} role="region" aria-label={family.label}>
                  <table className="data-table board-totals">
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
                      {family.metrics.map((m) => (
                        <tr key={m.key} data-metric={m.key}>
                          <th scope="row">{metricLabel(m.key)}</th>
                          {years.map((year) => {
                            const cell = m.cells.find((c) => c.year === year);
                            // After the metric's last template year one cell says why the row ends.
                            if (!cell && m.yearsTo !== null && year === m.yearsTo + 1) {
                              return (
                                <td key={year} colSpan={years[years.length - 1] - year + 1} className="cell-na template-end">
                                  {t('boardTemplateEnd', { year })}
                                </td>
                              );
                            }
                            if (!cell && m.yearsTo !== null && year > m.yearsTo) return null;
                            if (!cell) return <td key={year} className="num cell-na" data-year={year} />;
                            const change = formatChange(cell, m.key, lang);

                            return (
                              <td
                                key={year}
                                className={`num${cell.comparability === 'break' ? ' cell-break' : ''}`}
                                data-year={year}
                                data-value={cell.value ?? ''}
                                data-median={cell.median ?? ''}
                                data-rank={cell.rank ?? ''}
                                data-testid="county-family-cell"
                              >
                                <div>
                                  {formatBoardValue(cell.value, cell.state, m.key, lang)}
                                  {cell.sampleData && (
                                    <span className="sample-mark" title={t('sampleReport')} aria-label={t('sampleReport')}>
                                      ◌
                                    </span>
                                  )}
                                </div>
                                <span className="median">
                                  {t('boardMedian')} {formatBoardValue(cell.median, cell.median === null ? 'missing' : 'number', m.key, lang)}
                                </span>
                                <span className="rank">
                                  {cell.rank === null ? '—' : t('boardRankOf', { r: cell.rank, n: cell.rankedCount })}
                                  {cell.rankChange !== null && cell.rankChange !== 0 && (cell.rankChange > 0 ? ` ▲${cell.rankChange}` : ` ▼${-cell.rankChange}`)}
                                  {cell.comparability === 'break' ? ` · ${t('comparabilityBreak')}` : change.direction === 'none' ? '' : ` · ${change.text}`}
                                </span>
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </TableCard>
            </section>
          );
        })}
      </AsyncState>
    </div>
  );
}
