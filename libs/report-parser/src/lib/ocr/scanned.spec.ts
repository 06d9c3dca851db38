import { type DocumentModel } from '../model/document-model';
import { extractHtml } from '../extract/html';
import { DEFAULT_T3, DEFAULT_T4, type ReportSpec, reportHtml } from '../../testing/report-builder';
import { scannedLayerOf } from '../../testing/scanned-layer';
import { digitAlternatives, type OcrCell, parseScannedLayer, parseScannedModel } from './scanned';

const META = { engine: 'test', dpi: 200, msPerPage: 1, pages: 1 };

/** The OCR cells a reader would have returned for the model's tables, in reading order, with given confidences. */
function cellsOf(model: DocumentModel): OcrCell[] {
  const out: OcrCell[] = [];
  let n = 0;
  for (const block of model.blocks) {
    if (block.kind !== 'table') continue;
    block.grid.forEach((line) =>
      line.forEach((cell, c) => {
        if (cell.covered || cell.padding) return;
        out.push({ page: 1, box: [c / 20, n / 200, (c + 1) / 20, (n + 1) / 200], text: cell.text, confidence: 0.97 });
        n += 1;
      }),
    );
  }
  return out;
}

function scanned(spec: ReportSpec) {
  const model = extractHtml(reportHtml(spec));
  return parseScannedModel(model, cellsOf(model), META);
}

describe('digitAlternatives', () => {
  it('swaps one commonly confused digit at a time and never makes a leading zero', () => {
    expect(digitAlternatives('8').sort()).toEqual(['0', '3', '6']);
    expect(digitAlternatives('17').sort()).toEqual(['11', '77']);
    expect(digitAlternatives('80')).not.toContain('00');
    expect(digitAlternatives('4')).toEqual([]);
  });
});

describe('parseScannedModel', () => {
  it('flags every value as OCR with its cell confidence and a box, and a clean sure scan needs no review', () => {
    const report = scanned({ template: 'gb2021' });
    const v = report.values['t3_new_received_np'];
    expect(v?.flags).toContain('ocr');
    expect(v?.ocr).toEqual({ confidence: 0.97, read: '3' });
    expect(v?.provenance?.box).toHaveLength(4);
    expect(report.ocr).toMatchObject({ engine: 'test', dpi: 200, threshold: 0.9, lowConfidence: 0, ruleChosen: 0 });
    expect(report.needsReview).toBe(false);
  });

  it('chooses the one alternative that makes the row total and the balance hold, and records it', () => {
    // 3 printed, read as 8 (a 3↔8 confusion): only 3 makes 8+1+…=4 hold.
    const report = scanned({ template: 'gb2021', t3: { ...DEFAULT_T3, new_received: [8, 1, 0, 0, 0, 0, 4] } });
    const v = report.values['t3_new_received_np'];
    expect(v?.value).toBe('3');
    expect(v?.flags).toEqual(expect.arrayContaining(['ocr', 'ocr_rule_chosen']));
    expect(v?.ocr?.read).toBe('8');
    expect(['T3_ROW_TOTAL', 'T3_BALANCE']).toContain(v?.ocr?.chosenBy);
    expect(report.findings.filter((f) => f.severity === 'ERROR')).toEqual([]);
    expect(report.ocr?.ruleChosen).toBe(1);
  });

  it('refuses to choose when two alternatives both make the rules hold: the rule fails and the report needs review', () => {
    // Table 4 reconsideration: upheld 1, total read 7. Total 7→1 balances, and so does upheld 1→7.
    const t4 = [...DEFAULT_T4];
    t4[4] = 7;
    const report = scanned({ template: 'gb2021', t4 });
    // The reading stays as printed: one Table 4 value is still 7.
    expect(Object.values(report.values).filter((v) => v.key.startsWith('t4_') && v.value === '7')).toHaveLength(1);
    expect(Object.values(report.values).some((v) => v.flags.includes('ocr_rule_chosen'))).toBe(false);
    expect(report.findings.some((f) => f.rule === 'T4_GROUP_TOTAL' && f.severity === 'ERROR')).toBe(true);
    expect(report.needsReview).toBe(true);
    expect(report.reviewReasons.some((r) => r.includes('T4_GROUP_TOTAL'))).toBe(true);
  });

  it('marks a report with a value below the confidence threshold as needing review', () => {
    // Every cell printed '3' read unsure.
    const model = extractHtml(reportHtml({ template: 'gb2021' }));
    const report = parseScannedModel(model, cellsOf(model).map((c) => (c.text === '3' ? { ...c, confidence: 0.4 } : c)), META);
    expect(report.values['t3_new_received_np']?.ocr?.confidence).toBe(0.4);
    expect(report.ocr?.lowConfidence).toBeGreaterThan(0);
    expect(report.needsReview).toBe(true);
  });
});

describe('parseScannedLayer (through the PDF path\'s grid model)', () => {
  it('reads positioned text and rules as the tables, every value flagged with its cell box', () => {
    const model = extractHtml(reportHtml({ template: 'gb2021' }));
    const report = parseScannedLayer(scannedLayerOf(model));
    const direct = parseScannedModel(model, cellsOf(model), META);
    for (const key of Object.keys(direct.values)) expect(report.values[key]?.value).toBe(direct.values[key]?.value);
    expect(report.values['t3_new_received_tot']?.value).toBe('4');
    expect(report.values['t3_new_received_tot']?.flags).toContain('ocr');
    expect(report.values['t3_new_received_tot']?.provenance?.box).toHaveLength(4);
    expect(report.values['t3_new_received_tot']?.provenance?.page).toBeGreaterThanOrEqual(1);
    expect(report.needsReview).toBe(false);
  });
});
