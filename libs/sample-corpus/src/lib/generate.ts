import Decimal from 'decimal.js';

import {
  PUBLICATION_DEADLINES,
  SECTION_HEADINGS,
  T2_LAYOUT,
  T3_APPLICANT_COLUMNS,
  T3_COLUMNS,
  T4_GROUPS,
  T4_OUTCOMES,
  type TemplateVersion,
  t3Key,
  t4Key,
} from '@gongkai/domain';

import {
  type CorpusCell,
  type DeviationId,
  type ExpectedDocument,
  type ExpectedValue,
  type InjectedError,
  type SampleRegion,
  type SampleReport,
  type SampleStyle,
  type SampleText,
} from './model';
import { templateKeys } from './keys';
import { narrativeParagraphs, type SampleNarrative, writeNarrative } from './narrative';
import { Prng } from './prng';
import { strictFailingRules } from './rules';
import { toTraditional } from './script';

export type GenerateSeriesOptions = {
  region: SampleRegion;
  years: readonly number[];
  seed: number | string;
  /** Share of documents with a deliberate error (default 0.06). */
  errorRate?: number;
  /** Share of years left out (not published) so the coverage view has gaps (default 0). */
  missingRate?: number;
  /** Multiplies the rate of every §7 deviation (default 1; 0 gives clean documents). */
  deviationScale?: number;
};

/** GB2019 for 2019–2020, GB2021 from 2021 (spec §1). */
export function templateForYear(year: number): TemplateVersion {
  return year <= 2020 ? 'gb2019' : 'gb2021';
}

type SeriesState = {
  scale: number;
  carriedOut: number[] | null;
  items: Record<'license' | 'othersvc' | 'penalty' | 'coercion' | 'fee', number>;
  ndPublicTotal: number;
  ndInForce: number | null;
  /** Last year's narrative, which this year's partly carries over. */
  narrative: SampleNarrative | null;
};

const TOP_ROWS = new Set(['new_received', 'carried_in', 'result_total', 'carried_out']);

/** Relative frequency of each outcome row (county practice: mostly granted or not held). */
const OUTCOME_WEIGHTS: Record<string, number> = {
  granted: 45,
  partial: 7,
  denied_state_secret: 0.6,
  denied_law_prohibited: 0.4,
  denied_security_stability: 0.3,
  denied_third_party: 1.5,
  denied_internal_affairs: 1.4,
  denied_process_info: 1.2,
  denied_enforcement_file: 0.8,
  denied_admin_query: 0.7,
  unavail_not_held: 14,
  unavail_needs_creation: 2,
  unavail_unclear: 1.5,
  rejected_petition: 2,
  rejected_duplicate: 1.6,
  rejected_publication: 0.4,
  rejected_excessive: 0.4,
  rejected_confirm_reissue: 0.5,
  other_total: 3,
  other_no_correction: 1.4,
  other_no_fee: 0.2,
  other_misc: 1.4,
};

function countyWord(region: SampleRegion): string {
  return region.name;
}

