import { DEFAULT_ASSESSMENT_SCHEME, type IssuerKind, withAssessmentWeights } from '@gongkai/domain';

import { testReport } from '../testing/assessed-report';
import { assessConfirmedMissing } from './assess-confirmed-missing';
import { assessReport, weightedScore } from './assess-report';
import { rankScores } from './rank-scores';
import { type AssessedReport, type ReportAssessment } from './types';

const indicator = (a: ReportAssessment, id: string) => {
  const found = a.indicators.find((i) => i.id === id);
  if (!found) throw new Error(`no indicator ${id}`);

  return found;
};
const assess = (report: AssessedReport, previous: AssessedReport | null = null) => assessReport(report, previous);

describe('timely', () => {
  it.each<[string | null, IssuerKind, number | null, number]>([
    ['2023-03-31', 'gov', 0, 100],
    ['2023-04-01', 'gov', 1, 90],
    ['2023-04-08', 'gov', 8, 80],
    ['2023-02-01', 'department', 1, 90],
    ['2024-01-01', 'gov', 276, 0],
    [null, 'gov', null, 50],
  ])('published %s by a %s: %s days late, score %s', (publishedOn, issuerKind, days, score) => {
    const result = indicator(assess(testReport({ publishedOn, issuerKind })), 'timely');
    expect(result.score).toBe(score);
    if (days === null) expect(result.flag).toBe('发布日期不明');
    else expect(result.measure).toBe(days === 0 ? 0 : days);
  });
});

describe('complete', () => {
  it('−10 per missing section and −5 per template row not found', () => {
    const report = testReport({
      text: { 一: [], 二: [], 三: [], 四: [], 六: [] },
      values: { t3_new_received_np: { value: null, state: 'blank', flags: ['missing'] }, t3_new_received_tot: { value: null, state: 'blank', flags: ['missing'] }, t4_review_total: '0' },
    });
    const result = indicator(assess(report), 'complete');
    expect(result.score).toBe(85);
    expect(result.evidence.filter((e) => e.points > 0).map((e) => e.zh)).toEqual(['缺少第五部分“五、存在的主要问题及改进情况”', expect.stringContaining('一行未找到（2个单元格）')]);
  });

  it('shows, without scoring, the fees of section 六 and the sub-topics of 总体情况 the 2021 template asks for', () => {
    const report = testReport({ text: { 一: ['（一）主动公开情况。', '（二）依申请公开情况。', '（三）政府信息管理情况。'], 五: [], 六: ['本年度未收取信息处理费。'] } });
    const notes = indicator(assess(report), 'complete').evidence.filter((e) => e.kind === 'note');
    expect(notes.map((e) => [e.zh, e.points])).toEqual([
      ['第六部分说明了信息处理费收取情况（不计分）', 0],
      ['总体情况未写到：政府信息公开平台建设、监督保障（不计分）', 0],
    ]);
    expect(indicator(assess(testReport({ text: { 一: [], 六: ['无。'] } })), 'complete').evidence.find((e) => e.section === '六')?.zh).toContain('未说明信息处理费');
  });
});

describe('a GB2021 report printing （六） as one row', () => {
  it('is one deviation of the form, not three missing rows', () => {
    const missing = { value: null, state: 'blank' as const, flags: ['missing'] };
    const report = testReport({ values: { t3_other_total_tot: '1', t3_other_no_correction_tot: missing, t3_other_no_fee_tot: missing, t3_other_misc_tot: missing } });
    expect(indicator(assess(report), 'complete').score).toBe(100);
    expect(indicator(assess(report), 'standard')).toMatchObject({ score: 90, evidence: [expect.objectContaining({ cells: ['t3_other_total_tot'] })] });
    // Derived (the sub-rows were printed): nothing merged.
    const derived = testReport({ values: { t3_other_total_tot: { value: '1', state: 'derived' } } });
    expect(indicator(assess(derived), 'standard').score).toBe(100);
  });
});

describe('accurate', () => {
  const finding = (rule: string, severity: 'ERROR' | 'WARN', modes: ('strict' | 'lenient')[] = ['strict', 'lenient']) => ({ rule, severity, modes, cells: ['t3_new_received_tot'], messageZh: '不平衡', messageEn: 'unbalanced' });
  it('−25 per ERROR problem, −5 per WARN, −10 for a broken carry-over; a lenient-only failure is shown, not scored', () => {
    const report = testReport({ findings: [finding('T3_BALANCE', 'ERROR'), finding('T2_REG_LEVEL', 'WARN'), finding('XY_T3_CARRY', 'WARN'), finding('T3_RESULT_SUM', 'ERROR', ['lenient']), finding('META_PERIOD', 'WARN')] });
    const result = indicator(assess(report), 'accurate');
    expect(result.score).toBe(100 - 25 - 5 - 10);
    expect(result.evidence.map((e) => e.points)).toEqual([25, 5, 10, 0]);
    expect(result.flag).toBe('1项仅在宽松口径下不通过');
  });
  it('flags a report the parser could not read completely', () => {
    expect(indicator(assess(testReport({ needsReview: true })), 'accurate').flag).toBe('报告未能完整读取，需人工复核');
  });
});

