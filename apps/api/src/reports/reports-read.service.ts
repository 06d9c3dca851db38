import { decodeValueSources } from '@gongkai/database';
import { Inject, Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { type ReportOrder } from '../core/graphql/enums/report-order.enum';
import { READ_DATA_SOURCE } from '../database/database.constants';
import { RegionsService } from '../regions/regions.service';
import { buildSubtreeSql } from '../regions/utils/build-subtree-sql.util';
import { escapeLikePattern } from '../regions/utils/escape-like-pattern.util';
import { FAILED_RULE_CONDITION } from './constants/failed-rule-condition.constant';
import { FINDING_COUNT_SQL, QUALITY_RANK_SQL, QUALITY_RANKS, REPORT_COLUMNS } from './constants/report-columns.constant';
import { type FindingFilterInput } from './dtos/finding-filter.input';
import { type ReportFilterInput } from './dtos/report-filter.input';
import { ReportReadException, ReportReadExceptionCode } from './report-read.exception';
import { type FindingRow } from './types/finding-row.type';
import { type IssuerRow } from './types/issuer-row.type';
import { type RegionChangeRow } from './types/region-change-row.type';
import { type ReportNarrativeRow } from './types/report-narrative-row.type';
import { type ReportRow } from './types/report-row.type';
import { type ReportValueRow } from './types/report-value-row.type';
import { type SourceDocumentRow } from './types/source-document-row.type';
import { createSqlParameters, type SqlParameters } from './utils/create-sql-parameters.util';
import { decodeCursor } from './utils/decode-cursor.util';
import { encodeCursor } from './utils/encode-cursor.util';
import { resolvePageSize } from './utils/resolve-page-size.util';

export type Page<T> = { items: { cursor: string; row: T }[]; hasNextPage: boolean; endCursor: string | null; totalCount: number };
export type DatasetInfoRow = { reportCount: number; sampleReportCount: number; yearMin: number | null; yearMax: number | null; lastIngestedAt: string | null };
export type VersionKey = { issuerId: string; year: number };

type ReportCursor = [year: number, regionCode: string, id: string];
/** The first entry names the order, so a cursor of the year order is refused here instead of misread. */
/** timestamptz as PostgreSQL prints it (DateStyle ISO), e.g. 2026-12-08 00:30:12.123456+00. */
const PG_TIMESTAMPTZ_TEXT = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2})?$/;
type SortKey = { sql: string; type: 'int' | 'text' | 'timestamptz' };
/**
 * The sort keys of each order (then r.id, in the same direction; year_desc keeps its own (-year, region, id)
 * keyset and cursor). tag is the cursor's first entry, so a cursor of one order is refused by another instead of
 * misread ('ingested' kept so cursors made before the other orders still work). Timestamps travel as text:
 * microseconds that a JavaScript Date would round away. Names compare by code point (COLLATE "C"), the same on
 * PostgreSQL and PGlite whatever the database's locale.
 */
const REPORT_SORTS: Record<ReportOrder, { tag: string; desc: boolean; keys: SortKey[] }> = {
  year_desc: { tag: 'year_desc', desc: false, keys: [] },
  year_asc: { tag: 'year_asc', desc: false, keys: [{ sql: 'r.year', type: 'int' }, { sql: 'r.region_code', type: 'text' }] },
  ingested_desc: { tag: 'ingested', desc: true, keys: [{ sql: 'r.ingested_at', type: 'timestamptz' }] },
  ingested_asc: { tag: 'ingested_asc', desc: false, keys: [{ sql: 'r.ingested_at', type: 'timestamptz' }] },
  issuer_asc: { tag: 'issuer_asc', desc: false, keys: [{ sql: 'i.name COLLATE "C"', type: 'text' }] },
  issuer_desc: { tag: 'issuer_desc', desc: true, keys: [{ sql: 'i.name COLLATE "C"', type: 'text' }] },
  findings_desc: { tag: 'findings_desc', desc: true, keys: [{ sql: FINDING_COUNT_SQL, type: 'int' }] },
  findings_asc: { tag: 'findings_asc', desc: false, keys: [{ sql: FINDING_COUNT_SQL, type: 'int' }] },
  quality_desc: { tag: 'quality_desc', desc: true, keys: [{ sql: QUALITY_RANK_SQL, type: 'int' }] },
  quality_asc: { tag: 'quality_asc', desc: false, keys: [{ sql: QUALITY_RANK_SQL, type: 'int' }] },
};
type FindingCursor = [year: number, regionCode: string, reportId: string, findingId: string];

