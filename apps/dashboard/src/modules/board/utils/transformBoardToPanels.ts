import { getMetric, roundForMetric, roundToUnit } from '@gongkai/domain';

import { transformSeriesToSmallMultiples, type SmallMultiplesData } from '../../charts/utils/transformSeriesToSmallMultiples';
import { translate, type Lang } from '../../core/i18n/useI18n';
import { COMPOSITION_GROUP_COLORS, seriesColor } from '../../core/theme/constants/PALETTE';
import { type Series } from '../../core/types/api';
import { stateLabel } from '../../core/utils/formatValue';
import { comparabilityLabel } from '../../export/utils/changeColumns';
import { type Cell, type DataTable } from '../../export/utils/toCsv';
import { type Board, type BoardComposition, type BoardMetric, type BoardRankingEntry, type BoardTotal } from '../types/Board';
import { computePercentLabels } from './computePercentLabels';

export type BoardMetricPanel = {
  key: string;
  /** Last year of the range in which the metric exists. */
  yearsTo: number | null;
  /** The total of the metric's last year in the range (procurement: 2020). */
  latest: BoardTotal | null;
  totals: BoardTotal[];
  multiples: SmallMultiplesData;
  rankYear: number | null;
  ranking: BoardRankingEntry[];
  /** Years whose step from the year before is not comparable: drawn as gaps, never joined. */
  breakYears: number[];
};

export type CompositionSegment = { key: string; label: string; color: string; opacity: number; value: string | null; share: number | null; percent: string | null };

export type CompositionBar = { year: number; regionCount: number; regionTotal: number; sampleData: boolean; segments: CompositionSegment[]; empty: boolean };

export type BoardCompositionPanel = { id: string; label: string; legend: Omit<CompositionSegment, 'value' | 'share' | 'percent'>[]; bars: CompositionBar[] };

export type BoardPanel = {
  id: string;
  label: string;
  /** Where the family's series ends with a template change, in words. */
  note: string | null;
  metrics: BoardMetricPanel[];
  compositions: BoardCompositionPanel[];
  /** The panel's numbers for CSV/XLSX: every total and composition share, exact. */
  table: DataTable;
  sample: boolean;
};

function toSeries(metric: BoardMetric): Series[] {
  return metric.counties.map((c) => ({ region: c.region, metric: metric.metric, points: c.points.map((p) => ({ ...p, raw: null })) }));
}

/** A part's name within its composition: the column when all parts share a row (申请人), else the row. */
function partLabels(keys: readonly string[], lang: Lang): { label: string; group: string }[] {
  const metrics = keys.map((key) => getMetric(key));
  const sameRow = new Set(metrics.map((m) => m?.row)).size === 1;

  return metrics.map((metric, i) => {
    if (!metric) return { label: keys[i], group: keys[i] };
    // The last segment names the column (自然人, total), the rest the row (Withheld: State secret).
    const parts = lang === 'en' ? metric.labelEn.split(': ') : metric.labelZh.split('·');
    const column = parts.length > 1 ? parts[parts.length - 1] : undefined;
    const row = parts.length > 1 ? parts.slice(0, -1).join(lang === 'en' ? ': ' : '·') : parts[0];
    const raw = (sameRow ? (column ?? row) : row).replace('（小计）', '').replace(' (subtotal)', '').replace(/（区分处理的[^）]*）/, '');
    // The catalogue names （六）其他处理's printed total after its group and itself (（六）其他处理（六）其他处理): say it once.
    const half = raw.slice(0, raw.length / 2);
    const label = raw.length % 2 === 0 && half.length > 0 && half + half === raw ? half : raw;
    const group = sameRow ? (metric.column ?? metric.key) : (metric.row ?? metric.key).split('_')[0];

    return { label, group };
  });
}

