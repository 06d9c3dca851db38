import fc from 'fast-check';

import { parseReportSync } from '@gongkai/report-parser';

import { manySamples } from './helpers';
import { applyPerturbations, renderPerturbed, silentProperty, wrongValues } from './perturb';

/**
 * The never-silently-wrong property (issue 11): for a generated document with printing faults (cells
 * dropped or blanked, values shifted by an extra cell, labels wrapped), every value the parser reads
 * differently from what the document prints is named by at least one ERROR finding. Seeded, so a failure
 * reproduces; SILENT_RUNS sets the number of cases (the fuzz script runs many more).
 */
const RUNS = Number(process.env.SILENT_RUNS ?? 100);
const SEED = Number(process.env.SILENT_SEED ?? 20261207);
const samples = manySamples(14, 'silent-2026');

describe('never silently wrong', () => {
  it(`names every misread value in an ERROR finding (${RUNS} perturbed documents, seed ${SEED})`, () => {
    const check = silentProperty(samples);
    fc.assert(check.property, { seed: SEED, numRuns: RUNS });
    // The faults must actually make the parser misread some documents, or the property proves nothing.
    expect(check.misread()).toBeGreaterThan(0);
  }, 120_000);

  it('a misread value is flagged for review', () => {
    const sample = samples[0] as (typeof samples)[number];
    const { layout, truth } = applyPerturbations(sample, [{ kind: 'drop', table: 't3', row: 0, col: 2 }]);
    const parsed = parseReportSync(renderPerturbed(sample, layout, 'txt'), { format: 'txt' });
    expect(wrongValues(sample, truth, parsed).length).toBeGreaterThan(0);
    expect(parsed.needsReview).toBe(true);
    expect(parsed.findings.some((f) => f.rule === 'ROW_CELLS_AMBIGUOUS' && f.cells.includes('t3_new_received_np'))).toBe(true);
  });
});
