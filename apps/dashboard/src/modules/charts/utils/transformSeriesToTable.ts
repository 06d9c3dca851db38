import { roundForMetric } from '@gongkai/domain';

import { translate, type Lang } from '../../core/i18n/useI18n';
import { CHART_COLORS, seriesColor, seriesDash } from '../../core/theme/constants/PALETTE';
import { type Series } from '../../core/types/api';
import { stateLabel } from '../../core/utils/formatValue';
import { type LegendItem } from '../../export/types';
import { changeColumnCells, changeColumnHeaders, changeColumnNumeric } from '../../export/utils/changeColumns';
import { type DataTable } from '../../export/utils/toCsv';
import { type TrendChartData } from './transformSeriesToChartData';

/** Series as a long table: exact decimal strings from the api, the state in words, change and comparability. */
export function transformSeriesToTable(series: readonly Series[], lang: Lang, options: { syntheticCodes?: ReadonlySet<string> } = {}): DataTable {
  const metricKey = series[0]?.metric.key ?? '';
  const columns = [translate(lang, 'region'), translate(lang, 'code'), translate(lang, 'year'), translate(lang, 'value'), translate(lang, 'state'), ...changeColumnHeaders(metricKey, lang)];
  // A column saying which rows are generated sample data, whenever any is.
  const anySample = series.some((s) => s.points.some((p) => p.sampleData));
  if (anySample) columns.push(translate(lang, 'sampleReport'));
  const rows = series.flatMap((s) =>
    [...s.points]
      .sort((a, b) => a.year - b.year)
      .map((p) => {
        const row = [
          s.region.name,
          // A computed series (the prefecture median) has an internal code, not a region code.
          options.syntheticCodes?.has(s.region.code) ? null : s.region.code,
          p.year,
          roundForMetric(p.value, s.metric.key),
          stateLabel(p.state, lang),
          ...changeColumnCells(p, s.metric.key, lang),
        ];

        return anySample ? [...row, p.sampleData ? translate(lang, 'sampleReport') : ''] : row;
      }),
  );
  const numeric = [false, false, true, true, false, ...changeColumnNumeric(metricKey)];

  return { columns, rows, numeric: anySample ? [...numeric, false] : numeric };
}

/** Legend entries for a trend chart: one per region, plus the keys of what is drawn (approximate steps, breaks, undefined rates). */
export function legendForChart(data: TrendChartData, lang: Lang): LegendItem[] {
  const items: LegendItem[] = data.regions.map((r) => ({ label: r.name, color: seriesColor(r.seriesIndex), dashed: seriesDash(r.seriesIndex) }));
  if (data.lines.some((l) => l.dashed)) items.push({ label: translate(lang, 'approximate'), color: CHART_COLORS.muted, dashed: '5 4' });
  if (data.samplePoints.length > 0) items.push({ label: translate(lang, 'samplePoint'), color: CHART_COLORS.text, kind: 'sample' });
  if (data.breakYears.length > 0) items.push({ label: translate(lang, 'notComparable'), color: CHART_COLORS.breakLine, dashed: '3 3', kind: 'reference' });
  if (data.gaps.some((g) => g.state === 'undefined')) items.push({ label: translate(lang, 'stateUndefinedLegend'), color: CHART_COLORS.muted, dashed: '1 3', kind: 'reference' });

  return items;
}