function compositionPanel(composition: BoardComposition, lang: Lang): BoardCompositionPanel {
  const keys = composition.parts.map((p) => p.key);
  const labels = partLabels(keys, lang);
  const legend = labels.map(({ label, group }, i) => {
    const sameGroup = labels.filter((l) => l.group === group);
    const index = sameGroup.findIndex((l) => l === labels[i]);

    return {
      key: keys[i],
      label,
      color: COMPOSITION_GROUP_COLORS[group] ?? seriesColor(i),
      // The parts of one group step down in opacity so they read as one colour family.
      opacity: sameGroup.length > 1 ? 1 - (index * 0.65) / sameGroup.length : 1,
    };
  });

  return {
    id: composition.id,
    label: lang === 'en' ? composition.labelEn : composition.labelZh,
    legend,
    bars: composition.years.map((year) => {
      const byKey = new Map(year.shares.map((s) => [s.metricKey, s]));
      const shares = keys.map((key) => byKey.get(key)?.share ?? null);
      const percents = computePercentLabels(shares);

      return {
        year: year.year,
        regionCount: year.regionCount,
        regionTotal: year.regionTotal,
        sampleData: year.sampleData,
        empty: shares.every((s) => s === null),
        segments: legend.map((item, i) => ({ ...item, value: byKey.get(item.key)?.value ?? null, share: shares[i], percent: percents[i] })),
      };
    }),
  };
}

function panelTable(metrics: readonly BoardMetric[], compositions: readonly BoardCompositionPanel[], lang: Lang): DataTable {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const columns = [t('metric'), t('year'), t('value'), t('state'), t('boardCounties'), t('changeColumn'), t('changePctColumn'), t('changePpColumn'), t('comparability'), t('boardMedian'), t('sampleReport')];
  const rows: Cell[][] = [];
  for (const m of metrics) {
    const metric = getMetric(m.metric.key);
    const label = metric ? (lang === 'en' ? metric.labelEn : metric.labelZh) : m.metric.key;
    const comparable = (total: BoardTotal) => total.comparability !== null && total.comparability !== 'break';
    for (const total of m.totals) {
      rows.push([
        label,
        total.year,
        roundForMetric(total.value, m.metric.key),
        stateLabel(total.state, lang),
        `${total.regionCount}/${total.regionTotal}`,
        comparable(total) ? total.change : null,
        comparable(total) && total.changePct !== null ? roundToUnit(total.changePct, 'count') : null,
        comparable(total) && total.changePp !== null ? roundToUnit(total.changePp, 'count') : null,
        comparabilityLabel(total.comparability, lang),
        roundForMetric(total.median, m.metric.key),
        total.sampleData ? t('sampleReport') : '',
      ]);
    }
  }
  for (const c of compositions) {
    for (const bar of c.bars) {
      for (const segment of bar.segments) {
        rows.push([`${c.label}·${segment.label}`, bar.year, segment.value, segment.percent ?? stateLabel('undefined', lang), `${bar.regionCount}/${bar.regionTotal}`, null, null, null, null, null, bar.sampleData ? t('sampleReport') : '']);
      }
    }
  }

  return { columns, rows, numeric: [false, true, true, false, false, true, true, true, false, true, false] };
}

/** The board as the overview draws it: one panel per family, with the exact numbers of the api. */
export function transformBoardToPanels(board: Board, lang: Lang): BoardPanel[] {
  return board.families.map((family) => {
    const metrics = family.metrics.map(
      (m): BoardMetricPanel => ({
        key: m.metric.key,
        yearsTo: m.yearsTo,
        latest: m.totals[m.totals.length - 1] ?? null,
        totals: m.totals,
        multiples: transformSeriesToSmallMultiples(toSeries(m), m.metric.key),
        rankYear: m.rankYear,
        ranking: m.ranking,
        breakYears: m.totals.filter((t) => t.comparability === 'break').map((t) => t.year),
      }),
    );
    const compositions = family.compositions.map((c) => compositionPanel(c, lang));

    return {
      id: family.id,
      label: lang === 'en' ? family.labelEn : family.labelZh,
      note: lang === 'en' ? family.templateNoteEn : family.templateNoteZh,
      metrics,
      compositions,
      table: panelTable(family.metrics, compositions, lang),
      sample: family.metrics.some((m) => m.totals.some((t) => t.sampleData)),
    };
  });
}
