import { type Prng } from './prng';

/**
 * The narrative of sections 一, 五 and 六, written the way offices write them: each year carries over a
 * share of last year's sentences (same wording, numbers and dates updated) and writes the rest anew from
 * varied templates. The share is drawn per body and year from the narrative's own stream, so the tables
 * and every other draw of the generator are unaffected, and what was carried over is known exactly
 * (`SampleNarrative.carried`), which the assessment's repeated-sentence measure is checked against.
 */

export type NarrativeSection = '一' | '五' | '六';
/** 'fact': a statement of the year's work (section 一, 六); 'specific' and 'generic' sentences of section 五. */
export type SentenceKind = 'fact' | 'specific' | 'generic';

/** What the year's figures are; a carried sentence is re-rendered with these, as an office updates its text. */
export type NarrativeFigures = {
  year: number;
  county: string;
  received: number;
  carried: number;
  handled: number;
  outstanding: number;
  reviews: number;
  suits: number;
  items: number;
  media: number;
  trainings: number;
  /** Whether the year's template asks section 六 for the fee statement (GB2021). */
  feeStatement: boolean;
  /** The fee sentence's wording, drawn by the main stream (kept so the tables' draws do not move). */
  feeWording: 0 | 1;
};

/** One written sentence: which template, which word choices, and the text as printed. */
export type NarrativeSentence = {
  section: NarrativeSection;
  /** Template id and word choices: two sentences with the same signature read the same but for numbers and dates. */
  signature: string;
  kind: SentenceKind;
  text: string;
  /** Whether the previous year's narrative has a sentence with the same signature. */
  carried: boolean;
};

export type SampleNarrative = {
  /** The drawn share of last year's sentences kept (0 for the first year). */
  carryOverTarget: number;
  sentences: NarrativeSentence[];
  /** Sentences of this year whose wording repeats last year's (numbers and dates aside). */
  carried: number;
  /** Sentences of this year, sections 一, 五, 六. */
  total: number;
};

type Template = {
  id: string;
  section: NarrativeSection;
  kind: SentenceKind;
  /** Word lists; a sentence draws one entry of each. No entry differs from another only in numbers. */
  words: readonly (readonly string[])[];
  /** Always written (the narrative must state the applications: TXT_T3_NARRATIVE). */
  always?: boolean;
  /** Written only when this holds for the year. */
  when?: (f: NarrativeFigures, first: boolean) => boolean;
  /** Extra part of the signature that the year decides (a zero/non-zero wording). */
  mode?: (f: NarrativeFigures) => string;
  render: (f: NarrativeFigures, w: readonly string[], n: (key: string, min: number, max: number) => number) => string;
  /** Paragraph the sentence belongs to within its section (sentences of one paragraph are joined). */
  paragraph: number;
};

