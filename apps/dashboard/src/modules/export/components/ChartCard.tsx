import { useEffect, useId, useRef, useState, type ReactNode } from 'react';

import { useI18n } from '../../core/i18n/useI18n';
import { type ChartExportMeta, type LegendItem } from '../types';
import { type ExportSize } from '../utils/fitSvgToSlide';
import { diamondPath } from '../utils/buildExportSvg';
import { registerChart } from '../utils/chartRegistry';
import { type ExportKind } from '../utils/runExport';
import { DataTableView } from './DataTableView';

export type ChartCardProps = {
  meta: ChartExportMeta;
  children: ReactNode;
  testId?: string;
  /** Charts of small multiples are exported through the card only, not listed one by one. */
  showLegend?: boolean;
  compact?: boolean;
};

function LegendList({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="legend" aria-hidden="true">
      {items.map((item) => (
        <li key={`${item.label}-${item.color}`}>
          <svg width="20" height="10" className="legend-swatch">
            {item.kind === 'sample-bar' ? (
              <rect x="1" y="1" width="18" height="8" fill={item.color} fillOpacity={0.35} stroke={item.color} strokeDasharray="3 2" />
            ) : item.kind === 'sample-ring' ? (
              <circle cx="10" cy="5" r="3.5" fill="#ffffff" stroke={item.color} strokeWidth="1.5" />
            ) : item.kind === 'sample' ? (
              <path d={diamondPath(10, 5, 4)} fill="#ffffff" stroke={item.color} strokeWidth="1.5" />
            ) : item.kind === 'bar' ? (
              <rect x="1" y="1" width="18" height="8" fill={item.color} />
            ) : (
              <line x1="1" y1="5" x2="19" y2="5" stroke={item.color} strokeWidth="2.5" strokeDasharray={item.dashed || undefined} />
            )}
          </svg>
          {item.label}
        </li>
      ))}
    </ul>
  );
}

const SIZES: readonly ExportSize[] = ['card', '1920x1080', '1280x720'];
const SIZE_KEYS = { card: 'sizeCard', '1920x1080': 'size1920', '1280x720': 'size1280' } as const;

/** A titled chart with its legend, a chart/table toggle and exports (PNG and SVG at the card's or a slide's size, CSV, XLSX, PPTX with a native chart). */
export function ChartCard({ meta, children, testId, showLegend = true, compact = false }: ChartCardProps) {
  const { t } = useI18n();
  const id = useId();
  const chartRef = useRef<HTMLDivElement>(null);
  const metaRef = useRef(meta);
  metaRef.current = meta;
  const [asTable, setAsTable] = useState(false);
  const [busy, setBusy] = useState<ExportKind | null>(null);
  const [size, setSize] = useState<ExportSize>('card');
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => registerChart({ id, element: () => chartRef.current, meta: () => metaRef.current }), [id]);

  const handleExport = async (kind: ExportKind) => {
    setBusy(kind);
    setFailure(null);
    try {
      const { runExport } = await import('../utils/runExport');
      await runExport(kind, chartRef.current, metaRef.current, size);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className={`card chart-card${compact ? ' compact' : ''}`} aria-labelledby={`${id}-title`} data-testid={testId}>
      <header className="card-header">
        <div>
          <h3 id={`${id}-title`}>{meta.title}</h3>
          {meta.subtitle && <p className="subtitle">{meta.subtitle}</p>}
          {meta.sampleNote && (
            <p className="sample-note" data-testid="sample-note">
              {meta.sampleNote}
            </p>
          )}
        </div>
        <div className="toolbar" role="toolbar" aria-label={meta.title}>
          <button type="button" className="button small" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)} data-testid="toggle-table">
            {asTable ? t('showChart') : t('showTable')}
          </button>
          <label className="export-size">
            <span className="visually-hidden">{t('exportSize')}</span>
            <select value={size} onChange={(event) => setSize(event.target.value as ExportSize)} aria-label={t('exportSize')} data-testid="export-size">
              {SIZES.map((option) => (
                <option key={option} value={option}>
                  {t(SIZE_KEYS[option])}
                </option>
              ))}
            </select>
          </label>
          {(['png', 'svg', 'csv', 'xlsx', 'pptx'] as const).map((kind) => (
            <button
              key={kind}
              type="button"
              className="button small"
              disabled={busy !== null || (asTable && (kind === 'png' || kind === 'svg')) || (kind === 'pptx' && !meta.slide)}
              onClick={() => void handleExport(kind)}
              data-testid={`export-${kind}`}
            >
              {busy === kind ? t('exporting') : kind.toUpperCase()}
            </button>
          ))}
        </div>
      </header>
      {failure && (
        <p className="state state-error" role="alert">
          {failure}
        </p>
      )}
      {asTable ? (
        <DataTableView table={meta.table} caption={t('chartDataTable', { title: meta.title })} testId="chart-table" />
      ) : (
        <div ref={chartRef} className="chart-body" data-testid="chart-body">
          {children}
        </div>
      )}
      {showLegend && !asTable && meta.legend.length > 0 && <LegendList items={meta.legend} />}
      <p className="source-note">
        {meta.sourceNote} · {meta.dataDate}
      </p>
    </section>
  );
}
