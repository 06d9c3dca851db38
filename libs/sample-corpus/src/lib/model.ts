import { type RuleId, type TemplateVersion } from '@gongkai/domain';
import { type SampleNarrative } from './narrative';

/** A county-level region the generator writes reports for. */
export type SampleRegion = {
  /** GB/T 2260 code, e.g. '540421'. */
  code: string;
  name: string;
  prefectureName: string;
  provinceName: string;
  /** 县 / 区 / 县级市 / 自治县 / 旗 …: decides the issuer wording and magnitudes. */
  kind: 'county' | 'district' | 'city' | 'autonomous_county' | 'banner' | 'other';
  /** Optional real postcode and telephone area code; when absent the contact line omits them. */
  postcode?: string;
  areaCode?: string;
};

/** The deviations of spec §7 a sample uses (ids from the spec). */
export type DeviationId =
  | 'D01_BLANK_ZERO'
  | 'D01_BLANK_TOTAL_SUBROWS'
  | 'D02_NA_SLASH'
  | 'D05_MONEY_WAN'
  | 'D05_MONEY_YUAN'
  | 'D05_MONEY_BARE'
  | 'D06_PLUS_SIGN'
  | 'D09_SPACED_LABELS'
  | 'D09_WRAPPED_LABELS'
  | 'D11_COLLAPSED_ROWS'
  | 'D13_TRADITIONAL'
  | 'D17_HEADING_VARIANT'
  | 'D19_BOOKMARK'
  | 'TITLE_SPLIT';

/** Deliberate errors: each breaks the ERROR rule it names (spec §6, strict mode). */
export type InjectedErrorKind = 'broken_balance' | 'wrong_row_total' | 'wrong_result_sum' | 't4_total_zero';

export type InjectedError = { kind: InjectedErrorKind; rule: RuleId; where: string };

export type ExpectedState = 'number' | 'blank' | 'na';

/** What a correct parser reads from one printed cell. Money values are exact decimal 元. */
export type ExpectedValue = {
  value: string | null;
  state: ExpectedState;
  /** Cell text as printed (trimmed, before any traditional conversion). */
  raw: string;
  /** Money only: the unit printed in the cell or header; null when the cell is bare. */
  printedUnit?: 'yuan' | 'wan' | null;
  /** True when the row was printed as one collapsed value (D11). */
  collapsed?: boolean;
};

/** One cell of a corpus-style expected table: number, null (blank) or "NA" ('/'). */
export type CorpusCell = number | null | 'NA';

/** The same shape as corpus/real/<id>/expected.json, plus the flat catalogue-keyed `values`. */
export type ExpectedDocument = {
  id: string;
  title: string;
  /** The title in simplified characters (equal to `title` unless the document is 繁體). */
  titleSimplified: string;
  issuer: string;
  year: number;
  template: TemplateVersion;
  published_on: string;
  region_hint: string;
  t2: Record<string, CorpusCell | string>;
  t3: Record<string, CorpusCell[]>;
  t4: { values: CorpusCell[] };
  deviations: string[];
  failing_rules: RuleId[];
  notes: string;
  /** Every metric printed in the template, keyed by catalogue key (reportedMetrics(template)). */
  values: Record<string, ExpectedValue>;
  sampleData: true;
  script: 'hans' | 'hant';
  regionCode: string;
};

/** The numbers behind one report (before printing decisions), in catalogue keys; money as decimal strings. */
export type TrueValues = Record<string, number | string>;

export type HtmlEncoding = 'utf-8' | 'gbk';

export type SampleReport = {
  region: SampleRegion;
  year: number;
  template: TemplateVersion;
  /** A stable id: `${regionCode}-${year}`. */
  id: string;
  title: string;
  titleLines: string[];
  issuer: string;
  publishedOn: string;
  /** Printed cell text per catalogue key, before traditional conversion (what the renderers print). */
  cells: Record<string, string>;
  /** Rows of Table 3 printed as a single 0 (D11). */
  collapsedRows: string[];
  deviations: DeviationId[];
  injectedErrors: InjectedError[];
  expectedFailingRules: RuleId[];
  expected: ExpectedDocument;
  /** Rendering choices drawn once so every format of the same sample agrees. */
  style: SampleStyle;
  /** Paragraph text of the six sections and the preamble (simplified). */
  text: SampleText;
  /** The sentences of sections 一, 五, 六 and what of them repeats last year's (numbers and dates aside). */
  narrative: SampleNarrative;
};

export type SampleText = {
  preamble: string;
  headings: [string, string, string, string, string, string];
  overview: string[];
  problems: string[];
  other: string[];
  signature: string;
  dateLine: string;
  attachmentNote: boolean;
};

export type SampleStyle = {
  traditional: boolean;
  htmlEncoding: HtmlEncoding;
  /** GB2019 Table 2 header printed '本年新⏎制作数量'. */
  wrapNewMade: boolean;
  spacedLabels: boolean;
  wrappedLabels: boolean;
  bookmark: boolean;
  titleSplit: boolean;
  headingIndent: string[];
  /** HTML: pad values with &nbsp; like TRS exports. */
  nbspPadding: boolean;
  /** HTML: <br/> (true) or separate <p> (false) for in-cell line breaks. */
  brBreaks: boolean;
  cms: 'trs' | 'plain';
};