const FINDING_COLUMNS = `vi.id, vi.report_id, vi.rule, vi.severity::text AS severity, vi.modes, vi.scope::text AS scope,
  vi.cells, vi.expected, vi.actual, vi.message_zh, vi.message_en`;
const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The read side of reports: connections with keyset pagination, look-ups for the DataLoaders, dataset facts. */
/** Characters of an issuer search (a name is far shorter; longer text is a mistake, not a search). */
const MAX_ISSUER_SEARCH = 100;

@Injectable()
export class ReportsReadService {
  constructor(
    @Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly regionsService: RegionsService,
  ) {}

  async findById(id: string): Promise<ReportRow | null> {
    const [row] = await this.findByIds([id]);

    return row ?? null;
  }

  /** Aligned with `ids` (null for misses and for ids that are not uuids). */
  async findByIds(ids: readonly string[]): Promise<(ReportRow | null)[]> {
    const valid = ids.filter((id) => UUID_PATTERN.test(id));
    const rows: ReportRow[] = valid.length
      ? await this.dataSource.query(`SELECT ${REPORT_COLUMNS} FROM report r JOIN issuer i ON i.id = r.issuer_id WHERE r.id = ANY($1::uuid[])`, [valid])
      : [];
    const byId = new Map(rows.map((row) => [row.id, row]));

    return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
  }

