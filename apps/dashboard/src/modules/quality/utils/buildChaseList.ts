import { type StringKey } from '../../core/i18n/constants/ZH_STRINGS';
import { type CoverageEntry } from '../../core/types/api';
import { type DataTable } from '../../export/utils/toCsv';
import { publicationLabel, qualityLabel, siteCheckLabel } from './coverageLabels';

type T = (key: StringKey, vars?: Record<string, string | number>) => string;

/**
 * The filtered list as a chase list: who (the body the last report names), what was due when, how late or
 * that it is not collected / checked missing, and whom to call — the contact the body's last report states,
 * "未载明" where no report states one (never an empty cell that could mean "not looked at").
 */
export function buildChaseList(entries: readonly CoverageEntry[], t: T): DataTable {
  const notStated = t('contactNotStated');
  const columns = [
    t('county'),
    t('code'),
    t('year'),
    t('issuer'),
    t('deadline'),
    t('publication'),
    t('chaseStatus'),
    t('quality'),
    t('contact'),
    t('evidence'),
  ];
  const rows = entries.map((entry) => {
    const contact = entry.contact;
    const contactText = contact ? [contact.address, contact.phones.join('、')].filter((part) => part).join(' ') : '';
    const daysOrState = entry.publication === 'late' && entry.daysLate !== null ? entry.daysLate : publicationLabel(t, entry);

    return [
      entry.region.name,
      entry.region.code,
      entry.year,
      contact?.issuer ?? notStated,
      entry.deadline,
      publicationLabel(t, entry),
      daysOrState,
      qualityLabel(t, entry.quality),
      contactText ? `${contactText}（${t('contactFromYear', { year: contact?.year ?? '' })}）` : notStated,
      entry.evidence.length > 0 ? entry.evidence.map((check) => siteCheckLabel(t, check)).join('；') : t('noEvidence'),
    ];
  });

  return { columns, rows };
}
