import {
  T2_LAYOUT,
  T3_COLUMNS,
  T3_GROUP_LABELS,
  T3_ORG_COLUMNS,
  T3_ROWS,
  T4_GROUPS,
  T4_OUTCOMES,
  type T2Unit,
  type T3ColumnId,
  type T4OutcomeId,
} from './template-layout';
import { type Comparability, type TemplateVersion, TEMPLATE_DATA_YEARS, TEMPLATE_VERSIONS } from './template-version';

export type MetricUnit = 'count' | 'items' | 'projects' | 'yuan' | 'ratio';
export type MetricTable = 't2' | 't3' | 't4' | 'rate';
/** Groups the dashboard offers metrics in (依申请公开, 主动公开 许可/处罚/强制/收费/采购, 复议诉讼). */
export type MetricCategory =
  | 'documents'
  | 'license'
  | 'other_services'
  | 'penalty'
  | 'coercion'
  | 'fee'
  | 'procurement'
  | 'requests'
  | 'review_litigation';

export type MetricFormula =
  /** Sum of other metrics. A term that is unknown makes the sum unknown. */
  | { op: 'sum'; terms: readonly string[] }
  /** (Σ numerator) / denominator; unknown when the denominator is 0 or unknown. */
  | { op: 'ratio'; numerator: readonly string[]; denominator: string }
  /** One series made of a different reported metric in each template (harmonised series). */
  | { op: 'pick'; byTemplate: Readonly<Record<TemplateVersion, string>> };

export type Metric = {
  key: string;
  table: MetricTable;
  category: MetricCategory;
  labelZh: string;
  labelEn: string;
  unit: MetricUnit;
  /** Templates in which the number is printed in the report. */
  reportedIn: readonly TemplateVersion[];
  /** Templates in which the value is computed by us from other values (never parsed). */
  derivedIn: readonly TemplateVersion[];
  formula?: MetricFormula;
  /** Human-readable formula, Chinese, for tooltips and docs. */
  formulaZh?: string;
  /** How the series continues across the 2020→2021 template change (spec §9.6). */
  continuity: Comparability;
  signed: boolean;
  /** Where the value is printed: table row and column label. */
  rowLabel?: string;
  columnLabel?: string;
  /** t3 keys: the row and column ids; t4: group and outcome. */
  row?: string;
  column?: string;
};

export const UNIT_LABELS: Record<MetricUnit, { zh: string; en: string }> = {
  count: { zh: '件', en: 'documents/cases' },
  items: { zh: '项', en: 'items' },
  projects: { zh: '个', en: 'projects' },
  yuan: { zh: '元', en: 'yuan' },
  ratio: { zh: '%', en: '%' },
};

/**
 * Decimal places a computed value (a median, a mean, a rate) keeps when shown or exported. Printed counts are
 * whole, but a median of counts can fall half-way (12.5), so counts keep one place; money keeps fen; a ratio is
 * a fraction, so four places are 0.01 %. Float noise such as 0.6650849999999999 never leaves the product.
 */
export const UNIT_PRECISION: Record<MetricUnit, number> = { count: 1, items: 1, projects: 1, yuan: 2, ratio: 4 };

/**
 * A computed value rounded to its metric's unit (half away from zero), as a plain decimal string without
 * trailing zeros. Exact decimal strings with no more places than the unit keeps come back unchanged.
 */
export function roundToUnit(value: number | string | null | undefined, unit: MetricUnit): string | null {
  if (value === null || value === undefined || value === '') return null;
  const text = typeof value === 'number' ? value.toString() : value.trim();
  const places = UNIT_PRECISION[unit];
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) {
    const n = Number(text);
    if (!Number.isFinite(n)) return null;
    const fixed = n.toFixed(places + 2);

    // Beyond 1e21 toFixed answers in exponent form too: no places left to round.
    return /e/i.test(fixed) ? fixed : roundToUnit(fixed, unit);
  }
  const [, sign, whole, frac = ''] = match;
  if (frac.length <= places) return stripZeros(`${sign}${whole}${frac ? `.${frac}` : ''}`);
  // String arithmetic, so large exact decimals (money) are not pushed through a double.
  const kept = `${whole}${frac.slice(0, places)}`;
  const roundUp = frac.charCodeAt(places) >= 53; // '5'
  const digits = roundUp ? increment(kept) : kept;
  const intLen = digits.length - places;
  const body = places === 0 ? digits : `${digits.slice(0, intLen) || '0'}.${digits.slice(intLen)}`;
  const result = stripZeros(body.replace(/^0+(?=\d)/, ''));

  return sign && /[1-9]/.test(result) ? `-${result}` : result;
}

