import { createHash, randomUUID } from 'node:crypto';

import { encodeValueSources, type StoredProvenance } from '@gongkai/database';
import { type IssuerKind, type RegionLevel, type RuleMode, type RuleScope, type RuleSeverity, type TemplateId, type ValueState } from '@gongkai/domain';
import { refreshPrimaryReports } from '@gongkai/report-store';
import { type DataSource } from 'typeorm';

export type FixtureRegion = { code: string; name: string; level: RegionLevel; parentCode: string | null; path: string };
export type FixtureAlias = { regionCode: string; alias: string; kind: 'code' | 'name'; validFrom?: number; validTo?: number };
export type FixtureValue = string | null | { value: string | null; state: ValueState; raw?: string };
export type FixtureIssue = { rule: string; severity: RuleSeverity; modes: RuleMode[]; scope?: RuleScope };
export type FixtureReport = {
  /** Test-local name of the report, returned mapped to its uuid. */
  key: string;
  regionCode: string;
  issuerName: string;
  issuerKind: IssuerKind;
  year: number;
  template: TemplateId;
  status?: 'current' | 'superseded';
  publishedOn?: string | null;
  /** ISO timestamp; later ingestions are newer versions. */
  ingestedAt?: string;
  sampleData?: boolean;
  values?: Record<string, FixtureValue>;
  issues?: FixtureIssue[];
  /** The parser flagged the report (parsed.needsReview). */
  needsReview?: boolean;
};

/**
 * Writes a small, fully known data set straight into the tables (the schema of the platform's migration), so the
 * read-side SQL is tested against exact numbers without depending on the parser, then refreshes the primary
 * reports of the region-years written (refreshPrimaryReports, as the report store's transactions do). Returns
 * report key → id.
 */
export async function insertReadSideFixtures(
  dataSource: DataSource,
  input: { regions: FixtureRegion[]; aliases?: FixtureAlias[]; reports: FixtureReport[] },
): Promise<Map<string, string>> {
  for (const r of input.regions) {
    await dataSource.query(
      `INSERT INTO region (code, name, level, parent_code, path) VALUES ($1, $2, $3::region_level_enum, $4, $5)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, parent_code = EXCLUDED.parent_code, path = EXCLUDED.path`,
      [r.code, r.name, r.level, r.parentCode, r.path],
    );
  }
  for (const a of input.aliases ?? []) {
    await dataSource.query(`INSERT INTO region_alias (id, region_code, alias, kind, valid_from, valid_to) VALUES ($1, $2, $3, $4, $5, $6)`, [
      randomUUID(),
      a.regionCode,
      a.alias,
      a.kind,
      a.validFrom ?? null,
      a.validTo ?? null,
    ]);
  }
  const issuers = new Map<string, string>();
  const ids = new Map<string, string>();
  for (const report of input.reports) {
    const issuerKey = `${report.regionCode}|${report.issuerName}`;
    let issuerId = issuers.get(issuerKey);
    if (!issuerId) {
      issuerId = randomUUID();
      issuers.set(issuerKey, issuerId);
      await dataSource.query(`INSERT INTO issuer (id, name, normalized_name, kind, region_code) VALUES ($1, $2, $2, $3::issuer_kind_enum, $4)`, [
        issuerId,
        report.issuerName,
        report.issuerKind,
        report.regionCode,
      ]);
    }
    const documentId = randomUUID();
    const content = Buffer.from(`${report.key} ${report.issuerName}${report.year}年政府信息公开工作年度报告`, 'utf8');
    await dataSource.query(
      `INSERT INTO source_document (id, sha256, file_name, format, media_type, byte_size, content) VALUES ($1, $2, $3, 'txt', 'text/plain', $4, $5)`,
      [documentId, createHash('sha256').update(content).digest('hex'), `${report.key}.txt`, content.length, content],
    );
    const id = randomUUID();
    ids.set(report.key, id);
    await dataSource.query(
      `INSERT INTO report (id, source_document_id, issuer_id, region_code, year, template, scope, status, title, published_on, sample_data,
         parser_version, ingested_at, parsed)
       VALUES ($1, $2, $3, $4, $5, $6::template_enum, 'self', $7::report_status_enum, $8, $9::date, $10, 'test', $11::timestamptz, $12::jsonb)`,
      [
        id,
        documentId,
        issuerId,
        report.regionCode,
        report.year,
        report.template,
        report.status ?? 'current',
        `${report.issuerName}${report.year}年政府信息公开工作年度报告`,
        report.publishedOn ?? null,
        report.sampleData ?? false,
        report.ingestedAt ?? '2026-01-01T00:00:00Z',
        JSON.stringify(report.needsReview ? { needsReview: true } : {}),
      ],
    );
    const sources: { key: string; provenance: StoredProvenance }[] = [];
    for (const [key, fixture] of Object.entries(report.values ?? {})) {
      const v = typeof fixture === 'object' && fixture !== null ? fixture : { value: fixture, state: fixture === null ? ('blank' as const) : ('number' as const) };
      await dataSource.query(`INSERT INTO report_value (report_id, metric_key, value, state, raw) VALUES ($1, $2, $3::numeric, $4::value_state_enum, $5)`, [
        id,
        key,
        v.value,
        v.state,
        ('raw' in v ? v.raw : undefined) ?? v.value ?? '',
      ]);
      if (v.state !== 'derived') sources.push({ key, provenance: { table: key.slice(0, 2), rowLabel: key, columnLabel: 'col', tableIndex: 1, row: 2, col: 3 } });
    }
    // In the format the store writes (the migrations test also turns it back into the older one).
    const sourcesText = encodeValueSources(sources);
    if (sourcesText !== null) await dataSource.query(`INSERT INTO report_value_source (report_id, sources) VALUES ($1, $2)`, [id, sourcesText]);
    for (const issue of report.issues ?? []) {
      await dataSource.query(
        `INSERT INTO validation_issue (id, report_id, rule, severity, modes, scope, cells, expected, actual, message_zh, message_en)
         VALUES ($1, $2, $3, $4::severity_enum, $5::text[], $6::rule_scope_enum, $7::text[], '1', '2', '不一致', 'mismatch')`,
        [randomUUID(), id, issue.rule, issue.severity, issue.modes, issue.scope ?? 'report', ['t3_new_received_tot']],
      );
    }
  }
  // What the report store does in its write transactions: the analytics read model of the region-years written.
  await refreshPrimaryReports(
    { query: async (text, values) => ({ rows: await dataSource.query(text, values) }) },
    input.reports.map((r) => ({ regionCode: r.regionCode, year: r.year })),
  );

  return ids;
}
