import { useId, useMemo } from 'react';

import { transformSeriesToTable } from '../../charts/utils/transformSeriesToTable';
import { useI18n } from '../../core/i18n/useI18n';
import { useRoute } from '../../core/router/useRoute';
import { CHART_COLORS } from '../../core/theme/constants/PALETTE';
import { type Series } from '../../core/types/api';
import { ChartCard } from '../../export/components/ChartCard';
import { TableCard } from '../../export/components/TableCard';
import { type DataTable } from '../../export/utils/toCsv';
import { SmallMultiples } from '../../overview/components/SmallMultiples';
import { type BoardMetric } from '../types/Board';
import { type BoardPanel } from '../utils/transformBoardToPanels';
import { BoardHeadline } from './BoardHeadline';
import { BoardRanking } from './BoardRanking';
import { BoardTotalsTable } from './BoardTotalsTable';
import { CompositionBars } from './CompositionBars';

export type BoardFamilyPanelProps = {
  panel: BoardPanel;
  unitLevel: 'county' | 'prefecture';
  metrics: readonly BoardMetric[];
  prefectureName: string;
  years: readonly number[];
  dataDate: string;
};

/**
 * One family of the board as a section named by its heading: the prefecture total with its like-for-like change,
 * the counties as small multiples, the ranking with rank change, every metric year by year (gaps at breaks), the
 * compositions, and the exports of each.
 */