  /**
   * Reports connection in one of the ReportOrder orders, keyset-paged: the cursor holds the order's tag, its sort
   * keys and the id, and the next page is one row comparison on the same tuple as ORDER BY.
   */
  async list(
    first: number | null | undefined,
    after: string | null | undefined,
    where: ReportFilterInput | null | undefined,
    orderBy: ReportOrder = 'year_desc',
  ): Promise<Page<ReportRow>> {
    const size = resolvePageSize(first);
    const params = createSqlParameters();
    const conditions = await this.reportConditions(params, where ?? {});
    const countSql = `SELECT count(*) AS n FROM report r JOIN issuer i ON i.id = r.issuer_id WHERE ${conditions.join(' AND ')}`;
    const countValues = [...params.values];
    const sort = REPORT_SORTS[orderBy];
    if (after && orderBy === 'year_desc') {
      const [year, regionCode, id] = decodeCursor<ReportCursor>(after, ['number', 'string', 'string']);
      requireUuid(after, id);
      // One row comparison on (-year, region, id) — the same order as ORDER BY — so an index on that
      // expression can seek straight to the cursor (the keyset index of migration 1764370000000).
      conditions.push(`(-r.year, r.region_code, r.id) > (${params.add(-year, 'int')}, ${params.add(regionCode)}::varchar, ${params.add(id, 'uuid')})`);
    } else if (after) {
      const shape = ['string', ...sort.keys.map((key) => (key.type === 'int' ? 'number' : 'string')), 'string'] as const;
      const parts = decodeCursor<(string | number)[]>(after, shape);
      const id = String(parts.at(-1));
      const keysValid = sort.keys.every((key, i) => key.type !== 'timestamptz' || PG_TIMESTAMPTZ_TEXT.test(String(parts[i + 1])));
      if (parts[0] !== sort.tag || !keysValid) throw new ReportReadException(`Invalid cursor: ${after}`, ReportReadExceptionCode.INVALID_CURSOR);
      requireUuid(after, id);
      const values = sort.keys.map((key, i) => `${params.add(parts[i + 1], key.type === 'int' ? 'int' : 'text')}::${key.type}`);
      conditions.push(`(${sort.keys.map((key) => key.sql).join(', ')}, r.id) ${sort.desc ? '<' : '>'} (${values.join(', ')}, ${params.add(id, 'uuid')})`);
    }
    const limit = params.add(size + 1, 'int');
    const order =
      orderBy === 'year_desc' ? '-r.year, r.region_code, r.id' : [...sort.keys.map((key) => key.sql), 'r.id'].map((sql) => `${sql}${sort.desc ? ' DESC' : ''}`).join(', ');
    const keyColumns = sort.keys.map((key, i) => `, (${key.sql})${key.type === 'timestamptz' ? '::text' : ''} AS sort_key_${i}`).join('');
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT ${REPORT_COLUMNS}${keyColumns} FROM report r JOIN issuer i ON i.id = r.issuer_id
         WHERE ${conditions.join(' AND ')} ORDER BY ${order} LIMIT ${limit}`,
        params.values,
      ) as Promise<(ReportRow & Record<string, unknown>)[]>,
      this.dataSource.query(countSql, countValues) as Promise<{ n: string | number }[]>,
    ]);
    const cursorOf = (row: ReportRow & Record<string, unknown>) =>
      orderBy === 'year_desc'
        ? encodeCursor([row.year, row.region_code, row.id])
        : encodeCursor([sort.tag, ...sort.keys.map((key, i) => (key.type === 'int' ? Number(row[`sort_key_${i}`]) : String(row[`sort_key_${i}`]))), row.id]);

    return toPage(rows, size, Number(count[0]?.n ?? 0), cursorOf);
  }

  /** Findings of current reports (the data-quality list), ordered like reports, then by finding id. */
  async listFindings(first: number | null | undefined, after: string | null | undefined, where: FindingFilterInput | null | undefined): Promise<Page<FindingRow>> {
    const size = resolvePageSize(first);
    const params = createSqlParameters();
    const filter = where ?? {};
    const conditions = [`r.status = 'current'`, ...(await this.regionYearConditions(params, filter))];
    if (filter.rule) conditions.push(`vi.rule = ${params.add(filter.rule)}`);
    if (filter.severity) conditions.push(`vi.severity = ${params.add(filter.severity, 'severity_enum')}`);
    // A mode filter keeps the problems failing in that mode: one row per problem carries all its modes.
    if (filter.mode) conditions.push(`${params.add(filter.mode, 'text')} = ANY(vi.modes)`);
    const from = `validation_issue vi JOIN report r ON r.id = vi.report_id`;
    const countValues = [...params.values];
    const countSql = `SELECT count(*) AS n FROM ${from} WHERE ${conditions.join(' AND ')}`;
    if (after) {
      const [year, regionCode, reportId, findingId] = decodeCursor<FindingCursor>(after, ['number', 'string', 'string', 'string']);
      requireUuid(after, reportId, findingId);
      conditions.push(
        `(-r.year, r.region_code, r.id, vi.id) > (${params.add(-year, 'int')}, ${params.add(regionCode)}::varchar, ${params.add(reportId, 'uuid')}, ${params.add(findingId, 'uuid')})`,
      );
    }
    const limit = params.add(size + 1, 'int');
    const [rows, count] = await Promise.all([
      this.dataSource.query(
        `SELECT ${FINDING_COLUMNS}, r.year AS report_year, r.region_code AS report_region_code FROM ${from}
         WHERE ${conditions.join(' AND ')} ORDER BY -r.year, r.region_code, r.id, vi.id LIMIT ${limit}`,
        params.values,
      ) as Promise<(FindingRow & { report_year: number; report_region_code: string })[]>,
      this.dataSource.query(countSql, countValues) as Promise<{ n: string | number }[]>,
    ]);

    return toPage(rows, size, Number(count[0]?.n ?? 0), (row) => encodeCursor([row.report_year, row.report_region_code, row.report_id, row.id]));
  }

  /**
   * Every value of each report (DataLoader), in catalogue key order of storage (metric_key), with where it was
   * printed: the fact rows (report_value) joined in memory to the report's one report_value_source row.
   */
  async findValues(reportIds: readonly string[]): Promise<ReportValueRow[][]> {
    const [rows, sourceRows] = await Promise.all([
      this.dataSource.query(
        `SELECT v.report_id, v.metric_key, v.value::text AS value, v.state::text AS state, v.raw, v.printed_unit, v.flags
         FROM report_value v WHERE v.report_id = ANY($1::uuid[]) ORDER BY v.report_id, v.metric_key`,
        [reportIds],
      ) as Promise<Omit<ReportValueRow, 'provenance' | 'derived_from'>[]>,
      this.dataSource.query(`SELECT s.report_id, s.sources FROM report_value_source s WHERE s.report_id = ANY($1::uuid[])`, [reportIds]) as Promise<
        { report_id: string; sources: string }[]
      >,
    ]);
    const sourcesOf = new Map(sourceRows.map((row) => [row.report_id, decodeValueSources(row.sources)]));
    const values: ReportValueRow[] = rows.map((row) => {
      const source = sourcesOf.get(row.report_id)?.get(row.metric_key);

      return { ...row, provenance: source?.provenance ?? null, derived_from: source?.derivedFrom ?? null, ocr: source?.ocr ?? null, correction: source?.correction ?? null };
    });

    return groupBy(reportIds, values, (row) => row.report_id);
  }

  /** Page image metadata of a scanned report (never the bytes), in page order. */
  async findPageImages(reportId: string): Promise<{ page: number; width: number; height: number; dpi: number; media_type: string }[]> {
    if (!UUID_PATTERN.test(reportId)) return [];

    return this.dataSource.query(`SELECT "page", "width", "height", "dpi", "media_type" FROM "report_page_image" WHERE "report_id" = $1 ORDER BY "page"`, [reportId]);
  }

  /** The text of each report (DataLoader), null for a report stored before the parser kept it. */
  async findNarratives(reportIds: readonly string[]): Promise<(ReportNarrativeRow | null)[]> {
    const rows: ReportNarrativeRow[] = await this.dataSource.query(`SELECT "report_id", "parser_version", "prose" FROM "report_narrative" WHERE "report_id" = ANY($1::uuid[])`, [reportIds]);
    const byId = new Map(rows.map((row) => [row.report_id, row]));

    return reportIds.map((id) => byId.get(id) ?? null);
  }

  /** Every finding of each report (DataLoader): errors first, then by rule. */
  async findFindings(reportIds: readonly string[]): Promise<FindingRow[][]> {
    const rows: FindingRow[] = await this.dataSource.query(
      `SELECT ${FINDING_COLUMNS} FROM validation_issue vi WHERE vi.report_id = ANY($1::uuid[]) ORDER BY vi.report_id, vi.severity, vi.rule, NOT ('strict' = ANY(vi.modes)), vi.id`,
      [reportIds],
    );

    return groupBy(reportIds, rows, (row) => row.report_id);
  }

  /** Distinct failed rule ids of each report (DataLoader), sorted. */
  async findFailedRules(reportIds: readonly string[]): Promise<string[][]> {
    const rows: { report_id: string; rule: string }[] = await this.dataSource.query(
      `SELECT DISTINCT vi.report_id, vi.rule FROM validation_issue vi WHERE vi.report_id = ANY($1::uuid[]) AND ${FAILED_RULE_CONDITION}
       ORDER BY vi.report_id, vi.rule`,
      [reportIds],
    );

    return groupBy(reportIds, rows, (row) => row.report_id).map((group) => group.map((row) => row.rule));
  }

  /** The region changes of each report, oldest first (DataLoader). */
  async findRegionChanges(reportIds: readonly string[]): Promise<RegionChangeRow[][]> {
    const valid = reportIds.filter((id) => UUID_PATTERN.test(id));
    const rows: RegionChangeRow[] = valid.length
      ? await this.dataSource.query(
          `SELECT id, report_id, from_region_code, to_region_code, reason, changed_by, changed_at FROM report_region_change
           WHERE report_id = ANY($1::uuid[]) ORDER BY report_id, changed_at, id`,
          [valid],
        )
      : [];

    return groupBy(reportIds, rows, (row) => row.report_id);
  }

  /** All reports of the same issuer and year, newest ingestion first (DataLoader). */
  async findVersions(keys: readonly VersionKey[]): Promise<ReportRow[][]> {
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT ${REPORT_COLUMNS} FROM report r JOIN issuer i ON i.id = r.issuer_id
       JOIN unnest($1::uuid[], $2::int[]) AS k(issuer_id, year) ON k.issuer_id = r.issuer_id AND k.year = r.year
       ORDER BY r.ingested_at DESC, r.id`,
      [keys.map((k) => k.issuerId), keys.map((k) => k.year)],
    );