/** Generates one report per (non-missing) year for a region; state carries over between years. */
export function generateReportSeries(options: GenerateSeriesOptions): SampleReport[] {
  const { region, seed } = options;
  const years = [...options.years].sort((a, b) => a - b);
  const errorRate = options.errorRate ?? 0.06;
  const missingRate = options.missingRate ?? 0;
  const dev = options.deviationScale ?? 1;
  const rng = new Prng(seed, `series:${region.code}`);
  const scaleBase = region.kind === 'district' ? 1.4 : region.kind === 'city' ? 1.6 : 1;
  const state: SeriesState = {
    scale: scaleBase * (0.15 + rng.next() * rng.next() * 1.6),
    carriedOut: null,
    items: {
      license: rng.int(60, 900),
      othersvc: rng.int(20, 800),
      penalty: rng.int(150, 3000),
      coercion: rng.int(5, 160),
      fee: rng.int(3, 45),
    },
    ndPublicTotal: rng.int(5, 160),
    ndInForce: null,
    narrative: null,
  };
  // The region's habits: most deviations are properties of the site or the office, stable over years.
  const habits = {
    issuerWithGov: rng.chance(0.35),
    titlePattern: rng.weighted<'issuer_first' | 'year_first' | 'nian_du'>([
      ['issuer_first', 70],
      ['year_first', 15],
      ['nian_du', 15],
    ]),
    cms: rng.chance(0.7) ? ('trs' as const) : ('plain' as const),
    gbk: rng.chance(0.15 * Math.min(1, dev)),
    street: rng.pick(['人民路', '政府街', '建设路', '迎宾大道', '解放路', '团结路', '和平路', '朝阳路']),
    houseNo: rng.int(1, 188),
    phone: String(rng.int(2000000, 8999999)),
    signOffice: rng.chance(0.5),
  };

  const reports: SampleReport[] = [];
  for (const year of years) {
    const yearRng = new Prng(seed, `year:${region.code}:${year}`);
    // The narrative has its own stream: its draws never move the tables'.
    const proseRng = new Prng(seed, `prose:${region.code}:${year}`);
    const report = generateYear(region, year, yearRng, state, habits, { errorRate, dev }, proseRng);
    if (missingRate > 0 && yearRng.chance(missingRate)) continue;
    reports.push(report);
  }

  return reports;
}

type Habits = {
  issuerWithGov: boolean;
  titlePattern: 'issuer_first' | 'year_first' | 'nian_du';
  cms: 'trs' | 'plain';
  gbk: boolean;
  street: string;
  houseNo: number;
  phone: string;
  signOffice: boolean;
};