describe('standard', () => {
  it("−10 for the wrong template of the year, per extra row, per collapsed row and for money without a unit", () => {
    const report = testReport({
      year: 2021,
      template: 'gb2019',
      extraRows: [{ table: 't2', label: '其他主动公开文件' }],
      values: { t3_new_received_tot: { value: '0', state: 'number', flags: ['collapsed'] }, t3_new_received_np: { value: null, state: 'blank', flags: ['collapsed'] } },
      findings: [{ rule: 'T2_2019_PROC_UNIT', severity: 'WARN', messageZh: '未注明单位', messageEn: 'no unit' }],
    });
    const result = indicator(assess(report), 'standard');
    expect(result.score).toBe(60);
    expect(result.evidence.map((e) => e.points)).toEqual([10, 10, 10, 10]);
  });
});

describe('consistent', () => {
  const values = { t3_new_received_tot: '75', t3_carried_in_tot: '3', t4_review_total: '2', t4_suit_direct_total: '1', t4_suit_after_review_total: '0' };
  it('matches quoted numbers (Arabic and Chinese) with the cells; −20 per contradiction', () => {
    const report = testReport({ values, text: { 一: ['全年共收到政府信息公开申请七十五件，办结率100%。', '发生行政复议3件、行政诉讼1件。', '主动公开政府信息1,234条。'], 三: ['本年度收到申请较上年增加5件。'] } });
    const result = indicator(assess(report), 'consistent');
    expect(result.score).toBe(80);
    expect(result.evidence.map((e) => [e.zh, e.points])).toEqual([
      ['正文收到申请数75与表格一致', 0],
      ['正文称行政复议数3，表格为2', 20],
      ['正文行政诉讼数1与表格一致', 0],
      ['正文称主动公开信息数1234（表格无对应单元格，不比对）', 0],
    ]);
    expect(result.evidence[1]?.quote).toBe('发生行政复议3件、行政诉讼1件。');
    expect(result.evidence[1]?.cells).toEqual(['t4_review_total']);
  });
  it('a request count that includes carried-over requests is not a contradiction', () => {
    const result = indicator(assess(testReport({ values, text: { 三: ['收到政府信息公开申请78件（含上年结转3件）。'] } })), 'consistent');
    expect(result.score).toBe(100);
    expect(result.evidence[0]?.zh).toContain('另一口径');
  });
  it('is not scored without a narrative', () => {
    expect(indicator(assess({ ...testReport(), prose: null }), 'consistent')).toMatchObject({ score: null, flag: '无正文（报告入库早于正文提取）' });
  });
});

describe('specific', () => {
  it('scores the share of specific sentences in section 五 and a stated follow-up of last year', () => {
    const report = testReport({ text: { 五: ['一是公开意识有待加强。二是政策解读形式单一。', '下一步，我们将于2023年6月前完成3期业务培训，并在门户网站开设“政策问答”专栏。', '上年度报告提出的目录不全问题已整改到位。'] } });
    const result = indicator(assess(report), 'specific');
    // 4 sentences, 2 specific (the measure with its deadline, the follow-up naming the defect 目录不全): 80 × 0.5 + 20.
    expect(result.measure).toBe(0.5);
    expect(result.score).toBe(60);
    expect(result.evidence[0]?.zh).toBe('说明了上年问题的整改情况');
    expect(result.evidence.find((e) => e.quote === '一是公开意识有待加强。')?.zh).toBe('笼统（“有待加强”）');
    // The evidence names the features that made a sentence specific.
    expect(result.evidence.find((e) => e.quote?.startsWith('下一步'))?.zh).toBe('具体（数量：3期；时限：6月前；具体成果：专栏；具体形式：问答）');
  });
  it('0 when section 五 is missing; no follow-up costs 20', () => {
    expect(indicator(assess(testReport({ text: { 一: ['x'] } })), 'specific').score).toBe(0);
    expect(indicator(assess(testReport({ text: { 五: ['进一步加强队伍建设。'] } })), 'specific').score).toBe(0);
    expect(indicator(assess(testReport({ text: { 五: ['2023年开展培训3次。'] } })), 'specific').score).toBe(80);
  });
});

