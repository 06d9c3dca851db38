import { type Finding, type ParsedValue } from '../model/parsed-report';
import { reviewOfReport } from './ocr-review';

const value = (key: string, confidence: number | null, corrected = false): ParsedValue => ({
  key,
  value: '1',
  state: 'number',
  raw: '1',
  flags: [...(confidence === null ? [] : (['ocr'] as const)), ...(corrected ? (['corrected'] as const) : [])],
  provenance: null,
  ...(confidence === null ? {} : { ocr: { confidence, read: '1' } }),
});
const ocr = { engine: 'Tesseract', dpi: 200, pages: 1, threshold: 0.8, meanConfidence: 0.9, lowConfidence: 1, ruleChosen: 0, msPerPage: 1 };
const error: Finding = { rule: 'T3_BALANCE', severity: 'ERROR', modes: ['strict', 'lenient'], cells: [], expected: '1', actual: '2', messageZh: '', messageEn: '' };
const warn: Finding = { ...error, rule: 'T2_2019_PUB_LE_TOTAL', severity: 'WARN' };

describe('reviewOfReport: the review rule of a report read by OCR', () => {
  it('leaves a text-layer report to the reading findings alone', () => {
    expect(reviewOfReport({ findings: [error], values: { a: value('a', null) } })).toEqual({ needsReview: false, reviewReasons: [] });
  });

  it('needs review while a value is below the threshold and unconfirmed, or an ERROR rule fails', () => {
    const values = { a: value('a', 0.5), b: value('b', 0.95) };
    const unsure = reviewOfReport({ findings: [], values, ocr });
    expect(unsure.needsReview).toBe(true);
    expect(unsure.reviewReasons).toEqual(['OCR: 1 value(s) below confidence 0.8 and not confirmed by a person (a)']);
    const failing = reviewOfReport({ findings: [error, warn], values: { b: value('b', 0.95) }, ocr });
    expect(failing.reviewReasons).toEqual(['OCR: ERROR rules fail (T3_BALANCE): a digit may have been misread']);
  });

  it('passes once every ERROR rule passes and every unsure value is corrected or confirmed (a WARN does not hold it)', () => {
    expect(reviewOfReport({ findings: [warn], values: { a: value('a', 0.5, true), b: value('b', 0.8) }, ocr })).toEqual({ needsReview: false, reviewReasons: [] });
  });
});