const TEMPLATES: readonly Template[] = [
  // ---------------------------------------------------------------- 一 总体情况
  {
    id: 'intro',
    section: '一',
    kind: 'fact',
    paragraph: 0,
    always: true,
    words: [
      ['人民政府', '政府'],
      ['扎实推进政府信息公开工作', '围绕中心工作持续深化政务公开', '以高质量公开助力法治政府建设', '全面提升政务公开标准化规范化水平'],
    ],
    render: (f, w) => `${f.year}年，${f.county}${w[0]}深入贯彻落实《条例》，坚持“以公开为常态、不公开为例外”原则，${w[1]}。`,
  },
  {
    id: 'active',
    section: '一',
    kind: 'fact',
    paragraph: 1,
    always: true,
    words: [['及时发布政策文件和解读材料', '重点公开财政预决算、重大项目和民生实事信息', '做到应公开尽公开', '着力提升公开时效']],
    render: (f, w) => `全年通过政府门户网站和${f.media}个政务新媒体主动公开政府信息${f.items}条，${w[0]}。`,
  },
  {
    id: 'interpret',
    section: '一',
    kind: 'fact',
    paragraph: 1,
    words: [['采用图文、视频等多种形式', '由部门负责人解读重要政策', '同步在政务新媒体推送']],
    render: (_f, w, n) => `发布政策解读材料${n('interpret', 8, 90)}篇，${w[0]}。`,
  },
  {
    id: 'regulation',
    section: '一',
    kind: 'fact',
    paragraph: 1,
    words: [['均按规定在门户网站公开', '并同步开展合法性审核', '全部录入规范性文件数据库']],
    render: (_f, w, n) => `全年制发规范性文件${n('regulation', 2, 30)}件，${w[0]}。`,
  },
  {
    id: 'requests',
    section: '一',
    kind: 'fact',
    paragraph: 2,
    always: true,
    words: [['a', 'b', 'c']],
    render: (f, w) =>
      w[0] === 'a'
        ? `本年度共收到政府信息公开申请${f.received}件，上年结转${f.carried}件，办结${f.handled}件，结转下年度继续办理${f.outstanding}件。`
        : w[0] === 'b'
          ? `全年受理政府信息公开申请${f.received}件，加上上年结转的${f.carried}件，共办结${f.handled}件，另有${f.outstanding}件结转下年度办理。`
          : `依申请公开方面，${f.year}年收到政府信息公开申请${f.received}件，上年结转${f.carried}件，已答复办结${f.handled}件，${f.outstanding}件转入下年度。`,
  },
  {
    id: 'litigation',
    section: '一',
    kind: 'fact',
    paragraph: 2,
    always: true,
    words: [['a', 'b']],
    mode: (f) => (f.reviews + f.suits > 0 ? 'some' : 'none'),
    render: (f, w) =>
      f.reviews + f.suits > 0
        ? w[0] === 'a'
          ? `因政府信息公开被申请行政复议${f.reviews}件，被提起行政诉讼${f.suits}件。`
          : `全年因政府信息公开工作被申请行政复议${f.reviews}件、被提起行政诉讼${f.suits}件，均已依法办理。`
        : w[0] === 'a'
          ? '全年未发生因政府信息公开被申请行政复议或提起行政诉讼的情况。'
          : '本年度未发生政府信息公开行政复议和行政诉讼案件。',
  },
  {
    id: 'review',
    section: '一',
    kind: 'fact',
    paragraph: 3,
    words: [['严格落实“三审三校”制度', '对拟公开信息逐条进行保密审查', '建立健全政府信息公开属性源头认定机制']],
    render: (_f, w) => `完善政府信息公开审核发布机制，${w[0]}。`,
  },
  {
    id: 'training',
    section: '一',
    kind: 'fact',
    paragraph: 3,
    words: [['覆盖各乡镇和部门信息公开工作人员', '督促各单位及时主动公开政府信息', '提升工作人员业务能力']],
    render: (f, w) => `组织政务公开业务培训${f.trainings}次，${w[0]}。`,
  },
  {
    id: 'platform',
    section: '一',
    kind: 'fact',
    paragraph: 3,
    words: [
      ['优化', '升级改版', '规范'],
      ['更新政府信息公开指南和目录', '新增政策解读和回应关切栏目', '实现各部门栏目统一规范'],
    ],
    render: (_f, w) => `${w[0]}政府门户网站政府信息公开专栏，${w[1]}。`,
  },
  {
    id: 'supervision',
    section: '一',
    kind: 'fact',
    paragraph: 3,
    words: [['定期通报各单位信息公开情况', '开展政务公开第三方评估', '对发现的问题督促限期整改']],
    render: (_f, w) => `将政务公开工作纳入年度绩效考核，${w[0]}。`,
  },
  // ---------------------------------------------------------------- 五 问题及改进
  {
    id: 'p-overall',
    section: '五',
    kind: 'generic',
    paragraph: 0,
    words: [['对照新形势新要求仍存在一些不足', '与群众的期待相比还有一定差距', '仍存在薄弱环节']],
    render: (f, w) => `${f.year}年，${f.county}政府信息公开工作取得一定成效，但${w[0]}。`,
  },
  {
    id: 'p-attention',
    section: '五',
    kind: 'generic',
    paragraph: 0,
    words: [['重视程度不够', '认识不到位', '主动性不强']],
    render: (_f, w) => `部分单位对政务公开工作${w[0]}。`,
  },
  {
    id: 'p-interpret',
    section: '五',
    kind: 'generic',
    paragraph: 0,
    words: [['较为单一', '不够丰富', '有待创新']],
    render: (_f, w) => `政策解读形式${w[0]}，解读的针对性和实效性有待提高。`,
  },
  {
    id: 'p-basic',
    section: '五',
    kind: 'generic',
    paragraph: 0,
    words: [['有待加强', '仍需深化', '推进不够平衡']],
    render: (_f, w) => `基层政务公开标准化规范化建设${w[0]}。`,
  },
  {
    id: 'p-columns',
    section: '五',
    kind: 'specific',
    paragraph: 0,
    words: [['教育局、卫健局', '自然资源局、住建局', '人社局、民政局', '交通运输局、水利局']],
    render: (_f, w, n) => `经自查，${w[0]}等${n('columns', 2, 9)}个部门的公开栏目存在信息更新不及时的问题，最长${n('stale', 40, 200)}天未更新。`,
  },
  {
    id: 'p-replies',
    section: '五',
    kind: 'specific',
    paragraph: 0,
    words: [['未载明救济途径', '引用条款不准确', '超过法定期限']],
    render: (_f, w, n) => `依申请公开答复中有${n('replies', 1, 6)}件答复书${w[0]}。`,
  },
  {
    id: 'p-guide',
    section: '五',
    kind: 'specific',
    paragraph: 0,
    words: [['部分办理流程与现行规定不一致', '所列受理机构联系方式已经变更']],
    render: (f, w, n) => `政府信息公开指南自${f.year - n('guide', 2, 4)}年以来未作修订，${w[0]}。`,
  },
  {
    id: 'follow-up',
    section: '五',
    kind: 'specific',
    paragraph: 1,
    when: (_f, first) => !first,
    words: [
      ['栏目更新不及时', '政策解读形式单一', '答复文书不规范'],
      ['已于当年完成整改', '已逐项整改到位'],
    ],
    render: (_f, w) => `针对上年度报告指出的${w[0]}问题，${w[1]}。`,
  },
  {
    id: 'i-deadline',
    section: '五',
    kind: 'specific',
    paragraph: 1,
    words: [['政府信息公开指南修订', '乡镇政务公开专区建设', '历史文件清理并公开目录', '部门栏目内容全面自查']],
    render: (f, w, n) => `${f.year + 1}年${n('month', 3, 9)}月底前，完成${w[0]}。`,
  },
  {
    id: 'i-patrol',
    section: '五',
    kind: 'specific',
    paragraph: 1,
    words: [['政府办公室', '政务公开办', '政务服务数据管理局']],
    render: (_f, w, n) => `由${w[0]}牵头，每季度开展一次栏目巡查，发现的问题列入清单，限${n('days', 5, 15)}个工作日内整改。`,
  },
  {
    id: 'i-training',
    section: '五',
    kind: 'specific',
    paragraph: 1,
    words: [['乡镇和部门', '基层公开联络员']],
    render: (_f, w, n) => `计划组织政务公开专题培训${n('courses', 2, 6)}期，覆盖全部${w[0]}。`,
  },
  {
    id: 'i-generic',
    section: '五',
    kind: 'generic',
    paragraph: 1,
    words: [['进一步健全工作机制，不断提升政府信息公开工作质量', '持续加强业务培训和督促检查', '进一步丰富政策解读形式，增强解读实效']],
    render: (_f, w) => `下一步，我们将${w[0]}。`,
  },
  {
    id: 'i-level',
    section: '五',
    kind: 'generic',
    paragraph: 1,
    words: [['不断提高政务公开标准化规范化水平', '进一步强化公开意识', '持续深化重点领域信息公开']],
    render: (_f, w) => `${w[0]}，推动政务公开工作再上新台阶。`,
  },
  // ---------------------------------------------------------------- 六 其他
  {
    id: 'fee',
    section: '六',
    kind: 'fact',
    paragraph: 0,
    always: true,
    when: (f) => f.feeStatement,
    words: [],
    mode: (f) => String(f.feeWording),
    render: (f) => (f.feeWording === 0 ? `${f.year}年，无收取信息处理费情况。` : '本年度未收取信息处理费。'),
  },
  {
    id: 'other',
    section: '六',
    kind: 'fact',
    paragraph: 1,
    words: [['无其他需要报告的事项', '未发生需要特别说明的情况']],
    render: (_f, w) => `本年度${w[0]}。`,
  },
];

