import { type StringKey } from '../../core/i18n/constants/ZH_STRINGS';
import { type CoverageEntry, type PublicationStatus, type ReportQuality, type SiteCheck } from '../../core/types/api';

type T = (key: StringKey, vars?: Record<string, string | number>) => string;

/** In the order a supervisor reads them: published, then what is owed, then what is not owed. */
export const PUBLICATION_STATUSES: readonly PublicationStatus[] = ['on_time', 'late', 'date_unknown', 'not_collected', 'confirmed_missing', 'not_required'];
export const REPORT_QUALITIES: readonly ReportQuality[] = ['passing', 'failing', 'needs_review', 'none'];

const PUBLICATION_KEYS: Record<PublicationStatus, StringKey> = {
  on_time: 'pubOnTime',
  late: 'pubLate',
  date_unknown: 'pubDateUnknown',
  not_collected: 'pubNotCollected',
  confirmed_missing: 'pubConfirmedMissing',
  not_required: 'pubNotRequired',
};
const QUALITY_KEYS: Record<ReportQuality, StringKey> = { passing: 'qualityPassing', failing: 'qualityFailing', needs_review: 'qualityNeedsReview', none: 'qualityNone' };
const CHECK_KEYS: Record<SiteCheck['result'], StringKey> = { found: 'checkFound', not_found: 'checkNotFound', unreachable: 'checkUnreachable' };

export function isPublicationStatus(value: string | undefined): value is PublicationStatus {
  return PUBLICATION_STATUSES.includes(value as PublicationStatus);
}

export function isReportQuality(value: string | undefined): value is ReportQuality {
  return REPORT_QUALITIES.includes(value as ReportQuality);
}

/** The status as a tile names it (逾期发布). */
export function publicationStatusLabel(t: T, status: PublicationStatus): string {
  return t(PUBLICATION_KEYS[status]);
}

/** The status of one entry, with the days late where it is late (逾期发布（12 天）). */
export function publicationLabel(t: T, entry: Pick<CoverageEntry, 'publication' | 'daysLate'>): string {
  return entry.publication === 'late' && entry.daysLate !== null ? t('pubLateDays', { n: entry.daysLate }) : t(PUBLICATION_KEYS[entry.publication]);
}

export function qualityLabel(t: T, quality: ReportQuality): string {
  return t(QUALITY_KEYS[quality]);
}

/** A timestamp in Beijing time, 'YYYY-MM-DD HH:mm' (the api sends UTC). */
export function formatCheckedAt(iso: string): string {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) return iso;

  return new Date(ms + 8 * 3600_000).toISOString().slice(0, 16).replace('T', ' ');
}

/** What a look at the site found (找到报告 / 未找到报告 / 网站无法访问). */
export function siteCheckResultLabel(t: T, result: SiteCheck['result']): string {
  return t(CHECK_KEYS[result]);
}

/** One check in words: who looked at which address when, and what was found. */
export function siteCheckLabel(t: T, check: SiteCheck): string {
  const who = check.source === 'harvest' ? `${t('checkHarvest')}（${check.checkedBy}）` : check.checkedBy;
  const line = t('checkedByAt', { who, when: formatCheckedAt(check.checkedAt), url: check.url, result: t(CHECK_KEYS[check.result]) });

  return check.note ? `${line}（${check.note}）` : line;
}