function increment(digits: string): string {
  const out = digits.split('');
  for (let i = out.length - 1; i >= 0; i -= 1) {
    if (out[i] === '9') out[i] = '0';
    else {
      out[i] = String(Number(out[i]) + 1);

      return out.join('');
    }
  }

  return `1${out.join('')}`;
}

function stripZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** roundToUnit by metric key (count precision for an unknown key). */
export function roundForMetric(value: number | string | null | undefined, metricKey: string): string | null {
  return roundToUnit(value, METRICS_BY_KEY.get(metricKey)?.unit ?? 'count');
}

export const CATEGORY_LABELS: Record<MetricCategory, { zh: string; en: string }> = {
  documents: { zh: '主动公开·规章和规范性文件', en: 'Proactive · rules and normative documents' },
  license: { zh: '主动公开·行政许可', en: 'Proactive · permits' },
  other_services: { zh: '主动公开·其他对外管理服务事项', en: 'Proactive · other services' },
  penalty: { zh: '主动公开·行政处罚', en: 'Proactive · penalties' },
  coercion: { zh: '主动公开·行政强制', en: 'Proactive · coercive measures' },
  fee: { zh: '主动公开·行政事业性收费', en: 'Proactive · fees' },
  procurement: { zh: '主动公开·政府集中采购', en: 'Proactive · procurement' },
  requests: { zh: '依申请公开', en: 'Disclosure requests' },
  review_litigation: { zh: '行政复议和行政诉讼', en: 'Reconsideration and litigation' },
};

const T2_UNIT: Record<T2Unit, MetricUnit> = { count: 'count', items: 'items', projects: 'projects', money: 'yuan' };
const T2_CATEGORY: Record<string, MetricCategory> = {
  reg: 'documents',
  nd: 'documents',
  license: 'license',
  othersvc: 'other_services',
  penalty: 'penalty',
  coercion: 'coercion',
  fee: 'fee',
  procure: 'procurement',
};

export const t3Key = (row: string, column: T3ColumnId | 'org'): string => `t3_${row}_${column}`;
export const t4Key = (group: string, outcome: T4OutcomeId): string => `t4_${group}_${outcome}`;

function buildTable2(): Metric[] {
  const byKey = new Map<string, Metric>();
  for (const version of TEMPLATE_VERSIONS) {
    for (const block of T2_LAYOUT[version]) {
      for (const row of block.rows) {
        for (const column of block.columns) {
          const key = `t2_${row.id}_${column.id}`;
          const existing = byKey.get(key);
          if (existing) {
            byKey.set(key, { ...existing, reportedIn: [...existing.reportedIn, version] });
            continue;
          }
          const money = column.unit === 'money';
          byKey.set(key, {
            key,
            table: 't2',
            category: T2_CATEGORY[row.id] ?? 'documents',
            labelZh: `${row.label}·${money ? column.label.replace(/（单位：万元）/, '') : column.label}`,
            labelEn: `${row.en}: ${column.en}`,
            unit: T2_UNIT[column.unit],
            reportedIn: [version],
            derivedIn: [],
            // Decisions are the one Table 2 series that continues with only a label change (§9.6.2).
            continuity: column.id === 'decisions' ? 'same' : 'break',
            signed: column.signed === true,
            rowLabel: row.label,
            columnLabel: column.label,
            row: row.id,
            column: column.id,
          });
        }
      }
    }
  }

  return [...byKey.values()];
}

