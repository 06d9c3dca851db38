import { translate, type Lang } from '../../core/i18n/useI18n';
import { CHART_COLORS, seriesColor, seriesDash } from '../../core/theme/constants/PALETTE';
import { type Series } from '../../core/types/api';
import { stateLabel } from '../../core/utils/formatValue';
import { type LegendItem } from '../../export/types';
import { type DataTable } from '../../export/utils/toCsv';
import { type TrendChartData } from './transformSeriesToChartData';

/** Series as a long table: exact decimal strings from the api, the state in words, change and comparability. */
export function transformSeriesToTable(series: readonly Series[], lang: Lang): DataTable {
  const columns = [
    translate(lang, 'region'),
    lang === 'en' ? 'Code' : '代码',
    translate(lang, 'year'),
    translate(lang, 'value'),
    translate(lang, 'state'),
    translate(lang, 'change'),
    translate(lang, 'changePct'),
    lang === 'en' ? 'Comparability' : '可比性',
  ];
  // A column saying which rows are generated sample data, whenever any is.
  const anySample = series.some((s) => s.points.some((p) => p.sampleData));
  if (anySample) columns.push(translate(lang, 'sampleReport'));
  const rows = series.flatMap((s) =>
    [...s.points]
      .sort((a, b) => a.year - b.year)
      .map((p) => {
        const row = [s.region.name, s.region.code, p.year, p.value, stateLabel(p.state, lang), p.change, p.changePct === null ? null : String(Math.round(p.changePct * 10) / 10), p.comparability];

        return anySample ? [...row, p.sampleData ? translate(lang, 'sampleReport') : ''] : row;
      }),
  );
  const numeric = [false, false, false, true, false, true, true, false];

  return { columns, rows, numeric: anySample ? [...numeric, false] : numeric };
}

/** Legend entries for a trend chart: one per region, plus the dashed "approximately comparable" key when drawn. */
export function legendForChart(data: TrendChartData, lang: Lang): LegendItem[] {
  const items: LegendItem[] = data.regions.map((r) => ({ label: r.name, color: seriesColor(r.seriesIndex), dashed: seriesDash(r.seriesIndex) }));
  if (data.lines.some((l) => l.dashed)) items.push({ label: translate(lang, 'approximate'), color: CHART_COLORS.muted, dashed: '5 4' });
  if (data.samplePoints.length > 0) items.push({ label: translate(lang, 'samplePoint'), color: CHART_COLORS.text, kind: 'sample' });
  if (data.breakYears.length > 0) items.push({ label: translate(lang, 'notComparable'), color: CHART_COLORS.breakLine, dashed: '3 3', kind: 'reference' });

  return items;
}