function generateYear(
  region: SampleRegion,
  year: number,
  rng: Prng,
  state: SeriesState,
  habits: Habits,
  rates: { errorRate: number; dev: number },
  proseRng: Prng,
): SampleReport {
  const template = templateForYear(year);
  const nums: Record<string, number> = {};
  const money: Record<string, { yuan: Decimal; printed: string; unit: 'yuan' | 'wan' | null }> = {};
  const deviations = new Set<DeviationId>();
  const dev = rates.dev;
  const s = state.scale;

  // ------------------------------------------------------------------ Table 3 (true values)
  const newReceived: number[] = [
    Math.max(0, Math.round(rng.skewed(Math.max(3, Math.round(260 * s)), 0.12))),
    rng.skewed(Math.max(1, Math.round(12 * s)), 0.55),
    rng.chance(0.04) ? 1 : 0,
    rng.skewed(3, 0.8),
    rng.skewed(4, 0.75),
    rng.skewed(Math.max(1, Math.round(6 * s)), 0.6),
  ];
  const carriedIn = state.carriedOut ?? T3_APPLICANT_COLUMNS.map((_, i) => (i === 0 && rng.chance(0.3) ? rng.int(0, 3) : 0));
  const carriedOut = newReceived.map((n, i) => {
    const available = n + (carriedIn[i] as number);
    return available > 0 && rng.chance(0.35) ? rng.int(0, Math.max(0, Math.ceil(available * 0.12))) : 0;
  });
  const tk = templateKeys(template);
  const t3rows = tk.t3Rows;
  const outcomeIds = tk.outcomeRowIds;
  const weights = outcomeIds.map((id) => OUTCOME_WEIGHTS[id] ?? 1);
  const perRow: Record<string, number[]> = {};
  for (const id of outcomeIds) perRow[id] = [];
  const resultTotal: number[] = [];
  T3_APPLICANT_COLUMNS.forEach((_, i) => {
    const handled = (newReceived[i] as number) + (carriedIn[i] as number) - (carriedOut[i] as number);
    resultTotal.push(handled);
    const parts = rng.split(handled, weights);
    outcomeIds.forEach((id, k) => (perRow[id] as number[]).push(parts[k] as number));
  });
  const rowKeys = new Map(t3rows.map((r, i) => [r.id, tk.t3[i] as readonly string[]]));
  const setRow = (id: string, applicants: readonly number[]) => {
    const keys = rowKeys.get(id) as readonly string[];
    let tot = 0;
    for (let i = 0; i < 6; i++) {
      nums[keys[i] as string] = applicants[i] as number;
      tot += applicants[i] as number;
    }
    nums[keys[6] as string] = tot;
  };
  setRow('new_received', newReceived);
  setRow('carried_in', carriedIn);
  for (const id of outcomeIds) setRow(id, perRow[id] as number[]);
  setRow('result_total', resultTotal);
  setRow('carried_out', carriedOut);
  state.carriedOut = carriedOut;

  // ------------------------------------------------------------------ Table 4
  const t4Totals = {
    review: rng.skewed(Math.max(1, Math.round(6 * s)), 0.6),
    suit_direct: rng.skewed(Math.max(1, Math.round(4 * s)), 0.75),
    suit_after_review: rng.skewed(2, 0.85),
  };
  for (const g of T4_GROUPS) {
    const parts = rng.split(t4Totals[g.id], [5, 1, 1.5, 1]);
    T4_OUTCOMES.forEach((o, k) => {
      nums[t4Key(g.id, o.id)] = k < 4 ? (parts[k] as number) : t4Totals[g.id];
    });
  }

  // ------------------------------------------------------------------ Table 2
  const signedDeltas: Record<string, number> = {};
  if (template === 'gb2019') {
    nums.t2_reg_new_made = 0;
    nums.t2_reg_new_published = 0;
    nums.t2_reg_public_total = 0;
    const made = rng.skewed(28, 0.15);
    const published = Math.max(0, made - (rng.chance(0.25) ? rng.int(0, Math.min(made, 3)) : 0));
    state.ndPublicTotal += published;
    nums.t2_nd_new_made = made;
    nums.t2_nd_new_published = published;
    nums.t2_nd_public_total = state.ndPublicTotal;
    const itemRow = (row: keyof SeriesState['items'], maxDelta: number) => {
      const prev = state.items[row];
      const delta = rng.chance(0.3) ? 0 : Math.max(-prev, rng.int(-maxDelta, maxDelta));
      nums[`t2_${row}_items_prev`] = prev;
      nums[`t2_${row}_items_delta`] = delta;
      signedDeltas[`t2_${row}_items_delta`] = delta;
      state.items[row] = prev + delta;
    };
    itemRow('license', 25);
    nums.t2_license_decisions = rng.int(80, Math.min(10_000, Math.max(120, Math.round(9000 * s))));
    itemRow('othersvc', 30);
    nums.t2_othersvc_decisions = rng.int(10, Math.max(20, Math.round(3000 * s)));
    itemRow('penalty', 40);
    nums.t2_penalty_decisions = rng.int(30, Math.min(5_000, Math.max(60, Math.round(4500 * s))));
    itemRow('coercion', 6);
    nums.t2_coercion_decisions = rng.skewed(Math.max(5, Math.round(220 * s)), 0.3);
    itemRow('fee', 3);
    nums.t2_procure_projects = rng.int(3, Math.max(10, Math.round(240 * s)));
    // Procurement: whole 元 or 元 with fen, printed in 万元, 元 or bare (spec D05).
    const style = rng.weighted<'wan' | 'yuan' | 'bare'>([
      ['wan', 60],
      ['yuan', 32],
      ['bare', 8 * Math.min(1, dev)],
    ]);
    const yuanInt = rng.int(800_000, Math.max(2_000_000, Math.round(400_000_000 * s)));
    if (style === 'wan') {
      const yuan = new Decimal(yuanInt);
      money.t2_procure_amount_yuan = { yuan, printed: `${yuan.div(10000).toFixed()}万元`, unit: 'wan' };
      deviations.add('D05_MONEY_WAN');
    } else if (style === 'yuan') {
      const yuan = rng.chance(0.5) ? new Decimal(yuanInt) : new Decimal(yuanInt).plus(new Decimal(rng.int(1, 99)).div(100));
      money.t2_procure_amount_yuan = { yuan, printed: `${yuan.toFixed()}元`, unit: 'yuan' };
      deviations.add('D05_MONEY_YUAN');
    } else {
      const wan = new Decimal(yuanInt).div(10000).toDecimalPlaces(rng.int(0, 2));
      money.t2_procure_amount_yuan = { yuan: wan, printed: wan.toFixed(), unit: null };
      deviations.add('D05_MONEY_BARE');
    }
  } else {
    nums.t2_reg_issued = 0;
    nums.t2_reg_repealed = 0;
    nums.t2_reg_in_force = 0;
    const prevInForce = state.ndInForce ?? rng.int(10, 320);
    const issued = rng.skewed(30, 0.15);
    const repealed = Math.min(prevInForce + issued, rng.skewed(12, 0.5));
    state.ndInForce = prevInForce + issued - repealed;
    nums.t2_nd_issued = issued;
    nums.t2_nd_repealed = repealed;
    nums.t2_nd_in_force = state.ndInForce;
    nums.t2_license_decisions = rng.int(80, Math.min(10_000, Math.max(120, Math.round(9000 * s))));
    nums.t2_penalty_decisions = rng.int(30, Math.min(5_000, Math.max(60, Math.round(4500 * s))));
    nums.t2_coercion_decisions = rng.skewed(Math.max(5, Math.round(220 * s)), 0.3);
    // Fee amount in 万元 (header unit), 0–6 decimals as printed by real reports ('20.3', '24252.311082').
    const noFees = rng.chance(0.12);
    const fen = noFees ? 0 : rng.int(10_000, Math.max(20_000, Math.round(5_000_000_000 * s)));
    const yuan = new Decimal(fen).div(100);
    const wan = yuan.div(10000).toDecimalPlaces(rng.pick([1, 2, 2, 4, 6]), Decimal.ROUND_DOWN);
    money.t2_fee_amount_yuan = { yuan: wan.times(10000), printed: wan.toFixed(), unit: 'wan' };
  }

  // ------------------------------------------------------------------ deliberate errors
  const injected: InjectedError[] = [];
  if (rng.chance(rates.errorRate)) {
    const kind = rng.weighted<InjectedError['kind']>([
      ['broken_balance', 3],
      ['wrong_row_total', 3],
      ['wrong_result_sum', 2],
      ['t4_total_zero', 2],
    ]);
    const k = rng.int(1, 3);
    if (kind === 'broken_balance') {
      // new_received up by k in one applicant column and its total: rows still add up, the balance does not.
      const col = rng.pick(T3_APPLICANT_COLUMNS);
      nums[t3Key('new_received', col)] = (nums[t3Key('new_received', col)] as number) + k;
      nums[t3Key('new_received', 'tot')] = (nums[t3Key('new_received', 'tot')] as number) + k;
      injected.push({ kind, rule: 'T3_BALANCE', where: `new_received.${col} +${k}` });
    } else if (kind === 'wrong_row_total') {
      const row = rng.pick(t3rows).id;
      const key = t3Key(row, 'tot');
      const v = nums[key] as number;
      nums[key] = v >= k && rng.chance(0.5) ? v - k : v + k;
      injected.push({ kind, rule: 'T3_ROW_TOTAL', where: `${row}.tot ${nums[key]} (sum ${v})` });
    } else if (kind === 'wrong_result_sum') {
      // One outcome cell and its row total up by k: the row adds up, （七）总计 no longer does.
      const row = rng.pick(outcomeIds);
      const col = rng.pick(T3_APPLICANT_COLUMNS);
      nums[t3Key(row, col)] = (nums[t3Key(row, col)] as number) + k;
      nums[t3Key(row, 'tot')] = (nums[t3Key(row, 'tot')] as number) + k;
      injected.push({ kind, rule: 'T3_RESULT_SUM', where: `${row}.${col} +${k}` });
    } else {
      // The real hongze-2023 report prints Table 4 totals of 0 over non-zero outcomes.
      const group = rng.pick(T4_GROUPS).id;
      if ((nums[t4Key(group, 'total')] as number) === 0) nums[t4Key(group, 'upheld')] = k;
      nums[t4Key(group, 'total')] = 0;
      injected.push({ kind, rule: 'T4_GROUP_TOTAL', where: `${group}.total printed 0` });
    }
  }
  const hasError = injected.length > 0;

  // ------------------------------------------------------------------ printing decisions (§7)
  const style = drawStyle(rng, dev, habits);
  if (style.traditional) deviations.add('D13_TRADITIONAL');
  if (style.spacedLabels) deviations.add('D09_SPACED_LABELS');
  if (style.wrappedLabels) deviations.add('D09_WRAPPED_LABELS');
  if (style.bookmark) deviations.add('D19_BOOKMARK');
  if (style.titleSplit) deviations.add('TITLE_SPLIT');
  // Blank-for-zero and collapsed rows are exclusive; documents with a deliberate error print every cell
  // so that the rule they break is decidable in strict mode.
  const t3Style = hasError
    ? 'plain'
    : rng.weighted<'plain' | 'blank_zero' | 'blank_subrows' | 'collapsed'>([
        ['plain', 100],
        ['blank_zero', 8 * dev],
        ['blank_subrows', 4 * dev],
        ['collapsed', 5 * dev],
      ]);
  const regNa = rng.chance(0.15 * dev);
  const regBlank = !regNa && t3Style !== 'plain' && rng.chance(0.5);
  const plusSign = template === 'gb2019' && rng.chance(0.2 * dev);

  const cells: Record<string, string> = {};
  const values: Record<string, ExpectedValue> = {};
  const collapsedRows: string[] = [];
  const setNumber = (key: string, n: number, text = String(n)) => {
    cells[key] = text;
    values[key] = { value: String(n), state: 'number', raw: text };
  };
  const setBlank = (key: string, collapsed = false) => {
    cells[key] = '';
    values[key] = collapsed ? { value: null, state: 'blank', raw: '', collapsed } : { value: null, state: 'blank', raw: '' };
  };
  const setNa = (key: string) => {
    cells[key] = '/';
    values[key] = { value: null, state: 'na', raw: '/' };
  };

  for (const block of T2_LAYOUT[template]) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        const key = `t2_${row.id}_${column.id}`;
        if (row.id === 'reg' && regNa) {
          setNa(key);
          deviations.add('D02_NA_SLASH');
          continue;
        }
        if (row.id === 'reg' && regBlank) {
          setBlank(key);
          deviations.add('D01_BLANK_ZERO');
          continue;
        }
        const m = money[key];
        if (m) {
          cells[key] = m.printed;
          values[key] = {
            value: m.unit === null ? null : m.yuan.toFixed(),
            state: 'number',
            raw: m.printed,
            printedUnit: m.unit,
          };
          continue;
        }
        const n = nums[key] as number;
        if (key in signedDeltas && plusSign && n > 0) {
          setNumber(key, n, `+${n}`);
          deviations.add('D06_PLUS_SIGN');
        } else {
          setNumber(key, n);
        }
      }
    }
  }

  t3rows.forEach((row, rowIdx) => {
    const keys = tk.t3[rowIdx] as readonly string[];
    const all = keys.map((key) => nums[key] as number);
    if (t3Style === 'collapsed' && all.every((v) => v === 0) && rng.chance(0.75)) {
      collapsedRows.push(row.id);
      for (const c of T3_APPLICANT_COLUMNS) setBlank(t3Key(row.id, c), true);
      setNumber(t3Key(row.id, 'tot'), 0);
      values[t3Key(row.id, 'tot')] = { value: '0', state: 'number', raw: '0', collapsed: true };
      deviations.add('D11_COLLAPSED_ROWS');
      return;
    }
    T3_COLUMNS.forEach((c, colIdx) => {
      const key = keys[colIdx] as string;
      const v = nums[key] as number;
      if (t3Style === 'blank_zero' && c.id !== 'tot' && v === 0) {
        setBlank(key);
        deviations.add('D01_BLANK_ZERO');
      } else if (t3Style === 'blank_subrows' && (v === 0 || (c.id === 'tot' && !TOP_ROWS.has(row.id)))) {
        setBlank(key);
        deviations.add('D01_BLANK_TOTAL_SUBROWS');
      } else {
        setNumber(key, v);
      }
    });
  });
  for (const g of T4_GROUPS) {
    for (const o of T4_OUTCOMES) {
      const key = t4Key(g.id, o.id);
      const v = nums[key] as number;
      if (t3Style === 'blank_subrows' && v === 0) setBlank(key);
      else setNumber(key, v);
    }
  }

  // Every reported metric has a cell (the catalogue is the source of truth, not this file).
  for (const key of tk.reported) {
    if (!(key in values)) throw new Error(`generator left ${key} unprinted`);
  }
  const failing = strictFailingRules(values, template);

  // ------------------------------------------------------------------ metadata and text
  const county = countyWord(region);
  const issuer = habits.issuerWithGov ? `${county}人民政府` : county;
  const title =
    habits.titlePattern === 'year_first'
      ? `${year}年${issuer}政府信息公开工作年度报告`
      : habits.titlePattern === 'nian_du'
        ? `${issuer}${year}年度政府信息公开工作年度报告`
        : `${issuer}${year}年政府信息公开工作年度报告`;
  const titleLines = style.titleSplit ? splitTitle(title) : [title];
  const publishedOn = drawPublicationDate(rng, year);
  const { text, narrative } = buildText(region, year, template, publishedOn, habits, rng, values, state.narrative, proseRng);
  state.narrative = narrative;
  if (text.headings.some((h, i) => h !== SECTION_HEADINGS[i]?.label)) deviations.add('D17_HEADING_VARIANT');
  if (style.wrapNewMade && template === 'gb2019') deviations.add('D09_WRAPPED_LABELS');

  const deviationList = [...deviations].sort();
  const conv = (t: string) => (style.traditional ? toTraditional(t) : t);
  const expected = buildExpected({
    id: `${region.code}-${year}`,
    region,
    year,
    template,
    title: conv(title),
    titleSimplified: title,
    issuer: conv(issuer),
    publishedOn,
    values,
    // Only the money cells carry characters (万元/元); numbers need no conversion.
    cellsPrinted: Object.fromEntries(Object.keys(money).map((k) => [k, conv(cells[k] ?? '')])),
    deviations: deviationList,
    failing,
    injected,
    habits,
    traditional: style.traditional,
  });

  return {
    region,
    year,
    template,
    id: `${region.code}-${year}`,
    title,
    titleLines,
    issuer,
    publishedOn,
    cells,
    collapsedRows,
    deviations: deviationList,
    injectedErrors: injected,
    expectedFailingRules: failing,
    expected,
    style,
    text,
    narrative,
  };
}

