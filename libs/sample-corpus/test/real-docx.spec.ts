import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { parseReport, parseReportSync } from '@gongkai/report-parser';

import { renderPrintedCells } from '../src';

/**
 * No real county has given us a .docx yet, so each real web page and text report is re-published as a
 * Word file (its raw cell texts in the generator's Word layout) and must read back to the same values.
 */
const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'corpus', 'real');
const SOURCES = ['report.txt', 'page.html'];

const documents = existsSync(CORPUS)
  ? readdirSync(CORPUS).flatMap((id) => SOURCES.filter((f) => existsSync(join(CORPUS, id, f))).map((f) => ({ id, file: join(CORPUS, id, f) })))
  : [];

describe('real reports re-published as docx', () => {
  if (documents.length === 0) {
    if (process.env.CI === 'true') throw new Error(`real corpus missing at ${CORPUS} (required when CI=true)`);
    it.skip(`needs the real corpus at ${CORPUS}`, () => undefined);

    return;
  }

  it.each(documents.map((d) => [d.id, d.file]))('%s reads back the same values from a docx', async (_id, file) => {
    const original = await parseReport(readFileSync(file), { fileName: file });
    if (original.template === 'nonstandard' || original.year === null) throw new Error(`${file} did not parse as a template report`);
    const cells: Record<string, string> = {};
    for (const [key, value] of Object.entries(original.values)) if (value.provenance) cells[key] = value.raw;
    const docx = renderPrintedCells({ template: original.template, year: original.year, title: original.title ?? '', cells }, 'docx');
    expect(docx).not.toBeNull();

    const reread = parseReportSync(docx as Uint8Array, { format: 'docx' });
    const pick = (values: typeof original.values) =>
      Object.fromEntries(Object.entries(values).map(([key, v]) => [key, { value: v.value, state: v.state }]));
    expect(reread.template).toBe(original.template);
    expect(pick(reread.values)).toEqual(pick(original.values));
    const rules = (r: typeof original) => [...new Set(r.findings.filter((f) => f.severity === 'ERROR' && f.modes.includes('strict')).map((f) => f.rule))].sort();
    expect(rules(reread)).toEqual(rules(original));
  });
});
