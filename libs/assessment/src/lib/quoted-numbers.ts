import { t3Key, t4Key } from '@gongkai/domain';
import { type ParsedProse } from '@gongkai/report-parser';

import { readNumber, sentencesOf, type Sentence } from './text';

/** What a number the text quotes is about. */
export type QuotedTopic = 'requests' | 'reconsiderations' | 'lawsuits' | 'proactive';

export type QuotedNumber = {
  topic: QuotedTopic;
  value: number;
  /** The phrase as matched (NFKC, whitespace removed). */
  phrase: string;
  sentence: Sentence;
};

const N = '([0-9][0-9,]*|[零〇一二两三四五六七八九十百千万]+)';
/**
 * The small grammar of spec §7 (assessment.md, 图文一致): the number must follow the phrase directly, with
 * only a quantifier between ('共计', '总计', '为'), so that "收到申请较上年增加5件" is not read as 5 requests.
 */
const PATTERNS: readonly { topic: QuotedTopic; pattern: RegExp }[] = [
  { topic: 'requests', pattern: new RegExp(`(?:收到|受理|接收|办理)[^。；;，,]{0,30}?申请(?:数量|数|总数)?(?:共计|共|总计|合计|总数)?(?:为|达)?${N}(?:件|条|个|份|宗)`, 'gu') },
  { topic: 'reconsiderations', pattern: new RegExp(`行政复议(?:案件|申请)?(?:共计|共|合计)?(?:为)?${N}(?:件|起|宗|个)`, 'gu') },
  { topic: 'lawsuits', pattern: new RegExp(`行政诉讼(?:案件)?(?:共计|共|合计)?(?:为)?${N}(?:件|起|宗|个)`, 'gu') },
  { topic: 'proactive', pattern: new RegExp(`主动公开[^。；;，,]{0,30}?(?:共计|共|合计|总计)?${N}(?:条|件)`, 'gu') },
];

/** Every number the text quotes under the grammar, in document order. */
export function quotedNumbers(prose: ParsedProse): QuotedNumber[] {
  const out: QuotedNumber[] = [];
  for (const sentence of sentencesOf(prose)) {
    const text = sentence.text.normalize('NFKC').replace(/\s+/g, '');
    for (const { topic, pattern } of PATTERNS) {
      for (const m of text.matchAll(pattern)) {
        const value = readNumber(m[1] as string);
        if (value !== null) out.push({ topic, value, phrase: m[0], sentence });
      }
    }
  }

  return out;
}

/** The cells a topic is compared with; `alternatives` are other sums the text may mean without contradicting. */
export const QUOTED_TOPIC_CELLS: Record<QuotedTopic, { zh: string; en: string; cells: string[]; alternatives: string[][] }> = {
  requests: { zh: '收到申请数', en: 'requests received', cells: [t3Key('new_received', 'tot')], alternatives: [[t3Key('new_received', 'tot'), t3Key('carried_in', 'tot')]] },
  reconsiderations: { zh: '行政复议数', en: 'reconsiderations', cells: [t4Key('review', 'total')], alternatives: [] },
  lawsuits: { zh: '行政诉讼数', en: 'lawsuits', cells: [t4Key('suit_direct', 'total'), t4Key('suit_after_review', 'total')], alternatives: [[t4Key('suit_direct', 'total')]] },
  // Table 2 has no total of proactive releases: the number is shown, never compared.
  proactive: { zh: '主动公开信息数', en: 'proactive releases', cells: [], alternatives: [] },
};
