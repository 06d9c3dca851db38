import { BRIEFING_WORDS, COMPARABILITY_LABELS, fillWording, SEVERITY_LABELS } from '@gongkai/domain';

import { type BriefingPack } from './briefing-pack.type';

/** Rows a slide's table holds at 11 pt; the rest are counted in a note under it, never dropped silently. */
export const MAX_TABLE_ROWS = 14;

export type BriefingCell = { text: string; tone?: 'bad' | 'sample' };
/** A table as both renderers draw it: `widths` are shares of the table's width. */
export type BriefingTable = {
  columns: string[];
  widths: number[];
  rows: BriefingCell[][];
  more: string | null;
};

function capped(table: Omit<BriefingTable, 'more'>, moreText: (n: number) => string): BriefingTable {
  const extra = table.rows.length - MAX_TABLE_ROWS;

  return { ...table, rows: table.rows.slice(0, MAX_TABLE_ROWS), more: extra > 0 ? moreText(extra) : null };
}

const w = BRIEFING_WORDS;

/** The pack's tables and the headline tiles' lines, worded once for the pptx and the PDF. */
export function briefingTables(pack: BriefingPack): {
  headlineLines: string[][];
  ranking: BriefingTable;
  chase: BriefingTable;
  findings: BriefingTable;
} {
  const headlineLines = pack.headline.figures.map((f) => {
    const lines = [f.basis];
    if (f.comparability === 'break') lines.push(w.notComparable.zh);
    else if (f.change !== null)
      lines.push(
        `${w.change.zh} ${f.change}${f.comparability === 'approximate' ? `（${COMPARABILITY_LABELS.approximate.zh}）` : ''}`,
      );
    if (f.previous !== null) lines.push(`${w.previous.zh} ${f.previous} ${f.unit}`);
    if (f.excluded.length > 0) lines.push(fillWording(w.excluded.zh, { names: f.excluded.join('、') }));

    return lines;
  });
  const ranking = capped(
    {
      columns: [
        w.rank.zh,
        w.county.zh,
        `${w.value.zh}（${pack.ranking.unit}）`,
        w.previous.zh,
        w.change.zh,
        w.rankChange.zh,
      ],
      widths: [0.1, 0.26, 0.18, 0.16, 0.17, 0.13],
      rows: pack.ranking.rows.map((r) => [
        { text: r.rank === null ? '—' : String(r.rank) },
        {
          text: r.sample ? `${r.region}（${w.sampleData.zh}）` : r.region,
          tone: r.sample ? 'sample' : undefined,
        },
        { text: r.value ?? r.stateNote ?? w.noValue.zh },
        { text: r.previous ?? '—' },
        { text: r.change ?? '—' },
        { text: r.rankChange ?? '—' },
      ]),
    },
    (n) => fillWording(w.moreRows.zh, { n }),
  );
  const chase = capped(
    {
      columns: [w.county.zh, w.status.zh, w.detail.zh, w.contact.zh],
      widths: [0.18, 0.17, 0.35, 0.3],
      rows:
        pack.coverage.chase.length === 0
          ? [[{ text: w.chaseNone.zh }, { text: '' }, { text: '' }, { text: '' }]]
          : pack.coverage.chase.map((r) => [
              { text: r.region },
              { text: r.status, tone: 'bad' },
              { text: r.detail },
              { text: r.contact },
            ]),
    },
    (n) => fillWording(w.moreRows.zh, { n }),
  );
  const rows = pack.findings.rows.map((f) => [
    { text: f.region },
    { text: String(f.year) },
    { text: f.rule },
    { text: f.severity, tone: f.severity === SEVERITY_LABELS.ERROR.zh ? ('bad' as const) : undefined },
  ]);
  const findings = capped(
    {
      columns: [w.county.zh, w.year.zh, w.rule.zh, w.severity.zh],
      widths: [0.18, 0.1, 0.6, 0.12],
      rows:
        rows.length === 0 ? [[{ text: w.findingsNone.zh }, { text: '' }, { text: '' }, { text: '' }]] : rows,
    },
    (n) =>
      fillWording(w.findingsMore.zh, { n: n + Math.max(0, pack.findings.total - pack.findings.rows.length) }),
  );
  // Findings beyond those handed to the pack are counted too (the api sends the first page only).
  if (!findings.more && pack.findings.total > pack.findings.rows.length)
    findings.more = fillWording(w.findingsMore.zh, { n: pack.findings.total - pack.findings.rows.length });

  return { headlineLines, ranking, chase, findings };
}