export function BoardFamilyPanel({ panel, unitLevel, metrics, prefectureName, years, dataDate }: BoardFamilyPanelProps) {
  const { t, lang, metricLabel } = useI18n();
  const headingId = useId();
  // The metric a panel shows lives in the URL (b_<family>=<key>), like every other filter; the headline by default.
  const { route, setParams } = useRoute();
  const param = `b_${panel.id}`;
  const metric = panel.metrics.find((m) => m.key === route.params[param]) ?? panel.metrics[0];
  const handleSelect = (key: string) => setParams({ [param]: key === panel.metrics[0]?.key ? undefined : key });
  const source = metrics.find((m) => m.metric.key === metric?.key);
  const seriesTable: DataTable = useMemo(() => {
    const series: Series[] = (source?.counties ?? []).map((c) => ({ region: c.region, metric: source?.metric ?? { key: '' }, points: c.points.map((p) => ({ ...p, raw: null })) }));

    return transformSeriesToTable(series, lang);
  }, [source, lang]);
  const members = useMemo(() => {
    const point = (c: NonNullable<typeof source>['counties'][number]) => c.points.find((p) => p.year === metric?.rankYear);

    return new Map((source?.counties ?? []).map((c) => [c.region.code, { count: point(c)?.memberCount ?? null, total: point(c)?.memberTotal ?? null }]));
  }, [source, metric?.rankYear]);
  if (!metric) return null;
  const label = metricLabel(metric.key);
  const hasSample = metric.multiples.panels.some((p) => p.chart.samplePoints.length > 0);
  const hasUndefined = metric.multiples.panels.some((p) => p.chart.gaps.some((g) => g.state === 'undefined'));
  const sampleNote = panel.sample ? t('sampleExportNote') : null;
  const yearSpan = metric.totals.length ? `${metric.totals[0].year}–${metric.totals[metric.totals.length - 1].year}` : '';

  return (
    <section id={`board-${panel.id}`} className="card board-panel" aria-labelledby={headingId} data-testid={`board-${panel.id}`}>
      <header className="board-panel-head">
        <h2 id={headingId}>{panel.label}</h2>
        {panel.note && (
          <p className="template-note" data-testid="board-template-note">
            {panel.note}
          </p>
        )}
      </header>
      {panel.metrics.length > 1 && (
        <div className="comparison-switch" role="group" aria-label={panel.label}>
          {panel.metrics.map((m) => (
            <button key={m.key} type="button" className="button small" aria-pressed={m.key === metric.key} onClick={() => handleSelect(m.key)} data-testid={`board-metric-${m.key}`}>
              {metricLabel(m.key)}
            </button>
          ))}
        </div>
      )}
      <BoardHeadline metricKey={metric.key} total={metric.latest} prefectureName={prefectureName} />
      <div className="grid-2">
        <ChartCard
          compact
          testId="board-multiples"
          meta={{
            title: `${panel.label}${t('labelJoin')}${t(unitLevel === 'prefecture' ? 'boardPrefectures' : 'boardCounties')}${t('labelColon')}${label}`,
            subtitle: `${prefectureName} · ${yearSpan}`,
            legend: [
              ...(metric.breakYears.length > 0 ? [{ label: t('notComparable'), color: CHART_COLORS.breakLine, dashed: '3 3', kind: 'reference' as const }] : []),
              ...(hasSample ? [{ label: t('samplePointRing'), color: CHART_COLORS.text, kind: 'sample-ring' as const }] : []),
              // The × of a rate with nothing to divide (复议纠错率 without any 复议 case), keyed once.
              ...(hasUndefined ? [{ label: t('stateUndefinedLegend'), color: CHART_COLORS.muted, dashed: '1 3', kind: 'reference' as const }] : []),
            ],
            sourceNote: t('sourceNote'),
            dataDate,
            fileName: `${prefectureName}_${label}_${yearSpan}`,
            table: seriesTable,
            sampleNote: hasSample ? t('sampleExportNote') : null,
          }}
        >
          {metric.multiples.panels.length > 0 && metric.totals.length > 0 ? <SmallMultiples data={metric.multiples} metricKey={metric.key} testId="board-small-multiples" unitLevel={unitLevel} /> : <p className="muted">{t('boardNoYears')}</p>}
        </ChartCard>
        <TableCard
          testId="board-ranking-card"
          title={`${t('boardRanking', { year: metric.rankYear ?? '—' })}${t('labelColon')}${label}`}
          fileName={`${prefectureName}_${label}_${metric.rankYear ?? ''}_排名`}
          table={{
            columns: [t('rank'), t('county'), t('value'), t('boardRankChange')],
            rows: metric.ranking.map((e) => [e.rank, e.region.name, e.value, e.rankChange]),
            numeric: [true, false, true, true],
          }}
          sampleNote={metric.ranking.some((e) => e.sampleData) ? t('sampleExportNote') : null}
        >
          <BoardRanking metricKey={metric.key} entries={metric.ranking} unitLevel={unitLevel} members={members} />
        </TableCard>
      </div>
      <TableCard testId="board-totals-card" title={`${panel.label}${t('labelJoin')}${t('boardTotals')}`} subtitle={prefectureName} fileName={`${prefectureName}_${panel.label}_${years[0]}-${years[years.length - 1]}`} table={panel.table} sampleNote={sampleNote}>
        <BoardTotalsTable metrics={panel.metrics} years={years} />
        {metric.breakYears.length > 0 && (
          <p className="muted" data-testid="board-breaks">
            {metric.breakYears.map((y) => t('boardBreakAt', { year: y })).join('；')}
          </p>
        )}
      </TableCard>
      {panel.compositions.length > 0 && (
        <div className="board-compositions">
          {panel.compositions.map((c) => (
            <ChartCard
              key={c.id}
              compact
              showLegend={false}
              testId={`board-composition-${c.id}`}
              meta={{
                title: c.label,
                subtitle: `${prefectureName} · ${t('boardComposition100', { n: c.bars[c.bars.length - 1]?.regionCount ?? 0, m: c.bars[c.bars.length - 1]?.regionTotal ?? 0 })}`,
                legend: c.legend.map((l) => ({ label: l.label, color: l.color, kind: 'bar' as const })),
                sourceNote: t('sourceNote'),
                dataDate,
                fileName: `${prefectureName}_${c.label}`,
                table: {
                  columns: [t('year'), ...c.legend.map((l) => l.label)],
                  rows: c.bars.map((b) => [b.year, ...b.segments.map((s) => s.percent)]),
                  numeric: [true, ...c.legend.map(() => false)],
                },
                sampleNote: c.bars.some((b) => b.sampleData) ? t('sampleExportNote') : null,
              }}
            >
              <CompositionBars composition={c} />
            </ChartCard>
          ))}
        </div>
      )}
    </section>
  );
}
