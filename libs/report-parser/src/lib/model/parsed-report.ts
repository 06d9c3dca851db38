import {
  type IssuerKind,
  type ReportScope,
  type RuleId,
  type RuleMode,
  type RuleSeverity,
  type TemplateId,
  type ValueState,
} from '@gongkai/domain';

import { type SourceFormat } from './document-model';

/** Where a value was read: enough to find the cell again in the original document. */
export type Provenance = {
  table: 't2' | 't3' | 't4';
  /** Row and column labels as printed (whitespace collapsed), e.g. '（一）予以公开' / '自然人'. */
  rowLabel: string;
  columnLabel: string;
  /** Position in the document model: table index and grid coordinates of the cell. */
  tableIndex: number;
  row: number;
  col: number;
  page?: number;
  /**
   * The cell's rectangle on its page, as fractions of the page's width and height from the top-left corner:
   * [x0, y0, x1, y1]. Set where the reader knows the geometry (OCR always; PDF text layers may), so a page
   * image can be cropped to the cell for a person to compare.
   */
  box?: [number, number, number, number];
};

export type ValueFlag =
  /** A whole Table 3 row printed as one number (spec D11). */
  | 'collapsed'
  /** Money without a unit in the cell or header (spec T2_2019_PROC_UNIT). */
  | 'unit_unknown'
  /** Traditional characters converted before matching. */
  | 'converted_hant'
  /**
   * Added by the parser (compatible extension): the cell holds text that is neither a number nor a known
   * placeholder (e.g. spaced digits '2 1'); state is 'na', value null, `raw` keeps the text.
   */
  | 'unparsed'
  /**
   * Added by the parser (compatible extension): the metric belongs to the template but no cell for it
   * was found (e.g. the three GB2021 （六） sub-rows when a report prints （六） as one row); state 'blank'.
   */
  | 'missing'
  /** Read by OCR from a page image (scanned PDF or photo): `ocr` on the value says how sure the reading is. */
  | 'ocr'
  /**
   * OCR was unsure of a digit and the template's arithmetic picked the alternative: `ocr.read` keeps what was
   * read, `ocr.chosenBy` names the rule that decided.
   */
  | 'ocr_rule_chosen'
  /** A person corrected the value after the report was stored: `correction` says who, when and what it was. */
  | 'corrected';

/** How an OCR reading of one cell went. */
export type OcrValueReading = {
  /** 0…1: the lowest character confidence in the cell (one unsure digit makes the whole number unsure). */
  confidence: number;
  /** The text OCR read, before any rule chose another alternative. */
  read: string;
  /** The rule whose arithmetic chose the stored value over `read`, when one did. */
  chosenBy?: RuleId;
};

/** A person's correction of a stored value: the report is stored again as a new version carrying it. */
export type ValueCorrection = {
  /** The value and state before the correction. */
  previous: string | null;
  previousState: ValueState;
  /** The token name (or local owner) that made it, and when (ISO 8601). */
  by: string;
  at: string;
  note?: string;
};

export type ParsedValue = {
  key: string;
  /**
   * Exact decimal as a string: integers for counts, 元 for money ('23594197'), a ratio for rates.
   * null for blank, not-applicable and underivable values.
   */
  value: string | null;
  state: ValueState;
  /** The cell text as printed (trimmed). Empty for a blank cell; for derived values, the formula. */
  raw: string;
  /** Money only: the unit the document printed (in the cell or the header), or null when none. */
  printedUnit?: 'yuan' | 'wan' | null;
  flags: ValueFlag[];
  /** Null only for derived values, which name their inputs in `derivedFrom`. */
  provenance: Provenance | null;
  derivedFrom?: string[];
  /** Set with the flag 'ocr'. */
  ocr?: OcrValueReading;
  /** Set with the flag 'corrected'. */
  correction?: ValueCorrection;
};

/** How a scanned report was read (ParsedReport.ocr). */
export type OcrSummary = {
  /** The engine, its version and model, e.g. 'Tesseract 5.3.0 (chi_sim)'. */
  engine: string;
  /** Resolution the pages were read at. */
  dpi: number;
  pages: number;
  /** Values below this confidence (0…1) make the report needs_review. */
  threshold: number;
  meanConfidence: number;
  /** How many values fell below the threshold, and how many a rule chose. */
  lowConfidence: number;
  ruleChosen: number;
  /** Wall time of the OCR, per page, in milliseconds. */
  msPerPage: number;
};

export type Finding = {
  rule: RuleId;
  /** The table a finding is about when it names no metric cell (UNMATCHED_ROW); compatible extension. */
  table?: 't2' | 't3' | 't4';
  severity: RuleSeverity;
  /**
   * The modes in which the problem fails, in RULE_MODES order: ['strict', 'lenient'], or ['lenient'] alone
   * when only reading blank applicant cells as 0 makes it fail. One finding per problem.
   */
  modes: RuleMode[];
  /** The metric keys of the cells involved. */
  cells: string[];
  expected: string;
  actual: string;
  messageZh: string;
  messageEn: string;
};

