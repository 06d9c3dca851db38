import { getMetric, roundToUnit, type Comparability } from '@gongkai/domain';

import { translate, type Lang } from '../../core/i18n/useI18n';
import { type ChangeInput } from '../../core/utils/formatValue';
import { type Cell } from './toCsv';

/** A step's comparability in words for a table cell (never the internal same/approximate/break). */
export function comparabilityLabel(comparability: Comparability | null, lang: Lang): string | null {
  if (comparability === null) return null;
  if (comparability === 'same') return translate(lang, 'comparabilitySame');
  if (comparability === 'approximate') return translate(lang, 'approximate');

  return translate(lang, 'comparabilityBreak');
}

/**
 * The year-over-year columns of an exported table: change and its percentage as separate numeric columns
 * (a ratio's change in percentage points instead), then comparability in words. A break leaves both
 * numbers empty: the two years are not comparable.
 */
export function changeColumnHeaders(metricKey: string, lang: Lang): string[] {
  return getMetric(metricKey)?.unit === 'ratio'
    ? [translate(lang, 'changePpColumn'), translate(lang, 'comparability')]
    : [translate(lang, 'changeColumn'), translate(lang, 'changePctColumn'), translate(lang, 'comparability')];
}

export function changeColumnCells(point: ChangeInput, metricKey: string, lang: Lang): Cell[] {
  const unit = getMetric(metricKey)?.unit ?? 'count';
  const comparable = point.comparability !== 'break';
  const words = comparabilityLabel(point.comparability, lang);
  if (unit === 'ratio') return [comparable && point.changePp !== null ? roundToUnit(point.changePp, 'count') : null, words];

  return [comparable ? roundToUnit(point.change, unit) : null, comparable && point.changePct !== null ? roundToUnit(point.changePct, 'count') : null, words];
}

/** Which of changeColumnHeaders are numbers (for XLSX number cells). */
export function changeColumnNumeric(metricKey: string): boolean[] {
  return getMetric(metricKey)?.unit === 'ratio' ? [true, false] : [true, true, false];
}