describe('original', () => {
  const previous = testReport({ year: 2021, text: { 一: ['2021年，我县收到申请60件，全部按时答复。', '我县高度重视政府信息公开工作，不断完善工作机制。'], 五: ['存在的问题是工作人员业务水平有待提高。'], 六: ['无。'] } });
  it('quotes the sentences that repeat last year after normalising numbers and dates', () => {
    const report = testReport({ text: { 一: ['2022年，我县收到申请75件，全部按时答复。', '我县高度重视政府信息公开工作，不断完善工作机制。', '今年新建了依申请公开网上办理系统。'], 五: ['存在的问题是工作人员业务水平有待提高。', '下一步将在9月前完成全员培训。'], 六: ['无。'] } });
    const result = indicator(assess(report, previous), 'original');
    // 5 comparable sentences ('无。' is too short), 3 repeated: 60 % > 50 %.
    expect(result.measure).toBe(0.6);
    expect(result.score).toBe(0);
    expect(result.evidence.filter((e) => e.kind === 'repeat').map((e) => [e.quote, e.previousQuote])).toEqual([
      ['2022年，我县收到申请75件，全部按时答复。', '2021年，我县收到申请60件，全部按时答复。'],
      ['我县高度重视政府信息公开工作，不断完善工作机制。', '我县高度重视政府信息公开工作，不断完善工作机制。'],
      ['存在的问题是工作人员业务水平有待提高。', '存在的问题是工作人员业务水平有待提高。'],
    ]);
    expect(result.evidence[0]?.zh).toBe('第一、五、六部分5句中有3句与2021年报告相同（60.0%）');
  });
  it('100 at or below 20 %, linear to 40 at 50 %', () => {
    const fresh = testReport({ text: { 一: ['今年新建了依申请公开网上办理系统。'] } });
    expect(indicator(assess(fresh, previous), 'original').score).toBe(100);
    const half = testReport({ text: { 一: ['我县高度重视政府信息公开工作，不断完善工作机制。', '今年新建了依申请公开网上办理系统。'] } });
    expect(indicator(assess(half, previous), 'original')).toMatchObject({ measure: 0.5, score: 40 });
  });
  it('is not scored without a previous report', () => {
    expect(indicator(assess(testReport()), 'original')).toMatchObject({ score: null, flag: '无上年报告可比' });
  });
});

describe('the report score', () => {
  it('is the weighted mean of the scored indicators and names its scheme', () => {
    const a = assess(testReport({ publishedOn: null }));
    expect(a.schemeId).toBe('default');
    expect(a.schemeVersion).toBe(DEFAULT_ASSESSMENT_SCHEME.version);
    const scored = a.indicators.filter((i) => i.score !== null);
    const expected = scored.reduce((s, i) => s + (i.score as number) * i.weight, 0) / scored.reduce((s, i) => s + i.weight, 0);
    expect(a.score).toBe(Math.round(expected * 10) / 10);
    expect(indicator(a, 'original').score).toBeNull();
  });
  it('follows an office\'s own weights', () => {
    const scheme = withAssessmentWeights(DEFAULT_ASSESSMENT_SCHEME, { timely: 100, complete: 0, accurate: 0, standard: 0, consistent: 0, specific: 0, original: 0 });
    expect(assessReport(testReport({ publishedOn: null }), null, scheme).score).toBe(50);
    expect(() => withAssessmentWeights(DEFAULT_ASSESSMENT_SCHEME, { speed: 1 })).toThrow('unknown indicator speed');
    expect(weightedScore([])).toBeNull();
  });
  it('is 0 on every indicator for a body confirmed missing after the deadline, with the check as evidence', () => {
    const missing = assessConfirmedMissing(2024, { url: 'https://www.example.gov.cn/zfxxgk/', checkedAt: '2025-04-10T02:00:00.000Z', deadline: '2025-03-31' });
    expect(missing.score).toBe(0);
    expect(missing.indicators.map((i) => i.score)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(missing.indicators[0]?.evidence[0]?.zh).toBe('法定期限2025-03-31后经站点核查（2025-04-10，https://www.example.gov.cn/zfxxgk/）未发布2024年度报告');
  });
  it('ranks by score, ties share a rank, no score no rank', () => {
    expect(rankScores([{ score: 80 }, { score: 95 }, { score: null }, { score: 80 }]).map((r) => r.rank)).toEqual([2, 1, null, 2]);
  });
});