export type ExtraRow = { table: 't2' | 't3' | 't4'; label: string; cells: string[] };

/**
 * A row the mapper saw but could not place cell by cell (fewer or more value cells than the template's
 * columns, with no cell positions to tell which is which): its cells are not read, and say so.
 */
export type AmbiguousRow = { table: 't2' | 't3' | 't4'; label: string; cells: string[]; keys: string[] };

export type ParsedLocation = {
  /** The contact address the document states, as printed. */
  address?: string;
  postcode?: string;
  /** Phone numbers as printed ('0894-5731699'), and their area codes ('0894'). */
  phones: string[];
  areaCodes: string[];
  /** Host names the document names or was served from (www.pingtan.gov.cn). */
  hosts: string[];
};

/** One paragraph of the narrative, with where it was printed. */
export type ProseParagraph = {
  /** The paragraph as printed, trimmed. */
  text: string;
  /** Index of the paragraph block in the document model (the element: HTML/docx paragraph, PDF or text line). */
  block: number;
  /** 1-based page (PDF). */
  page?: number;
  /** Character offsets [start, end) in the document's paragraph text (paragraph blocks joined by '\n'). */
  start: number;
  end: number;
};

export type ProseSection = {
  /** Section numeral 一…六. */
  numeral: string;
  /** The heading as printed, e.g. '五、存在的主要问题及改进情况'. */
  heading: string;
  block: number;
  page?: number;
  start: number;
  /** The paragraphs between this heading and the next (tables left out). */
  paragraphs: ProseParagraph[];
};

/** The report's text, section by section: what the assessment compares with the tables and with last year. */
export type ParsedProse = {
  /** Paragraphs before the first section heading (title, preamble). */
  preamble: ProseParagraph[];
  sections: ProseSection[];
  /** Paragraphs after the report: a web page's furniture (download links, site footer), kept apart from section 六. */
  trailer: ProseParagraph[];
  /** True when the text was longer than the parser keeps (paragraphs past the cap are left out). */
  truncated?: boolean;
};

export type ParsedReport = {
  parserVersion: string;
  format: SourceFormat;
  encoding?: string;
  /** Title as printed, lines joined and whitespace removed. */
  title: string | null;
  /** The reporting body as the title names it. */
  issuer: string | null;
  issuerKind: IssuerKind;
  /** The data year (not the publication year). */
  year: number | null;
  template: TemplateId;
  /** ISO date the document or page states, or null. */
  publishedOn: string | null;
  period: { start: string; end: string } | null;
  scope: ReportScope;
  script: 'hans' | 'hant';
  /** Generated documents say they are samples; the flag travels with the report. */
  sampleData: boolean;
  location: ParsedLocation;
  /** Section numerals found in order, e.g. ['一','二','三','四','五','六']. */
  sections: string[];
  /** Each section's heading and paragraphs, with provenance (parser 0.3.0 onward). */
  prose: ParsedProse;
  /** Every reported and derived metric of the template, keyed by catalogue key. */
  values: Record<string, ParsedValue>;
  extraRows: ExtraRow[];
  findings: Finding[];
  /** Things the parser tolerated and wants a reader to know (plain English, for logs). */
  notes: string[];
  /**
   * True when the parser could not read the report completely and a person should look at it before its
   * numbers are trusted: a template cell was not found, a row's cells could not be told apart, or a row
   * carrying numbers matched no template label. `reviewReasons` says why, one line each (English).
   */
  needsReview: boolean;
  reviewReasons: string[];
  /**
   * Set when the values were read by OCR from page images. Such a report is needsReview unless every ERROR
   * rule passes and every value is at or above `ocr.threshold`.
   */
  ocr?: OcrSummary;
};

/**
 * What a report says about itself besides its values and findings (format, issuer, contact details, section
 * headings, notes, rows outside the template): the part a store keeps whole next to the value rows.
 */
export type ParsedReportDetails = Pick<
  ParsedReport,
  'format' | 'encoding' | 'issuerKind' | 'script' | 'location' | 'sections' | 'notes' | 'extraRows' | 'needsReview' | 'reviewReasons' | 'ocr'
> & {
  issuerName: string | null;
};

export function parsedReportDetails(parsed: ParsedReport): ParsedReportDetails {
  return {
    format: parsed.format,
    encoding: parsed.encoding,
    issuerName: parsed.issuer,
    issuerKind: parsed.issuerKind,
    script: parsed.script,
    location: parsed.location,
    sections: parsed.sections,
    notes: parsed.notes,
    extraRows: parsed.extraRows,
    needsReview: parsed.needsReview,
    reviewReasons: parsed.reviewReasons,
    ...(parsed.ocr ? { ocr: parsed.ocr } : {}),
  };
}
