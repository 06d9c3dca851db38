import * as fs from 'node:fs';
import * as path from 'node:path';

import { DEFAULT_ASSESSMENT_SCHEME } from '@gongkai/domain';
import { parseReport } from '@gongkai/report-parser';

import { assessedReportOf } from './lib/assessed-report-of';
import { assessReport } from './lib/assess-report';
import { repeatedSentences } from './lib/indicators/original';
import { type AssessedReport } from './lib/types';

/**
 * The assessment on the real corpus (../shared/corpus/real): the repeated-sentence share of each body's
 * consecutive reports, and every number the narratives quote matched against the tables. The one
 * contradiction is hongze-2024's, checked by hand (its SOURCE.md: "The narrative says 区政府办 handled 17
 * applications; Table 3 says 95").
 */
const CORPUS = path.resolve(__dirname, '../../../../shared/corpus/real');
const ids = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS).filter((d) => fs.existsSync(path.join(CORPUS, d, 'expected.json'))).sort() : [];
const reports = new Map<string, AssessedReport>();

beforeAll(async () => {
  for (const id of ids) {
    const file = fs.readdirSync(path.join(CORPUS, id)).find((f) => f.startsWith('report.') || f === 'page.html');
    if (!file) continue;
    reports.set(id, assessedReportOf(await parseReport(new Uint8Array(fs.readFileSync(path.join(CORPUS, id, file))), { fileName: file })));
  }
}, 120_000);

/** Consecutive reports of the same body (by corpus id prefix), earlier first. */
function pairs(): [string, string][] {
  const byBody = new Map<string, string[]>();
  for (const id of reports.keys()) byBody.set(id.replace(/-\d{4}$/, ''), [...(byBody.get(id.replace(/-\d{4}$/, '')) ?? []), id]);

  return [...byBody.values()].flatMap((list) => list.sort().slice(1).map((id, i) => [list[i] as string, id] as [string, string]));
}

const describeCorpus = ids.length > 0 ? describe : describe.skip;

describeCorpus('the real corpus', () => {
  it('measures the repeated-sentence share of each body between consecutive reports', () => {
    const measured: Record<string, string> = {};
    for (const [before, after] of pairs()) {
      const current = reports.get(after) as AssessedReport;
      const previous = reports.get(before) as AssessedReport;
      const { total, repeated } = repeatedSentences(current, previous, DEFAULT_ASSESSMENT_SCHEME.thresholds.minSentenceChars);
      measured[`${before}→${after}`] = `${repeated.length}/${total}`;
      console.info(`${before} → ${after}: ${repeated.length} of ${total} sentences repeated (${((repeated.length / total) * 100).toFixed(1)} %)\n${repeated.map((r) => `  ${r.section}: ${r.sentence}`).join('\n')}`);
      // Every quoted repetition is in both texts, as printed.
      const text = (r: AssessedReport) => r.prose?.sections.flatMap((s) => s.paragraphs.map((p) => p.text)).join('\n') ?? '';
      for (const r of repeated) {
        expect(text(current)).toContain(r.sentence);
        expect(text(previous)).toContain(r.previous);
      }
    }
    expect(measured).toEqual(MEASURED);
  });

  it('matches the numbers every narrative quotes with its tables: one real contradiction, in hongze-2024', () => {
    const contradictions: string[] = [];
    const matched: string[] = [];
    for (const [id, report] of reports) {
      const consistent = assessReport(report, null).indicators.find((i) => i.id === 'consistent');
      for (const e of consistent?.evidence ?? []) (e.points > 0 ? contradictions : matched).push(`${id}: ${e.zh}`);
    }
    console.info(matched.join('\n'));
    expect(contradictions).toEqual(['hongze-2024: 正文称收到申请数17，表格为95']);
    expect(matched).toEqual(expect.arrayContaining(['hongze-2023: 正文收到申请数21与表格一致', 'pingtan-2024: 正文收到申请数218与表格一致']));
  });
});

/** Measured on the corpus as saved (sentences repeated / sentences of 一, 五, 六 in the later report). */
const MEASURED: Record<string, string> = {
  // 主要通过政府门户网站主动公开…各类政府信息。 and the 信息处理费 sentence, word for word but the year.
  'hongze-2023→hongze-2024': '2/16',
  'pingtan-2019→pingtan-2021': '0/30',
  // 2024年，无收取信息处理费情况。 (2021: the same sentence).
  'pingtan-2021→pingtan-2024': '1/23',
};
