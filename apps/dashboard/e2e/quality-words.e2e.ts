import { readFileSync } from 'node:fs';

import { type Page } from 'playwright-core';

import { gql, type RunningApi } from './support/api-server';
import { describeInChromium } from './support/session';
import { parseCsv } from './support/png';

/**
 * Issue 12's test of point 7: what a supervisor exports from the quality page in Chinese holds no English word —
 * no internal key, code word or English message. Data a person typed or a machine named (web addresses, a
 * report's id) is not wording and is left out of the check.
 */
describeInChromium('the quality page exports in Chinese, without English words', (session) => {
  let api: RunningApi;
  let page: Page;
  let prefecture: string;

  beforeAll(async () => {
    ({ api, page } = session);
    const info = await gql<{ reports: { edges: Array<{ node: { region: { level: string; code: string; parentCode: string } } }> } }>(api.baseUrl, '{ reports(first: 1) { edges { node { region { code level parentCode } } } } }');
    const region = info.reports.edges[0]!.node.region;
    prefecture = region.level === 'prefecture' ? region.code : region.parentCode;
  }, 300_000);

  async function exportCsv(card: string): Promise<string[][]> {
    await page.waitForSelector(`[data-testid=${card}] [data-testid=export-csv]`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-testid=${card}] [data-testid=export-csv]`)]);

    return parseCsv(readFileSync(await download.path(), 'utf8'));
  }

  /** The English words of a table, a report id column and web addresses left out. */
  function englishWords(rows: string[][]): string[] {
    const header = rows.find((r) => r.includes('报告编号'));
    const idColumn = header ? header.indexOf('报告编号') : -1;
    const text = rows
      .map((r) => r.filter((_, i) => i !== idColumn).join(' '))
      .join('\n')
      .replace(/https?:\/\/\S+/g, ' ');

    return [...new Set(text.match(/[A-Za-z]{2,}/g) ?? [])];
  }

  it('exports the coverage grid, the status list and the findings list with Chinese words only', async () => {
    // Every year of the demo set, so the findings list holds the demo's deliberate errors (朗县 2025 among them).
    await page.goto(`${api.baseUrl}/quality?pref=${prefecture}&from=2019&to=2025`);
    await page.waitForSelector('[data-testid=card-findings] tbody tr');
    const grid = await exportCsv('card-coverage-grid');
    const list = await exportCsv('card-status-list');
    const findings = await exportCsv('card-findings');
    expect(findings.length).toBeGreaterThan(2);
    expect(findings.some((r) => r.includes('严格口径、宽松口径') && r.includes('错误'))).toBe(true);
    for (const [name, rows] of [
      ['coverage grid', grid],
      ['status list', list],
      ['findings', findings],
    ] as const) {
      expect({ name, words: englishWords(rows) }).toEqual({ name, words: [] });
    }
  });
});
