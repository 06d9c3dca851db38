import { t3Key, t4Key } from './metric-catalogue';
import { T3_ROWS, T4_OUTCOMES } from './template-layout';

/**
 * The four families of a prefecture's board and a county's profile (issue 18): the trends a supervisor reads
 * first. Each names metric keys of the catalogue (labels, units and templates come from there, never from
 * here); only the family and composition titles are new words, and this is their one home.
 */
export type BoardFamilyId = 'license' | 'penalty_coercion' | 'procurement' | 'requests';

/** Parts that add up to a whole each year, drawn as 100 % stacked bars. */
export type BoardComposition = {
  id: 'outcomes' | 'applicants' | 'review_outcomes' | 'suit_outcomes';
  labelZh: string;
  labelEn: string;
  parts: readonly string[];
};

export type BoardFamily = {
  id: BoardFamilyId;
  labelZh: string;
  labelEn: string;
  /** Series with a total, small multiples and a ranking each; the first is the family's headline. */
  metrics: readonly string[];
  compositions: readonly BoardComposition[];
  /** Stated where the family's series ends with a template, instead of an empty chart. */
  templateNote: { zh: string; en: string } | null;
};

const OUTCOME_KEYS: readonly string[] = [
  t3Key('granted', 'tot'),
  t3Key('partial', 'tot'),
  // 不予公开 by its reasons: the eight printed sub-items, so the bars show why requests were refused.
  ...T3_ROWS.filter((row) => row.group === 'denied').map((row) => t3Key(row.id, 'tot')),
  t3Key('unavail_total', 'tot'),
  t3Key('rejected_total', 'tot'),
  t3Key('other_total', 'tot'),
];

const outcomesOf = (group: 'review' | 'suit'): string[] => T4_OUTCOMES.filter((o) => o.id !== 'total').map((o) => t4Key(group, o.id));

export const BOARD_FAMILIES: readonly BoardFamily[] = [
  {
    id: 'license',
    labelZh: '行政许可',
    labelEn: 'Administrative permits',
    // 事项数 (上一年项目数量, 本年增/减) is printed only in the 2019 template; its series ends in 2020.
    metrics: ['t2_license_decisions', 't2_license_items_prev', 't2_license_items_delta'],
    compositions: [],
    templateNote: null,
  },
  {
    id: 'penalty_coercion',
    labelZh: '行政处罚和行政强制',
    labelEn: 'Administrative penalties and coercive measures',
    metrics: ['t2_penalty_decisions', 't2_coercion_decisions'],
    compositions: [],
    templateNote: null,
  },
  {
    id: 'procurement',
    labelZh: '政府集中采购',
    labelEn: 'Centralised government procurement',
    metrics: ['t2_procure_projects', 't2_procure_amount_yuan'],
    compositions: [],
    templateNote: {
      zh: '2021年版格式（国办公开办函〔2021〕30号）不再设“政府集中采购”栏目：本序列止于2020年，此后没有可比数据。',
      en: 'The 2021 template (GuoBanGongKaiBanHan [2021] No. 30) no longer has the procurement item: the series ends in 2020.',
    },
  },
  {
    id: 'requests',
    labelZh: '政府信息公开申请',
    labelEn: 'Disclosure requests',
    metrics: [t3Key('new_received', 'tot'), 'rate_disclosed', t4Key('review', 'total'), 'rate_review_corrected', t4Key('suit', 'total'), 'rate_suit_corrected'],
    compositions: [
      { id: 'outcomes', labelZh: '办理结果构成', labelEn: 'Outcome of requests', parts: OUTCOME_KEYS },
      { id: 'applicants', labelZh: '新收申请的申请人构成', labelEn: 'Applicants of new requests', parts: [t3Key('new_received', 'np'), t3Key('new_received', 'org')] },
      { id: 'review_outcomes', labelZh: '行政复议结果', labelEn: 'Reconsideration outcomes', parts: outcomesOf('review') },
      { id: 'suit_outcomes', labelZh: '行政诉讼结果', labelEn: 'Lawsuit outcomes', parts: outcomesOf('suit') },
    ],
    templateNote: null,
  },
];

export const BOARD_FAMILIES_BY_ID: ReadonlyMap<BoardFamilyId, BoardFamily> = new Map(BOARD_FAMILIES.map((f) => [f.id, f]));
