import { findRule, RULE_MODE_LABELS, RULE_MODES, type RuleMode } from '@gongkai/domain';

import { type Lang } from '../i18n/useI18n';

/** The modes a finding fails in, in words and in RULE_MODES order: 严格口径、宽松口径 / strict reading, lenient reading. */
export function formatModes(modes: readonly RuleMode[], lang: Lang): string {
  return RULE_MODES.filter((mode) => modes.includes(mode))
    .map((mode) => RULE_MODE_LABELS[mode][lang])
    .join(lang === 'en' ? ', ' : '、');
}

/**
 * A finding's expected or actual side as people read it. The parser keeps these language-neutral (numbers,
 * symbols); where a side names a rule (the rule a TEMPLATE_CELLS_MISSING finding could not check), its name is shown.
 */
export function formatFindingSide(text: string, lang: Lang): string {
  return findRule(text)?.[lang] ?? text;
}