function drawStyle(rng: Prng, dev: number, habits: Habits): SampleStyle {
  const d = (p: number) => rng.chance(Math.min(1, p * dev));

  return {
    traditional: d(0.03),
    htmlEncoding: habits.gbk ? 'gbk' : 'utf-8',
    wrapNewMade: dev > 0 && rng.chance(0.8),
    spacedLabels: d(0.12),
    wrappedLabels: d(0.2),
    bookmark: d(0.25),
    titleSplit: d(0.35),
    headingIndent: Array.from({ length: 6 }, () => rng.pick(['', ' ', ' ', '    '])),
    nbspPadding: d(0.3),
    brBreaks: rng.chance(0.5),
    cms: habits.cms,
  };
}

/** Splits a title where Word wrapped the seed's: before 年度报告 or after 年 (spec D19). */
function splitTitle(title: string): string[] {
  const at = title.endsWith('工作年度报告') ? title.length - 4 : title.indexOf('年') + 1;

  return [title.slice(0, at), title.slice(at)];
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Mostly before the statutory 31 March deadline of the following year; about one in ten late. */
function drawPublicationDate(rng: Prng, year: number): string {
  const { month: deadlineMonth, day: deadlineDay } = PUBLICATION_DEADLINES.government;
  const late = rng.chance(0.1);
  const month = late ? rng.int(deadlineMonth + 1, deadlineMonth + 3) : rng.weighted([[1, 30], [2, 30], [3, 40]] as const);
  const maxDay = month === 2 ? 28 : month === deadlineMonth && !late ? deadlineDay : 30;
  const day = rng.int(late || month !== 1 ? 1 : 8, maxDay);

  return `${year + 1}-${pad2(month)}-${pad2(day)}`;
}

const HEADING_VARIANTS: Record<number, string[]> = {
  3: ['四、因政府信息公开工作被申请行政复议提起行政诉讼情况', '四、政府信息公开行政复议和行政诉讼情况'],
  4: ['五、政府信息公开工作存在的主要问题及改进情况', '五、存在问题及改进情况'],
};

function buildText(
  region: SampleRegion,
  year: number,
  template: TemplateVersion,
  publishedOn: string,
  habits: Habits,
  rng: Prng,
  values: Record<string, ExpectedValue>,
  previous: SampleNarrative | null,
  proseRng: Prng,
): { text: SampleText; narrative: SampleNarrative } {
  const county = region.name;
  const notice = template === 'gb2019' ? '国办公开办函〔2019〕60号' : '国办公开办函〔2021〕30号';
  const contact = [
    `单位地址：${region.provinceName}${region.prefectureName}${county}${habits.street}${habits.houseNo}号`,
    region.postcode ? `邮编：${region.postcode}` : null,
    `联系电话：${region.areaCode ? `${region.areaCode}-` : ''}${habits.phone}`,
  ]
    .filter((x): x is string => x !== null)
    .join('；');
  const periodWord = rng.pick(['统计期限为', '统计时限为', '统计期限自']);
  const periodEnd = periodWord === '统计期限自' ? `${year}年12月31日止` : `${year}年12月31日`;
  const periodStart = periodWord === '统计期限自' ? `${year}年1月1日起至` : `${year}年1月1日至`;
  const preamble =
    `根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于政府信息公开工作年度报告有关事项的通知》（${notice}）要求，` +
    `现公布${county}人民政府${year}年政府信息公开工作年度报告。本报告包括总体情况、主动公开政府信息情况、收到和处理政府信息公开申请情况、政府信息公开行政复议和行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项等6个方面的内容。` +
    `除特别说明的外，所列数据${periodWord}${periodStart}${periodEnd}。本报告电子版可在${county}人民政府门户网站下载。如对本报告有任何疑问，请与${county}人民政府办公室联系（${contact}）。` +
    '本文件为 Gongkai 生成的样例数据，不是真实报告。';

  const headings = SECTION_HEADINGS.map((h, i) => {
    const variants = HEADING_VARIANTS[i];
    return variants && rng.chance(0.12) ? rng.pick(variants) : h.label;
  }) as SampleText['headings'];

  // The narrative restates the printed totals (TXT_T3_NARRATIVE); blanks read as 0.
  const printed = (key: string) => (values[key]?.value ? Number(values[key]?.value) : 0);
  // The main stream's draws stay in their order (items, media, trainings, fee wording) so the tables and
  // every later draw are those of the generator before the narrative was year-dependent.
  const items = rng.int(150, 4000);
  const media = rng.int(1, 25);
  const trainings = rng.int(1, 6);
  const feeWording = template === 'gb2021' ? (rng.chance(0.7) ? 0 : 1) : 0;
  const narrative = writeNarrative(
    {
      year,
      county,
      received: printed(t3Key('new_received', 'tot')),
      carried: printed(t3Key('carried_in', 'tot')),
      handled: printed(t3Key('result_total', 'tot')),
      outstanding: printed(t3Key('carried_out', 'tot')),
      reviews: printed(t4Key('review', 'total')),
      suits: printed(t4Key('suit_direct', 'total')) + printed(t4Key('suit_after_review', 'total')),
      items,
      media,
      trainings,
      feeStatement: template === 'gb2021',
      feeWording,
    },
    previous,
    proseRng,
  );
  const other = narrativeParagraphs(narrative, '六');
  const [py, pm, pd] = publishedOn.split('-').map(Number) as [number, number, number];

  return {
    text: {
      preamble,
      headings,
      overview: narrativeParagraphs(narrative, '一'),
      problems: narrativeParagraphs(narrative, '五'),
      // GB2019 asks nothing of section 六; an office with nothing to add prints 无.
      other: other.length > 0 ? other : ['无'],
      signature: habits.signOffice ? `${county}人民政府办公室` : `${county}人民政府`,
      dateLine: `${py}年${pm}月${pd}日`,
      attachmentNote: rng.chance(0.3),
    },
    narrative,
  };
}

function buildExpected(input: {
  id: string;
  region: SampleRegion;
  year: number;
  template: TemplateVersion;
  title: string;
  titleSimplified: string;
  issuer: string;
  publishedOn: string;
  values: Record<string, ExpectedValue>;
  cellsPrinted: Record<string, string>;
  deviations: DeviationId[];
  failing: ExpectedDocument['failing_rules'];
  injected: InjectedError[];
  habits: Habits;
  traditional: boolean;
}): ExpectedDocument {
  const { template, values } = input;
  const corpus = (key: string): CorpusCell => {
    const v = values[key];
    if (!v) throw new Error(`no expected value for ${key}`);
    if (v.state === 'na') return 'NA';
    if (v.state === 'blank' || v.value === null) return null;

    return Number(v.value);
  };
  const t2: Record<string, CorpusCell | string> = {};
  for (const block of T2_LAYOUT[template]) {
    for (const row of block.rows) {
      for (const column of block.columns) {
        const key = `t2_${row.id}_${column.id}`;
        if (column.unit === 'money') {
          // The corpus keeps money as printed, with the unit in the key when the header fixes it.
          const printed = input.cellsPrinted[key] ?? '';
          if (template === 'gb2019') t2.t2_procure_amount = printed;
          else t2.t2_fee_amount_wan = printed;
          continue;
        }
        t2[key] = corpus(key);
      }
    }
  }
  const t3: Record<string, CorpusCell[]> = {};
  const tk = templateKeys(template);
  tk.t3Rows.forEach((row, i) => {
    t3[row.id] = (tk.t3[i] as readonly string[]).map(corpus);
  });
  const t4 = { values: tk.t4.flatMap((g) => g.map(corpus)) };
  const r = input.region;
  const notes = [
    'Generated by @gongkai/sample-corpus; not a real report.',
    ...input.injected.map((e) => `Deliberate error ${e.kind} (${e.rule}): ${e.where}.`),
  ].join(' ');

  return {
    id: input.id,
    title: input.title,
    titleSimplified: input.titleSimplified,
    issuer: input.issuer,
    year: input.year,
    template,
    published_on: input.publishedOn,
    region_hint: `${r.provinceName}${r.prefectureName}${r.name}（单位地址：${r.provinceName}${r.prefectureName}${r.name}${input.habits.street}${input.habits.houseNo}号）`,
    t2,
    t3,
    t4,
    deviations: input.deviations,
    failing_rules: input.failing,
    notes,
    values,
    sampleData: true,
    script: input.traditional ? 'hant' : 'hans',
    regionCode: r.code,
  };
}
