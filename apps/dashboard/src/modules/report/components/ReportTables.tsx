import { T3_LABEL_ONLY, T3_NOTE_LABEL, type TemplateVersion } from '@gongkai/domain';
import { Fragment } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { type Finding, type PageImage, type ReportValue } from '../../core/types/api';
import { buildReportTables } from '../utils/buildReportTables';
import { ReportCell } from './ReportCell';

export type ReportTablesProps = { template: TemplateVersion; values: readonly ReportValue[]; findings: readonly Finding[]; selectedFinding: string | null; highlightCells?: ReadonlySet<string>; /** OCR reports: values below it are marked. */ ocrThreshold?: number | null; /** OCR reports: the page images, so each read cell can show what is printed there. */ pageImages?: readonly PageImage[] };

/** Tables 2, 3 and 4 as the template prints them (labels from @gongkai/domain). */
export function ReportTables({ template, values, findings, selectedFinding, highlightCells, ocrThreshold = null, pageImages = [] }: ReportTablesProps) {
  const pages = new Map(pageImages.map((image) => [image.page, image]));
  const { t } = useI18n();
  const tables = buildReportTables(template, values, findings);
  const t4 = tables.table4;

  return (
    <div data-testid="report-tables">
      <h2>{t('table2')}</h2>
      <div className="table-scroll">
        <table className="report-table" data-testid="table-2">
          <tbody>
            {tables.table2.map((block) => (
              <Fragment key={block.caption}>
                <tr>
                  <th colSpan={4} scope="colgroup">
                    {block.caption}
                  </th>
                </tr>
                <tr>
                  <th scope="col">信息内容</th>
                  {block.columns.map((c) => (
                    <th key={c} scope="col" colSpan={block.columns.length === 1 ? 3 : block.columns.length === 2 && c === block.columns[1] ? 2 : 1}>
                      {c}
                    </th>
                  ))}
                </tr>
                {block.rows.map((row) => (
                  <tr key={`${block.caption}-${row.label}`}>
                    <td className="label">{row.label}</td>
                    {row.cells.map((cell, i) => (
                      <ReportCell key={cell.key} cell={cell} ocrThreshold={ocrThreshold} pages={pages} selectedRule={selectedFinding} highlighted={highlightCells?.has(cell.key) ?? false} colSpan={row.cells.length === 1 ? 3 : row.cells.length === 2 && i === 1 ? 2 : undefined} />
                    ))}
                  </tr>
                ))}
              </Fragment>
            ))}
          </tbody>
        </table>
      </div>

      <h2>{t('table3')}</h2>
      <div className="table-scroll">
        <table className="report-table" data-testid="table-3">
          <thead>
            <tr>
              <th rowSpan={3} scope="col">
                {T3_NOTE_LABEL}
              </th>
              <th colSpan={7} scope="colgroup">
                {T3_LABEL_ONLY.applicants}
              </th>
            </tr>
            <tr>
              <th rowSpan={2} scope="col">
                {tables.table3.columns[0]}
              </th>
              <th colSpan={5} scope="colgroup">
                {T3_LABEL_ONLY.org}
              </th>
              <th rowSpan={2} scope="col">
                {tables.table3.columns[6]}
              </th>
            </tr>
            <tr>
              {tables.table3.columns.slice(1, 6).map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {tables.table3.rows.map((row, i) =>
              row.kind === 'label' ? (
                <tr key={`l-${i}`}>
                  <td className="label" colSpan={8} style={{ paddingLeft: 6 + row.indent * 16 }}>
                    {row.label}
                  </td>
                </tr>
              ) : (
                <tr key={`d-${i}`}>
                  <td className="label" style={{ paddingLeft: 6 + row.indent * 16 }}>
                    {row.label}
                  </td>
                  {row.cells.map((cell) => (
                    <ReportCell key={cell.key} cell={cell} ocrThreshold={ocrThreshold} pages={pages} selectedRule={selectedFinding} highlighted={highlightCells?.has(cell.key) ?? false} />
                  ))}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>

      <h2>{t('table4')}</h2>
      <div className="table-scroll">
        <table className="report-table" data-testid="table-4">
          <thead>
            <tr>
              <th colSpan={5} scope="colgroup">
                {t4.groups[0].label}
              </th>
              <th colSpan={10} scope="colgroup">
                行政诉讼
              </th>
            </tr>
            <tr>
              {t4.outcomes.map((o) => (
                <th key={`r-${o}`} rowSpan={2} scope="col">
                  {o}
                </th>
              ))}
              <th colSpan={5} scope="colgroup">
                {t4.groups[1].label}
              </th>
              <th colSpan={5} scope="colgroup">
                {t4.groups[2].label}
              </th>
            </tr>
            <tr>
              {[...t4.outcomes, ...t4.outcomes].map((o, i) => (
                <th key={`s-${i}`} scope="col">
                  {o}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            <tr>
              {t4.cells.map((cell) => (
                <ReportCell key={cell.key} cell={cell} ocrThreshold={ocrThreshold} pages={pages} selectedRule={selectedFinding} highlighted={highlightCells?.has(cell.key) ?? false} />
              ))}
            </tr>
          </tbody>
        </table>
      </div>
    </div>
  );
}