    return groupBy(keys.map(versionKey), rows, (row) => versionKey({ issuerId: row.issuer_id, year: row.year }));
  }

  async findIssuers(ids: readonly string[]): Promise<(IssuerRow | null)[]> {
    const rows: IssuerRow[] = await this.dataSource.query(`SELECT i.id, i.name, i.kind::text AS kind, i.region_code FROM issuer i WHERE i.id = ANY($1::uuid[])`, [ids]);
    const byId = new Map(rows.map((row) => [row.id, row]));

    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Document metadata only: the bytes stay in the database until the REST download asks for them. */
  async findSourceDocuments(ids: readonly string[]): Promise<(SourceDocumentRow | null)[]> {
    const rows: SourceDocumentRow[] = await this.dataSource.query(
      // A document's reports (its corrected versions too) all carry the same conversion record: any one says it.
      `SELECT d.id, d.file_name, d.format, d.sha256, d.byte_size, r.parsed->'conversion'->>'by' AS converted_by
         FROM source_document d LEFT JOIN LATERAL (SELECT x.parsed FROM report x WHERE x.source_document_id = d.id LIMIT 1) r ON true
         WHERE d.id = ANY($1::uuid[])`,
      [ids],
    );
    const byId = new Map(rows.map((row) => [row.id, row]));

    return ids.map((id) => byId.get(id) ?? null);
  }

  async datasetInfo(): Promise<DatasetInfoRow> {
    const [row]: { n: string | number; samples: string | number; year_min: number | null; year_max: number | null; last: Date | string | null }[] =
      await this.dataSource.query(
        // One sub-select per figure, each answered by a partial index (IDX_report_year_current,
        // IDX_report_year_current_sample, IDX_report_ingested_at) rather than one pass over every report row.
        `SELECT (SELECT count(*) FROM report r WHERE r.status = 'current') AS n,
                (SELECT count(*) FROM report r WHERE r.status = 'current' AND r.sample_data) AS samples,
                (SELECT min(r.year) FROM report r WHERE r.status = 'current') AS year_min,
                (SELECT max(r.year) FROM report r WHERE r.status = 'current') AS year_max,
                (SELECT max(r.ingested_at) FROM report r) AS last`,
      );

    return {
      reportCount: Number(row?.n ?? 0),
      sampleReportCount: Number(row?.samples ?? 0),
      yearMin: row?.year_min ?? null,
      yearMax: row?.year_max ?? null,
      lastIngestedAt: row?.last ? new Date(row.last).toISOString() : null,
    };
  }

  private async reportConditions(params: SqlParameters, where: ReportFilterInput): Promise<string[]> {
    const conditions = [`r.status = ${params.add(where.status ?? 'current', 'report_status_enum')}`, ...(await this.regionYearConditions(params, where))];
    if (where.template) conditions.push(`r.template = ${params.add(where.template, 'template_enum')}`);
    if (where.issuerKind) conditions.push(`i.kind = ${params.add(where.issuerKind, 'issuer_kind_enum')}`);
    const issuer = where.issuer?.trim();
    if (issuer) {
      if (issuer.length > MAX_ISSUER_SEARCH) throw new ReportReadException(`issuer must be at most ${MAX_ISSUER_SEARCH} characters`, ReportReadExceptionCode.INVALID_FILTER);
      conditions.push(`i.name LIKE ${params.add(`%${escapeLikePattern(issuer)}%`)}`);
    }
    if (where.hasFailedRules !== null && where.hasFailedRules !== undefined) {
      conditions.push(`${where.hasFailedRules ? '' : 'NOT '}EXISTS (SELECT 1 FROM validation_issue vi WHERE vi.report_id = r.id AND ${FAILED_RULE_CONDITION})`);
    }
    // 'none' is the quality of a report not held: no stored report has it.
    if (where.quality) conditions.push(where.quality === 'none' ? 'false' : `${QUALITY_RANK_SQL} = ${params.add(QUALITY_RANKS[where.quality], 'int')}`);

    return conditions;
  }

  private async regionYearConditions(params: SqlParameters, where: { regionCode?: string | null; yearFrom?: number | null; yearTo?: number | null }): Promise<string[]> {
    const conditions: string[] = [];
    if (where.yearFrom !== null && where.yearFrom !== undefined && where.yearTo !== null && where.yearTo !== undefined && where.yearFrom > where.yearTo) {
      throw new ReportReadException(`yearFrom ${where.yearFrom} is after yearTo ${where.yearTo}`, ReportReadExceptionCode.INVALID_FILTER);
    }
    if (where.regionCode) {
      const root = await this.regionsService.requireCode(where.regionCode);
      conditions.push(`r.region_code IN (${buildSubtreeSql(params.add(root))})`);
    }
    if (where.yearFrom !== null && where.yearFrom !== undefined) conditions.push(`r.year >= ${params.add(where.yearFrom, 'int')}`);
    if (where.yearTo !== null && where.yearTo !== undefined) conditions.push(`r.year <= ${params.add(where.yearTo, 'int')}`);

    return conditions;
  }
}

function requireUuid(cursor: string, ...ids: string[]): void {
  if (!ids.every((id) => UUID_PATTERN.test(id))) throw new ReportReadException(`Invalid cursor: ${cursor}`, ReportReadExceptionCode.INVALID_CURSOR);
}

function versionKey(key: VersionKey): string {
  return `${key.issuerId}:${key.year}`;
}

function groupBy<T>(keys: readonly string[], rows: readonly T[], keyOf: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);

  return keys.map((key) => groups.get(key) ?? []);
}

function toPage<T>(rows: T[], size: number, totalCount: number, cursorOf: (row: T) => string): Page<T> {
  const pageRows = rows.slice(0, size);
  const items = pageRows.map((row) => ({ cursor: cursorOf(row), row }));

  return { items, hasNextPage: rows.length > size, endCursor: items.at(-1)?.cursor ?? null, totalCount };
}