function buildTable3(): Metric[] {
  const metrics: Metric[] = [];
  const rowTitle = (row: (typeof T3_ROWS)[number]) =>
    row.group === 'top' || row.group === 'result' ? row.label : `${T3_GROUP_LABELS[row.group].label}${row.label}`;
  const rowTitleEn = (row: (typeof T3_ROWS)[number]) =>
    row.group === 'top' || row.group === 'result' ? row.en : `${T3_GROUP_LABELS[row.group].en}: ${row.en}`;
  const orgLabel = { zh: '法人或其他组织', en: 'organisations' };

  const rowDefs: {
    id: string;
    zh: string;
    en: string;
    reportedIn: readonly TemplateVersion[];
    derivedIn: readonly TemplateVersion[];
    terms?: readonly string[];
    continuity: Comparability;
  }[] = [];
  for (const row of T3_ROWS) {
    if (row.id === 'other_total') {
      // Printed in GB2019; in GB2021 the sum of the three （六） sub-items (spec §9.3, §9.6.1).
      rowDefs.push({
        id: row.id,
        zh: rowTitle(row),
        en: rowTitleEn(row),
        reportedIn: ['gb2019'],
        derivedIn: ['gb2021'],
        terms: ['other_no_correction', 'other_no_fee', 'other_misc'],
        continuity: 'same',
      });
      continue;
    }
    rowDefs.push({
      id: row.id,
      zh: rowTitle(row),
      en: rowTitleEn(row),
      reportedIn: row.versions,
      derivedIn: [],
      continuity: row.versions.length === 2 ? 'same' : 'break',
    });
  }
  for (const group of ['denied', 'unavail', 'rejected'] as const) {
    const g = T3_GROUP_LABELS[group];
    rowDefs.push({
      id: `${group}_total`,
      zh: `${g.label}（小计）`,
      en: `${g.en} (subtotal)`,
      reportedIn: [],
      derivedIn: TEMPLATE_VERSIONS,
      terms: T3_ROWS.filter((r) => r.group === group).map((r) => r.id),
      continuity: 'same',
    });
  }

  for (const def of rowDefs) {
    for (const column of [...T3_COLUMNS, { id: 'org' as const, label: orgLabel.zh, en: orgLabel.en }]) {
      const isOrg = column.id === 'org';
      const derivedIn: readonly TemplateVersion[] = isOrg ? TEMPLATE_VERSIONS.filter((v) => def.reportedIn.includes(v) || def.derivedIn.includes(v)) : def.derivedIn;
      const key = t3Key(def.id, column.id);
      let formula: MetricFormula | undefined;
      let formulaZh: string | undefined;
      if (isOrg) {
        formula = { op: 'sum', terms: T3_ORG_COLUMNS.map((c) => t3Key(def.id, c)) };
        formulaZh = '商业企业+科研机构+社会公益组织+法律服务机构+其他';
      } else if (def.terms) {
        formula = { op: 'sum', terms: def.terms.map((t) => t3Key(t, column.id)) };
        formulaZh = def.id === 'other_total' ? '（六）1+2+3' : `${def.zh.replace('（小计）', '')}各项之和`;
      }
      metrics.push({
        key,
        table: 't3',
        category: 'requests',
        labelZh: `${def.zh}·${column.label}`,
        labelEn: `${def.en}: ${column.en}`,
        unit: 'count',
        reportedIn: isOrg ? [] : def.reportedIn,
        derivedIn,
        formula,
        formulaZh,
        continuity: def.continuity,
        signed: false,
        rowLabel: def.zh,
        columnLabel: column.label,
        row: def.id,
        column: column.id,
      });
    }
  }

  return metrics;
}

function buildTable4(): Metric[] {
  const metrics: Metric[] = [];
  for (const group of T4_GROUPS) {
    for (const outcome of T4_OUTCOMES) {
      const zhGroup = group.id === 'review' ? group.label : `行政诉讼·${group.label}`;
      metrics.push({
        key: t4Key(group.id, outcome.id),
        table: 't4',
        category: 'review_litigation',
        labelZh: `${zhGroup}·${outcome.label}`,
        labelEn: `${group.en}: ${outcome.en}`,
        unit: 'count',
        reportedIn: TEMPLATE_VERSIONS,
        derivedIn: [],
        continuity: 'same',
        signed: false,
        rowLabel: zhGroup,
        columnLabel: outcome.label,
        row: group.id,
        column: outcome.id,
      });
    }
  }
  for (const outcome of T4_OUTCOMES) {
    metrics.push({
      key: t4Key('suit', outcome.id),
      table: 't4',
      category: 'review_litigation',
      labelZh: `行政诉讼（合计）·${outcome.label}`,
      labelEn: `Lawsuits (all): ${outcome.en}`,
      unit: 'count',
      reportedIn: [],
      derivedIn: TEMPLATE_VERSIONS,
      formula: { op: 'sum', terms: [t4Key('suit_direct', outcome.id), t4Key('suit_after_review', outcome.id)] },
      formulaZh: '未经复议直接起诉+复议后起诉',
      continuity: 'same',
      signed: false,
      row: 'suit',
      column: outcome.id,
    });
  }

  return metrics;
}

function derived(
  key: string,
  table: MetricTable,
  category: MetricCategory,
  labelZh: string,
  labelEn: string,
  unit: MetricUnit,
  formula: MetricFormula,
  formulaZh: string,
  continuity: Comparability,
): Metric {
  return { key, table, category, labelZh, labelEn, unit, reportedIn: [], derivedIn: TEMPLATE_VERSIONS, formula, formulaZh, continuity, signed: false };
}

