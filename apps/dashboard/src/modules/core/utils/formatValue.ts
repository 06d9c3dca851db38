import { getMetric, type Comparability } from '@gongkai/domain';

import { translate, type Lang } from '../i18n/useI18n';
import { type Decimal, type PointState } from '../types/api';

/** Moves the decimal point of an exact decimal string (no float rounding): shiftDecimal('23594197', -4) = '2359.4197'. */
export function shiftDecimal(value: Decimal, places: number): Decimal {
  const negative = value.startsWith('-');
  const digits = negative ? value.slice(1) : value;
  const [intPart, fracPart = ''] = digits.split('.');
  let all = intPart + fracPart;
  let point = intPart.length + places;
  if (point <= 0) {
    all = '0'.repeat(1 - point) + all;
    point = 1;
  }
  if (point > all.length) all = all + '0'.repeat(point - all.length);
  let whole = all.slice(0, point).replace(/^0+(?=\d)/, '');
  const frac = all.slice(point).replace(/0+$/, '');
  if (whole === '') whole = '0';
  const body = frac ? `${whole}.${frac}` : whole;

  return negative && /[1-9]/.test(body) ? `-${body}` : body;
}

/** Thousands separators on an exact decimal string. */
export function groupDigits(value: Decimal): string {
  const negative = value.startsWith('-');
  const [intPart, fracPart] = (negative ? value.slice(1) : value).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, ',');

  return `${negative ? '-' : ''}${grouped}${fracPart ? `.${fracPart}` : ''}`;
}

/** Rounds an exact decimal string for display (half away from zero); only for show, never for export. */
export function roundDecimal(value: Decimal, digits: number): Decimal {
  const n = Number(value);
  if (!Number.isFinite(n)) return value;
  const [, frac = ''] = value.split('.');
  if (frac.length <= digits) return value;

  return (Math.sign(n) * Math.round(Math.abs(n) * 10 ** digits) / 10 ** digits).toFixed(digits).replace(/\.?0+$/, '');
}

export function stateLabel(state: PointState, lang: Lang): string {
  switch (state) {
    case 'blank':
      return translate(lang, 'stateBlank');
    case 'na':
      return translate(lang, 'stateNa');
    case 'missing':
      return translate(lang, 'stateMissing');
    case 'derived':
      return translate(lang, 'stateDerived');
    case 'number':
      return translate(lang, 'stateNumber');
    case 'undefined':
      return translate(lang, 'stateUndefined');
  }
}

/**
 * A value as people read it: ratios as percentages, money in 元 or 万元, counts grouped; blank/na/missing and
 * undefined (a rate with denominator 0) as words, never 0 and never one for the other.
 */
export function formatValue(value: Decimal | null, state: PointState, metricKey: string, lang: Lang): string {
  if (value === null || state === 'blank' || state === 'na' || state === 'missing' || state === 'undefined') return state === 'number' || state === 'derived' ? '—' : stateLabel(state, lang);
  const unit = getMetric(metricKey)?.unit ?? 'count';
  if (unit === 'ratio') return `${roundDecimal(shiftDecimal(value, 2), 1)}%`;
  if (unit === 'yuan') {
    const abs = value.replace('-', '');
    if (Number(abs) >= 10000) return `${groupDigits(roundDecimal(shiftDecimal(value, -4), 2))}${lang === 'en' ? ' ×10k yuan' : '万元'}`;

    return `${groupDigits(value)}${lang === 'en' ? ' yuan' : '元'}`;
  }

  return groupDigits(value);
}

export type ChangeInput = { change: Decimal | null; changePct: number | null; changePp: number | null; comparability: Comparability | null };

/** Year-over-year change for display. A break shows no change at all: the two years are not comparable. */
export function formatChange(point: ChangeInput, metricKey: string, lang: Lang): { text: string; direction: 'up' | 'down' | 'flat' | 'none'; note?: string } {
  if (point.comparability === 'break') return { text: '—', direction: 'none', note: translate(lang, 'notComparable') };
  const unit = getMetric(metricKey)?.unit ?? 'count';
  const note = point.comparability === 'approximate' ? translate(lang, 'approximate') : undefined;
  if (unit === 'ratio') {
    if (point.changePp === null) return { text: '—', direction: 'none', note: translate(lang, 'noPrevious') };
    const pp = Math.round(point.changePp * 10) / 10;

    return { text: `${pp > 0 ? '+' : ''}${pp.toFixed(1)} ${lang === 'en' ? 'pp' : '个百分点'}`, direction: pp > 0 ? 'up' : pp < 0 ? 'down' : 'flat', note };
  }
  if (point.change === null) return { text: '—', direction: 'none', note: translate(lang, 'noPrevious') };
  const n = Number(point.change);
  const abs = unit === 'yuan' ? formatValue(point.change, 'number', metricKey, lang) : groupDigits(point.change);
  const pct = point.changePct === null ? '' : ` (${point.changePct > 0 ? '+' : ''}${(Math.round(point.changePct * 10) / 10).toFixed(1)}%)`;

  return { text: `${n > 0 ? '+' : ''}${abs}${pct}`, direction: n > 0 ? 'up' : n < 0 ? 'down' : 'flat', note };
}
