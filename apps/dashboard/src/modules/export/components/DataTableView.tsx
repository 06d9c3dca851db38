import { type DataTable } from '../utils/toCsv';

export type DataTableViewProps = { table: DataTable; caption: string; testId?: string };

/** The accessible table alternative of a chart (and what CSV/XLSX export). */
export function DataTableView({ table, caption, testId }: DataTableViewProps) {
  return (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="data-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {row.map((cell, j) => (
                <td key={j} className={table.numeric?.[j] ? 'num' : undefined}>
                  {cell ?? ''}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
