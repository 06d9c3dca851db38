import { type RegionAssessmentDto } from '../dtos/region-assessment.dto';

/** The lines of the 通报 every format shares: title, summary, ranking rows, each body's main problems. */
export type AssessmentBulletin = {
  title: string;
  summary: string[];
  sampleNote: string | null;
  columns: string[];
  rows: (string | number | null)[][];
  bodies: { name: string; problems: { indicator: string; points: number; text: string; quote: string | null }[] }[];
};

const fixed = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

export function summariseRegionAssessment(result: RegionAssessmentDto): AssessmentBulletin {
  const label = new Map(result.scheme.indicators.map((i) => [i.id, i.labelZh]));
  const scored = result.bodies.filter((b) => b.score !== null);
  const best = scored[0];
  const worst = scored[scored.length - 1];
  const summary = [
    `按照${result.scheme.labelZh}（${result.scheme.id} 版本 ${result.scheme.version}${result.scheme.weightsRegionCode ? '，本地保存的权重' : ''}），对${result.parentName}${result.bodies.length}个单位的${result.year}年度政府信息公开工作年度报告进行了评估。`,
    `已评估${result.assessed}个单位，平均得分${result.meanScore === null ? '—' : result.meanScore.toFixed(1)}分${result.missing > 0 ? `；${result.missing}个单位本年度未收集到报告，未评分` : ''}。`,
    ...(best && worst && best !== worst ? [`得分最高的是${best.issuerName}（${best.score?.toFixed(1)}分），最低的是${worst.issuerName}（${worst.score?.toFixed(1)}分）。`] : []),
    `权重：${result.scheme.indicators.map((i) => `${i.labelZh}${i.weight}`).join('、')}。`,
  ];

  return {
    title: `${result.parentName}${result.year}年度政府信息公开工作年度报告质量评估情况通报`,
    summary,
    sampleNote: result.bodies.some((b) => b.sampleData) ? '注意：本通报包含示例数据（生成的样例报告），不代表真实情况。' : null,
    columns: ['排名', '单位', '地区', '得分', '较上年', ...result.scheme.indicators.map((i) => i.labelZh), '主要失分项'],
    rows: result.bodies.map((b) => [
      b.rank,
      b.issuerName,
      b.regionName,
      fixed(b.score),
      fixed(b.change),
      ...result.scheme.indicators.map((i) => b.indicators.find((x) => x.id === i.id)?.score ?? null),
      b.reportId ? b.mainProblems.map((id) => label.get(id) ?? id).join('、') : b.score !== null ? '经核查确认未发布' : '未收集到报告',
    ]),
    bodies: result.bodies.map((b) => ({
      name: b.issuerName,
      problems: b.indicators.flatMap((i) =>
        i.evidence.filter((e) => e.points > 0).map((e) => ({ indicator: label.get(i.id) ?? i.id, points: e.points, text: e.messageZh, quote: e.quote })),
      ),
    })),
  };
}