function buildDerived(): Metric[] {
  return [
    derived(
      'h_reg_made',
      't2',
      'documents',
      '规章·本年制作/制发件数（跨版本）',
      'Rules made this year (harmonised)',
      'count',
      { op: 'pick', byTemplate: { gb2019: 't2_reg_new_made', gb2021: 't2_reg_issued' } },
      '2019版：本年新制作数量；2021版：本年制发件数',
      'approximate',
    ),
    derived(
      'h_nd_made',
      't2',
      'documents',
      '规范性文件·本年制作/制发件数（跨版本）',
      'Normative documents made this year (harmonised)',
      'count',
      { op: 'pick', byTemplate: { gb2019: 't2_nd_new_made', gb2021: 't2_nd_issued' } },
      '2019版：本年新制作数量；2021版：本年制发件数',
      'approximate',
    ),
    derived(
      'rate_disclosed',
      'rate',
      'requests',
      '公开率',
      'Disclosure rate',
      'ratio',
      { op: 'ratio', numerator: [t3Key('granted', 'tot'), t3Key('partial', 'tot')], denominator: t3Key('result_total', 'tot') },
      '（予以公开+部分公开）÷办理结果总计',
      'same',
    ),
    derived(
      'rate_denied',
      'rate',
      'requests',
      '不予公开率',
      'Withheld rate',
      'ratio',
      { op: 'ratio', numerator: [t3Key('denied_total', 'tot')], denominator: t3Key('result_total', 'tot') },
      '不予公开÷办理结果总计',
      'same',
    ),
    derived(
      'rate_unavailable',
      'rate',
      'requests',
      '无法提供率',
      'Cannot-provide rate',
      'ratio',
      { op: 'ratio', numerator: [t3Key('unavail_total', 'tot')], denominator: t3Key('result_total', 'tot') },
      '无法提供÷办理结果总计',
      'same',
    ),
    derived(
      'rate_review_corrected',
      'rate',
      'review_litigation',
      '复议纠错率',
      'Reconsideration correction rate',
      'ratio',
      { op: 'ratio', numerator: [t4Key('review', 'corrected')], denominator: t4Key('review', 'total') },
      '复议结果纠正÷复议总计',
      'same',
    ),
    derived(
      'rate_suit_corrected',
      'rate',
      'review_litigation',
      '诉讼纠错率',
      'Litigation correction rate',
      'ratio',
      { op: 'ratio', numerator: [t4Key('suit', 'corrected')], denominator: t4Key('suit', 'total') },
      '诉讼结果纠正÷诉讼总计（直接起诉+复议后起诉）',
      'same',
    ),
  ];
}

/** Every metric of both templates, reported and derived, in a stable order. */
export const METRICS: readonly Metric[] = [...buildTable2(), ...buildTable3(), ...buildTable4(), ...buildDerived()];

export const METRICS_BY_KEY: ReadonlyMap<string, Metric> = new Map(METRICS.map((m) => [m.key, m]));

export function getMetric(key: string): Metric | undefined {
  return METRICS_BY_KEY.get(key);
}

/** Metrics printed in a report of the given template, in printed order. */
export function reportedMetrics(template: TemplateVersion): Metric[] {
  return METRICS.filter((m) => m.reportedIn.includes(template));
}

/** Metrics we compute for a report of the given template. */
export function derivedMetrics(template: TemplateVersion): Metric[] {
  return METRICS.filter((m) => m.derivedIn.includes(template));
}

export function isAvailableIn(metric: Metric, template: TemplateVersion): boolean {
  return metric.reportedIn.includes(template) || metric.derivedIn.includes(template);
}

/**
 * Comparability of a metric between two consecutive reports (spec §9.6.8). The same template is
 * always `same`; a metric missing on either side is a `break`; otherwise the metric's own continuity.
 */
export function stepComparability(metric: Metric, from: TemplateVersion, to: TemplateVersion): Comparability {
  if (!isAvailableIn(metric, from) || !isAvailableIn(metric, to)) return 'break';
  if (from === to) return 'same';
  if (metric.formula?.op === 'pick') return metric.continuity;

  return metric.continuity;
}

/** A stretch of data years, inside a range asked for, in which a template applies that has no such metric. */
export type MetricGap = { template: TemplateVersion; from: number; to: number };

/**
 * The years of [yearFrom, yearTo] whose template neither prints nor derives the metric (procurement ends with
 * GB2019, some request rows begin with GB2021): where a chart or table shows nothing, the reason, not a gap
 * that reads as "no data". Empty for an unknown key or when every year has it.
 */
export function metricGaps(key: string, yearFrom: number, yearTo: number): MetricGap[] {
  const metric = getMetric(key);
  if (!metric) return [];
  const gaps: MetricGap[] = [];
  for (const template of TEMPLATE_VERSIONS) {
    if (metric.reportedIn.includes(template) || metric.derivedIn.includes(template)) continue;
    const span = TEMPLATE_DATA_YEARS[template];
    const from = Math.max(yearFrom, span.from);
    const to = Math.min(yearTo, span.to ?? yearTo);
    if (from <= to) gaps.push({ template, from, to });
  }

  return gaps;
}
