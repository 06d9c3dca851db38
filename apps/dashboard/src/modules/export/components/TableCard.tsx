import { useId, useState, type ReactNode } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { type DataTable } from '../utils/toCsv';

export type TableCardProps = {
  title: string;
  subtitle?: string;
  fileName: string;
  table: DataTable;
  children: ReactNode;
  testId?: string;
  actions?: ReactNode;
  /** Set when the table contains sample data: shown, and the first line of every export. */
  sampleNote?: string | null;
};

/** A titled table with CSV / XLSX export of exactly the data shown. */
export function TableCard({ title, subtitle, fileName, table, children, testId, actions, sampleNote = null }: TableCardProps) {
  const { t } = useI18n();
  const id = useId();
  const [busy, setBusy] = useState(false);

  const handleExport = async (kind: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const { runExport } = await import('../utils/runExport');
      await runExport(kind, null, { title, subtitle: subtitle ?? '', legend: [], sourceNote: '', dataDate: '', fileName, table, sampleNote });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="card" aria-labelledby={`${id}-title`} data-testid={testId}>
      <header className="card-header">
        <div>
          <h3 id={`${id}-title`}>{title}</h3>
          {subtitle && <p className="subtitle">{subtitle}</p>}
          {sampleNote && (
            <p className="sample-note" data-testid="sample-note">
              {sampleNote}
            </p>
          )}
        </div>
        <div className="toolbar" role="toolbar" aria-label={title}>
          {actions}
          <button type="button" className="button small" disabled={busy} onClick={() => void handleExport('csv')} data-testid="export-csv">
            {t('exportCsv')}
          </button>
          <button type="button" className="button small" disabled={busy} onClick={() => void handleExport('xlsx')} data-testid="export-xlsx">
            {t('exportXlsx')}
          </button>
        </div>
      </header>
      {children}
    </section>
  );
}
