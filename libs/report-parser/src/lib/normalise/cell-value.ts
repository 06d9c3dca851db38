import Decimal from 'decimal.js';

import { type ValueFlag } from '../model/parsed-report';
import { collapseWhitespace, nfkc } from './text';

/**
 * Reads one table cell (spec D01–D07): a number, a blank, a not-applicable placeholder, or money with its
 * unit. Exact decimals only (decimal.js); the printed text always travels with the reading.
 */

export type CellClass = 'empty' | 'number' | 'na' | 'text';

export type CellReading = {
  state: 'number' | 'blank' | 'na';
  /** Exact decimal string (money in 元), or null. */
  value: string | null;
  /** The cell as printed, whitespace collapsed. */
  raw: string;
  printedUnit?: 'yuan' | 'wan' | null;
  flags: ValueFlag[];
};

export type CellKind = {
  /** GB2019 本年增/减: a leading '+' is accepted (a '-' is read everywhere and left to the rules). */
  signed?: boolean;
  money?: boolean;
  /** Unit fixed by the column header (GB2021 本年收费金额（单位：万元）). A unit in the cell wins. */
  headerUnit?: 'wan' | 'yuan';
};

/** Placeholders that mean "not applicable / nothing to report" (D02–D04). Never read as 0. */
const NA_TOKENS = new Set(['/', '\\', '-', '--', '---', '—', '——', '–', '―', '─', '无', '暂无', '不适用', '×', 'x', 'X', 'NA', 'N/A', 'n/a', '/ /']);

const COUNT_SUFFIX = /(?:件|项|个|条|次|宗|人)$/;
const INTEGER_OR_DECIMAL = /^[+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?$/;
const MONEY = /^([+-]?(?:\d+|\d{1,3}(?:,\d{3})+)(?:\.\d+)?)(万元|元|万)?$/;

function prepare(text: string): string {
  // NFKC turns full-width digits, '－' and '＋' into ASCII (D06, D07); 〇/○ are zeros written as characters.
  const collapsed = collapseWhitespace(nfkc(text));

  return collapsed.length <= 2 ? collapsed.replace(/^[〇○]$/, '0') : collapsed;
}

/** What kind of content a cell holds, to tell row labels from value cells. */
export function classifyCell(text: string): CellClass {
  const t = prepare(text);
  if (t === '') return 'empty';
  if (NA_TOKENS.has(t) || /^[-—–―─]+$/.test(t)) return 'na';
  const bare = t.replace(COUNT_SUFFIX, '').trim();
  if (INTEGER_OR_DECIMAL.test(bare) || MONEY.test(bare.replace(/\s+/g, ''))) return 'number';

  return 'text';
}

function toPlain(decimal: Decimal): string {
  // toFixed() without digits never uses exponent notation and keeps every significant digit.
  return decimal.toFixed();
}

/** Count cells repeat ('0' most of all): their readings are memoised (bounded). Callers copy `flags`. */
const COUNT_CACHE = new Map<string, CellReading>();
const COUNT_CACHE_LIMIT = 20_000;

/** Reads a value cell. Unreadable text is state 'na' with the 'unparsed' flag and the raw text kept. */
export function readCell(text: string, kind: CellKind = {}): CellReading {
  if (kind.money) return readUncached(text, kind);
  const cached = COUNT_CACHE.get(text);
  if (cached) return { ...cached, flags: [...cached.flags] };
  const reading = readUncached(text, kind);
  if (COUNT_CACHE.size >= COUNT_CACHE_LIMIT) COUNT_CACHE.clear();
  COUNT_CACHE.set(text, reading);

  return { ...reading, flags: [...reading.flags] };
}

function readUncached(text: string, kind: CellKind): CellReading {
  const raw = collapseWhitespace(text);
  const t = prepare(text);
  if (t === '') return { state: 'blank', value: null, raw, flags: [] };
  if (NA_TOKENS.has(t) || /^[-—–―─]+$/.test(t)) return { state: 'na', value: null, raw, flags: [] };

  if (kind.money) {
    const m = MONEY.exec(t.replace(/\s+/g, ''));
    if (!m) return { state: 'na', value: null, raw, flags: ['unparsed'] };
    const amount = new Decimal((m[1] as string).replace(/,/g, ''));
    const cellUnit = m[2] === '元' ? 'yuan' : m[2] ? 'wan' : null;
    const unit = cellUnit ?? kind.headerUnit ?? null;
    if (!unit) {
      // Spec T2_2019_PROC_UNIT: never assume 万元. The number stays in `raw`; the value in 元 is unknown.
      return { state: 'number', value: null, raw, printedUnit: null, flags: ['unit_unknown'] };
    }

    return { state: 'number', value: toPlain(unit === 'wan' ? amount.times(10000) : amount), raw, printedUnit: unit, flags: [] };
  }

  const bare = t.replace(COUNT_SUFFIX, '').trim();
  if (!INTEGER_OR_DECIMAL.test(bare)) {
    // Includes spaced digits such as '2 1': a stray space or two numbers in one cell cannot be told apart,
    // so the cell is not guessed at (the raw text is kept for a human).
    return { state: 'na', value: null, raw, flags: ['unparsed'] };
  }
  const number = new Decimal(bare.replace(/,/g, '').replace(/^\+/, ''));

  return { state: 'number', value: toPlain(number), raw, flags: [] };
}
