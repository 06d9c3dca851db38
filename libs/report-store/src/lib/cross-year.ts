import { type Queryable } from '@gongkai/database';
import { type TemplateId } from '@gongkai/domain';
import { CROSS_YEAR_OPERAND_KEYS, type Finding, type RuleValue, validateCrossYear } from '@gongkai/report-parser';
import { v7 as timeOrderedUuid } from 'uuid';

import { textArrayLiteral } from './report-rows';

/** An issuer's year whose current report changed (stored, superseded, deleted, promoted). */
export type ChangedYear = { issuerId: string; year: number };

type CurrentReport = { id: string; issuer_id: string; year: number; template: TemplateId; sample_data: boolean };

/**
 * Recomputes the cross-year findings (spec §6: carry-over, stock, items) touched by changes to the given
 * issuer-years, against the whole database as this transaction sees it: the findings of a step
 * (year−1 → year) belong to the later report, so a change at `year` refreshes the current reports of `year`
 * (against year−1) and of `year+1` (against `year`). A real report is never compared with a sample one.
 * Run inside the writing transaction, after the change.
 * Returns how many findings were written.
 */
export async function refreshCrossYear(client: Queryable, changed: readonly ChangedYear[]): Promise<number> {
  if (changed.length === 0) return 0;
  // The later report of every step that may have changed.
  const targets = new Map<string, ChangedYear>();
  for (const c of changed) {
    for (const year of [c.year, c.year + 1]) targets.set(`${c.issuerId}|${year}`, { issuerId: c.issuerId, year });
  }
  const list = [...targets.values()];
  // Current reports of each target year and the year before it, in one statement.
  const reports = (
    await client.query(
      `SELECT DISTINCT r."id", r."issuer_id", r."year", r."template"::text AS "template", r."sample_data"
       FROM unnest($1::uuid[], $2::int[]) AS t("issuer_id", "year")
       JOIN "report" r ON r."issuer_id" = t."issuer_id" AND r."year" IN (t."year", t."year" - 1) AND r."status" = 'current'`,
      [list.map((t) => t.issuerId), list.map((t) => t.year)],
    )
  ).rows as CurrentReport[];
  const byYear = new Map(reports.map((r) => [`${r.issuer_id}|${r.year}`, r]));
  const later = list.map((t) => byYear.get(`${t.issuerId}|${t.year}`)).filter((r): r is CurrentReport => r !== undefined);
  if (later.length === 0) return 0;

  const values = new Map<string, Record<string, RuleValue>>();
  const valueRows = (
    await client.query(
      `SELECT "report_id", "metric_key", "value"::text AS "value", "state"::text AS "state", "flags"
       FROM "report_value" WHERE "report_id" = ANY($1::uuid[]) AND "metric_key" = ANY($2::text[])`,
      [reports.map((r) => r.id), CROSS_YEAR_OPERAND_KEYS],
    )
  ).rows as { report_id: string; metric_key: string; value: string | null; state: string; flags: string[] }[];
  for (const row of valueRows) {
    let record = values.get(row.report_id);
    if (!record) values.set(row.report_id, (record = {}));
    record[row.metric_key] = { value: row.value, state: row.state, flags: row.flags };
  }

  await client.query(`DELETE FROM "validation_issue" WHERE "report_id" = ANY($1::uuid[]) AND "scope" = 'cross_year'`, [later.map((r) => r.id)]);
  const out: { reportId: string; finding: Finding }[] = [];
  for (const current of later) {
    const previous = byYear.get(`${current.issuer_id}|${current.year - 1}`);
    // Generated sample data says nothing about a real report (and the reverse): such a step has no findings.
    if (!previous || previous.sample_data !== current.sample_data) continue;
    const findings = validateCrossYear(
      { year: previous.year, template: previous.template, values: values.get(previous.id) ?? {} },
      { year: current.year, template: current.template, values: values.get(current.id) ?? {} },
    );
    for (const finding of findings) out.push({ reportId: current.id, finding });
  }
  if (out.length > 0) {
    await client.query(
      `INSERT INTO "validation_issue" ("id", "report_id", "rule", "severity", "modes", "scope", "cells", "expected", "actual", "message_zh", "message_en")
       SELECT n."id", n."r", n."rule", n."sev", n."modes"::text[], 'cross_year', n."cells"::text[], n."e", n."a", n."zh", n."en"
       FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::severity_enum[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[])
         AS n("id", "r", "rule", "sev", "modes", "cells", "e", "a", "zh", "en")`,
      [
        out.map(() => timeOrderedUuid()),
        out.map((o) => o.reportId),
        out.map((o) => o.finding.rule),
        out.map((o) => o.finding.severity),
        out.map((o) => textArrayLiteral(o.finding.modes)),
        out.map((o) => textArrayLiteral(o.finding.cells)),
        out.map((o) => o.finding.expected),
        out.map((o) => o.finding.actual),
        out.map((o) => o.finding.messageZh),
        out.map((o) => o.finding.messageEn),
      ],
    );
  }

  return out.length;
}
