import { getMetric } from '@gongkai/domain';

import { translate, type Lang } from '../../core/i18n/useI18n';
import { formatValue, groupDigits, roundDecimal } from '../../core/utils/formatValue';
import { type HeadlineCardData } from '../hooks/useHeadlineData';

export type HeadlineText = {
  valueText: string;
  changeText: string;
  direction: 'up' | 'down' | 'flat' | 'none';
  /** Why there is no change, or that it is only approximately comparable. */
  note: string;
  /** Which regions the figures are over: "同口径：3 个区县合计" or "全部报告：2025 年 3 个区县，2024 年 7 个区县". */
  basis: string;
  /** Like-for-like: the regions left out ("未含：A、B"), empty when none. */
  excluded: string;
  excludedHint: string;
  /** All reports over different sets of regions: a warning that the change includes that. */
  warning: string;
};

function formatNumber(value: number, metricKey: string, lang: Lang): string {
  const unit = getMetric(metricKey)?.unit;
  if (unit === 'ratio') return `${roundDecimal(String(value), 1)}%`;
  if (unit === 'yuan') return formatValue(String(Math.round(value * 100) / 100), 'number', metricKey, lang);

  return groupDigits(String(Math.round(value * 100) / 100));
}

/** A headline card in words, for the card and for the briefing's cover: one wording in both places. */
export function describeHeadline(card: HeadlineCardData, lang: Lang): HeadlineText {
  const t = (key: Parameters<typeof translate>[1], vars?: Record<string, string | number>) => translate(lang, key, vars);
  const ratio = getMetric(card.metricKey)?.unit === 'ratio';
  const lfl = card.likeForLike;
  let valueText: string;
  if (card.value !== null) valueText = formatNumber(card.value, card.metricKey, lang);
  else if (card.undefinedRate) valueText = t('stateUndefined');
  else if (lfl && lfl.regionCount === 0) valueText = t('headlineNoLikeForLike');
  else valueText = t('stateMissing');
  let changeText = '—';
  let note = '';
  let direction: HeadlineText['direction'] = 'none';
  if (card.comparability === 'break') note = t('notComparable');
  else if (card.change === null) note = card.value === null ? '' : t('noPrevious');
  else {
    const rounded = Math.round(card.change * 10) / 10;
    direction = rounded > 0 ? 'up' : rounded < 0 ? 'down' : 'flat';
    changeText = ratio
      ? `${rounded > 0 ? '+' : ''}${rounded.toFixed(1)} ${lang === 'en' ? 'pp' : '个百分点'}`
      : `${rounded > 0 ? '+' : ''}${formatNumber(card.change, card.metricKey, lang)}${card.changePct === null ? '' : ` (${card.changePct > 0 ? '+' : ''}${card.changePct.toFixed(1)}%)`}`;
    if (card.comparability === 'approximate') note = t('approximate');
  }
  const median = card.fn === 'median';
  const basis = lfl
    ? t(median ? 'headlineLikeForLikeMedian' : 'headlineLikeForLikeSum', { n: lfl.regionCount })
    : t('headlineAllReports', { year: card.year, n: card.regionCount, previous: card.year - 1, m: card.previousRegionCount });
  const names = lfl?.excludedRegions.map((r) => r.name).join(lang === 'en' ? ', ' : '、') ?? '';

  return {
    valueText,
    changeText,
    direction,
    note,
    basis,
    excluded: names ? t('headlineExcluded', { names }) : '',
    excludedHint: t('headlineExcludedHint', { from: card.year - 1, to: card.year }),
    warning: !lfl && card.change !== null && card.regionCount !== card.previousRegionCount ? t('headlineAllReportsWarning') : '',
  };
}

/** One line per card for an export (the briefing's cover): label, value, change and what it is over. */
export function headlineSummaryLine(card: HeadlineCardData, label: string, lang: Lang): string {
  const text = describeHeadline(card, lang);
  const change = text.note && text.changeText === '—' ? text.note : `${text.direction === 'up' ? '▲ ' : text.direction === 'down' ? '▼ ' : ''}${text.changeText}`;
  const basis = [text.basis, text.excluded, text.warning].filter(Boolean).join(lang === 'en' ? '; ' : '；');

  return translate(lang, 'headlineSummary', { label, value: text.valueText, change, basis });
}
