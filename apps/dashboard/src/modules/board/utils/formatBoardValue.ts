import { getMetric } from '@gongkai/domain';

import { type Lang } from '../../core/i18n/useI18n';
import { type Decimal, type PointState } from '../../core/types/api';
import { formatValue, groupDigits, shiftDecimal } from '../../core/utils/formatValue';

/** formatValue, except that money is always 万元 and exact (采购总金额 as printed, never rounded for show). */
export function formatBoardValue(value: Decimal | null, state: PointState, metricKey: string, lang: Lang): string {
  if (getMetric(metricKey)?.unit !== 'yuan' || value === null || (state !== 'number' && state !== 'derived')) return formatValue(value, state, metricKey, lang);

  return `${groupDigits(shiftDecimal(value, -4))}${lang === 'en' ? ' ×10k yuan' : '万元'}`;
}