/** How many sentences each section gets (before the ones always written). */
const OPTIONAL_COUNT: Record<NarrativeSection, [number, number]> = { 一: [3, 5], 五: [4, 6], 六: [0, 1] };

type Planned = { template: Template; choice: number[] };

const signatureOf = (p: Planned, f: NarrativeFigures) => `${p.template.id}:${p.choice.join('.')}${p.template.mode ? `:${p.template.mode(f)}` : ''}`;

/**
 * Writes one year's narrative. `previous` is last year's (null for the series' first year); `rng` is the
 * narrative's stream for this body and year, so the result is deterministic.
 */
export function writeNarrative(figures: NarrativeFigures, previous: SampleNarrative | null, rng: Prng): SampleNarrative {
  const first = previous === null;
  const carryOverTarget = first ? 0 : Math.round((0.1 + rng.next() * 0.6) * 100) / 100;
  const previousSignatures = new Set(previous?.sentences.map((s) => s.signature) ?? []);
  const applicable = TEMPLATES.filter((t) => !t.when || t.when(figures, first));
  const planned = new Map<string, Planned>();
  // Keep each of last year's sentences with the drawn probability, as an office edits last year's file.
  for (const s of previous?.sentences ?? []) {
    const [id, choice] = s.signature.split(':') as [string, string];
    const template = applicable.find((t) => t.id === id);
    if (template && rng.chance(carryOverTarget)) planned.set(id, { template, choice: choice === '' ? [] : choice.split('.').map(Number) });
  }
  // The rest is written anew: a template not used this year, with words last year did not use.
  const fresh = (template: Template): Planned => {
    for (let attempt = 0; attempt < 20; attempt++) {
      const p = { template, choice: template.words.map((w) => rng.int(0, w.length - 1)) };
      if (!previousSignatures.has(signatureOf(p, figures)) || template.words.length === 0) return p;
    }
    // Every combination was used last year (lists of one or two): walk them in order.
    const combos = template.words.reduce<number[][]>((acc, w) => acc.flatMap((c) => w.map((_, i) => [...c, i])), [[]]);

    return { template, choice: combos.find((c) => !previousSignatures.has(signatureOf({ template, choice: c }, figures))) ?? (combos[0] as number[]) };
  };
  for (const template of applicable) if (template.always && !planned.has(template.id)) planned.set(template.id, fresh(template));
  for (const section of ['一', '五', '六'] as const) {
    const [min, max] = OPTIONAL_COUNT[section];
    const optional = applicable.filter((t) => t.section === section && !t.always);
    const want = rng.int(min, max);
    const pool = optional.filter((t) => !planned.has(t.id));
    let have = optional.filter((t) => planned.has(t.id)).length;
    while (have < want && pool.length > 0) {
      const template = pool.splice(rng.int(0, pool.length - 1), 1)[0] as Template;
      planned.set(template.id, fresh(template));
      have += 1;
    }
  }
  // Numbers the sentences quote that are not in the tables: drawn anew every year.
  const numbers = new Map<string, number>();
  const n = (key: string, min: number, max: number) => {
    if (!numbers.has(key)) numbers.set(key, rng.int(min, max));

    return numbers.get(key) as number;
  };
  // Template order is document order: carried and new sentences interleave as in an edited file.
  const sentences = applicable
    .filter((t) => planned.has(t.id))
    .map((template) => {
      const p = planned.get(template.id) as Planned;
      const signature = signatureOf(p, figures);
      const words = template.words.map((w, i) => w[p.choice[i] ?? 0] as string);

      return { section: template.section, signature, kind: template.kind, text: template.render(figures, words, n), carried: previousSignatures.has(signature) };
    });
  const carried = sentences.filter((s) => s.carried).length;

  return { carryOverTarget, sentences, carried, total: sentences.length };
}

/** The paragraphs of one section: the sentences of a paragraph joined, in order. */
export function narrativeParagraphs(narrative: SampleNarrative, section: NarrativeSection): string[] {
  const byParagraph = new Map<number, string[]>();
  for (const s of narrative.sentences) {
    if (s.section !== section) continue;
    const template = TEMPLATES.find((t) => s.signature.startsWith(`${t.id}:`)) as Template;
    byParagraph.set(template.paragraph, [...(byParagraph.get(template.paragraph) ?? []), s.text]);
  }

  return [...byParagraph.entries()].sort(([a], [b]) => a - b).map(([, texts]) => texts.join(''));
}
