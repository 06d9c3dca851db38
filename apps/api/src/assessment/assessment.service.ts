import { Injectable } from '@nestjs/common';

import { assessConfirmedMissing, type AssessedReport, assessReport, rankScores, type ReportAssessment } from '@gongkai/assessment';
import { type AssessmentScheme, findAssessmentScheme, type IssuerKind, publicationDeadline, type RuleMode, type RuleSeverity, type TemplateId, type ValueState, withAssessmentWeights } from '@gongkai/domain';
import { bumpDatasetRevision } from '@gongkai/database';
import { type ParsedProse } from '@gongkai/report-parser';
import { DataSource } from 'typeorm';

import { DEFAULT_PRIMARY_ISSUER_KINDS } from '../analytics/constants/default-primary-issuer-kinds.constant';
import { computePublicationStatus } from '../analytics/utils/compute-publication-status.util';
import { RegionScopeService } from '../auth/region-scope.service';
import { TokensService } from '../auth/tokens.service';
import { type AuthContext } from '../auth/types/auth-context.type';
import { RegionsService } from '../regions/regions.service';
import { DatasetRevisionService } from '../response-cache/dataset-revision.service';
import { AssessmentException, AssessmentExceptionCode } from './assessment.exception';
import { computeBodyKey } from './utils/compute-body-key.util';

/** The scheme a score was made with, and whose weights. */
export type SchemeInUse = { scheme: AssessmentScheme; weightsRegionCode: string | null; weightsSavedAt: string | null };

/** A stored report as the assessment reads it, with what identifies it. */
export type StoredAssessed = {
  reportId: string;
  issuerId: string;
  issuerName: string;
  regionCode: string;
  regionName: string;
  sampleData: boolean;
  report: AssessedReport;
};

export type AssessedBody = {
  issuerId: string;
  issuerName: string;
  issuerKind: IssuerKind;
  regionCode: string;
  regionName: string;
  reportId: string | null;
  sampleData: boolean;
  assessment: ReportAssessment | null;
  rank: number | null;
  previousScore: number | null;
  previousYear: number | null;
};

type ReportMetaRow = {
  id: string;
  issuer_id: string;
  issuer_name: string;
  issuer_kind: IssuerKind;
  region_code: string;
  region_name: string;
  year: number;
  template: TemplateId;
  published_on: string | null;
  sample_data: boolean;
  parsed: { sections?: string[]; extraRows?: { table: string; label: string }[]; needsReview?: boolean };
  prose: ParsedProse | null;
};

/** How many earlier reports of a body the assessment reads: the previous one (for 非照搬往年) and its own previous (last year's score). */
const EARLIER_REPORTS = 2;
/** How far back a previous report is looked for. */
const LOOK_BACK_YEARS = 6;

type BodyReportRow = { id: string; year: number; region_code: string; issuer_name: string; parent_name: string | null; grandparent_name: string | null };

/**
 * The assessment (年报质量评估) of stored reports: reads each report's values, findings, details and text,
 * scores it with @gongkai/assessment against the same body's previous report, ranks a region's bodies.
 */
@Injectable()
export class AssessmentService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokensService,
    private readonly datasetRevision: DatasetRevisionService,
    private readonly regionScopeService: RegionScopeService,
    private readonly regionsService: RegionsService,
  ) {}

  /** The scheme by id with the weights a region's office saved (when `regionCode` has some). */
  async schemeFor(schemeId: string, regionCode: string | null): Promise<SchemeInUse> {
    const scheme = findAssessmentScheme(schemeId);
    if (!scheme) throw new AssessmentException(AssessmentExceptionCode.SCHEME_NOT_FOUND, `Unknown assessment scheme ${schemeId}`);
    if (regionCode === null) return { scheme, weightsRegionCode: null, weightsSavedAt: null };
    const [saved] = (await this.dataSource.query(
      `SELECT "weights", "saved_at" FROM "assessment_scheme" WHERE "region_code" = $1 AND "scheme_id" = $2`,
      [regionCode, scheme.id],
    )) as { weights: Record<string, number>; saved_at: Date | string }[];
    if (!saved) return { scheme, weightsRegionCode: null, weightsSavedAt: null };

    return { scheme: withAssessmentWeights(scheme, saved.weights), weightsRegionCode: regionCode, weightsSavedAt: new Date(saved.saved_at).toISOString() };
  }

  /** Every body of the region's subtree with a report of `year` (or an earlier one and none this year), scored and ranked. */
  async assessRegion(parentCode: string, year: number, schemeId: string): Promise<{ parentCode: string; parentName: string; scheme: SchemeInUse; bodies: AssessedBody[] }> {
    const region = await this.regionsService.findByCode(parentCode);
    if (!region) throw new AssessmentException(AssessmentExceptionCode.REGION_NOT_FOUND, `Unknown region code ${parentCode}`);
    const scheme = await this.schemeFor(schemeId, region.code);
    // Every current report of the subtree from a few years back: a body is grouped by computeBodyKey, its
    // year's report and the EARLIER_REPORTS before it are read (a body that stopped publishing shows as missing).
    const rows = (await this.dataSource.query(
      `WITH RECURSIVE sub AS (
         SELECT "code" FROM "region" WHERE "code" = $1
         UNION ALL SELECT c."code" FROM "region" c JOIN sub ON c."parent_code" = sub."code"
       )
       SELECT r."id", r."year", r."region_code", i."name" AS "issuer_name", p."name" AS "parent_name", pp."name" AS "grandparent_name"
       FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id" JOIN "region" g ON g."code" = r."region_code"
       LEFT JOIN "region" p ON p."code" = g."parent_code" LEFT JOIN "region" pp ON pp."code" = p."parent_code"
       WHERE r."status" = 'current' AND r."year" BETWEEN $2::int - $3::int AND $2::int AND r."region_code" IN (SELECT "code" FROM sub)
       ORDER BY r."year" DESC, r."id"`,
      [region.code, year, LOOK_BACK_YEARS],
    )) as BodyReportRow[];
    const groups = new Map<string, BodyReportRow[]>();
    for (const row of rows) {
      const key = computeBodyKey(row.region_code, row.issuer_name, [row.grandparent_name, row.parent_name]);
      const list = groups.get(key) ?? [];
      if (list.length <= EARLIER_REPORTS) list.push(row);
      groups.set(key, list);
    }
    // A body seen only in the years before the last three has stopped being assessed here.
    const wanted = [...groups.values()].filter((list) => (list[0]?.year ?? 0) >= year - 3);
    const loaded = await this.load(wanted.flat().map((r) => r.id));
    const byIssuer = new Map<string, StoredAssessed[]>(wanted.map((list) => [list[0]?.id as string, list.flatMap((r) => loaded.get(r.id) ?? [])]));
    const bodies: Omit<AssessedBody, 'rank'>[] = [];
    for (const reports of byIssuer.values()) {
      const [first, second, third] = reports;
      if (!first) continue;
      const current = first.report.year === year ? first : null;
      const previous = current ? (second ?? null) : first;
      const assessment = current ? assessReport(current.report, previous?.report ?? null, scheme.scheme) : null;
      const before = current ? third : second;
      const previousScore = current && previous ? assessReport(previous.report, before?.report ?? null, scheme.scheme).score : null;
      const who = current ?? first;
      bodies.push({
        issuerId: who.issuerId,
        issuerName: who.issuerName,
        issuerKind: who.report.issuerKind,
        regionCode: who.regionCode,
        regionName: who.regionName,
        reportId: current?.reportId ?? null,
        sampleData: who.sampleData,
        assessment,
        previousScore,
        previousYear: current && previous ? previous.report.year : null,
      });
    }
    await this.scoreConfirmedMissing(bodies, year, scheme.scheme);
    const ranked = rankScores(bodies.map((b) => ({ ...b, score: b.assessment?.score ?? null })));
    ranked.sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.regionCode.localeCompare(b.regionCode) || a.issuerName.localeCompare(b.issuerName));

    return { parentCode: region.code, parentName: region.name, scheme, bodies: ranked };
  }

  /**
   * A body without a report of the year gets 0 on every indicator when a site check after the deadline found
   * none (the coverage's confirmed_missing); otherwise no score. Site checks are about the region's own report,
   * so only the bodies that stand for a region (its government, office or governing zone) are concerned.
   */
  private async scoreConfirmedMissing(bodies: Omit<AssessedBody, 'rank'>[], year: number, scheme: AssessmentScheme): Promise<void> {
    const missing = bodies.filter((b) => b.reportId === null && DEFAULT_PRIMARY_ISSUER_KINDS.includes(b.issuerKind));
    if (missing.length === 0) return;
    const checks = (await this.dataSource.query(
      `SELECT "region_code", "url", "result", "checked_at" FROM "site_check" WHERE "year" = $1 AND "region_code" = ANY($2::text[])`,
      [year, [...new Set(missing.map((b) => b.regionCode))]],
    )) as { region_code: string; url: string; result: 'found' | 'not_found' | 'unreachable'; checked_at: Date | string }[];
    for (const body of missing) {
      const own = checks.filter((c) => c.region_code === body.regionCode).map((c) => ({ url: c.url, result: c.result, checkedAt: new Date(c.checked_at).toISOString() }));
      const deadline = publicationDeadline(year, body.issuerKind);
      if (computePublicationStatus({ held: false, daysLate: null, required: true, deadline, checks: own }) !== 'confirmed_missing') continue;
      const newest = own.filter((c) => c.result === 'not_found').sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))[0];
      if (newest) body.assessment = assessConfirmedMissing(year, { url: newest.url, checkedAt: newest.checkedAt, deadline }, scheme);
    }
  }

  /** One report assessed against the same body's previous report. */
  async assessReportById(reportId: string, schemeId: string, weightsOf: string | null): Promise<{ stored: StoredAssessed; previous: StoredAssessed | null; scheme: SchemeInUse; assessment: ReportAssessment }> {
    const candidates = (await this.dataSource.query(
      `SELECT e."id", e."year", e."region_code", i."name" AS "issuer_name", p."name" AS "parent_name", pp."name" AS "grandparent_name", e."id" = r."id" AS "is_report"
       FROM "report" r JOIN "report" e ON e."region_code" = r."region_code" AND (e."id" = r."id" OR (e."status" = 'current' AND e."year" < r."year" AND e."year" >= r."year" - $2::int))
       JOIN "issuer" i ON i."id" = e."issuer_id" JOIN "region" g ON g."code" = e."region_code"
       LEFT JOIN "region" p ON p."code" = g."parent_code" LEFT JOIN "region" pp ON pp."code" = p."parent_code"
       WHERE r."id" = $1 ORDER BY e."year" DESC, e."id"`,
      [reportId, LOOK_BACK_YEARS],
    )) as (BodyReportRow & { is_report: boolean })[];
    const self = candidates.find((c) => c.is_report);
    const keyOf = (c: BodyReportRow) => computeBodyKey(c.region_code, c.issuer_name, [c.grandparent_name, c.parent_name]);
    const before = self ? candidates.find((c) => !c.is_report && keyOf(c) === keyOf(self)) : undefined;
    const found = self ? { id: self.id, previous_id: before?.id ?? null } : undefined;
    if (!found) throw new AssessmentException(AssessmentExceptionCode.REPORT_NOT_FOUND, `No report ${reportId}`);
    const code = weightsOf ? await this.regionsService.resolveCode(weightsOf) : null;
    if (weightsOf && code === null) throw new AssessmentException(AssessmentExceptionCode.REGION_NOT_FOUND, `Unknown region code ${weightsOf}`);
    const scheme = await this.schemeFor(schemeId, code);
    const loaded = await this.load([found.id, ...(found.previous_id ? [found.previous_id] : [])]);
    const stored = loaded.get(found.id) as StoredAssessed;
    const previous = found.previous_id ? (loaded.get(found.previous_id) ?? null) : null;

    return { stored, previous, scheme, assessment: assessReport(stored.report, previous?.report ?? null, scheme.scheme) };
  }

  /** Saves an office's own weights of a scheme for its region (admin, or editor in scope). */
  async saveWeights(auth: AuthContext, regionCode: string, schemeId: string, weights: readonly { indicator: string; weight: number }[]): Promise<SchemeInUse> {
    const code = await this.regionsService.resolveCode(regionCode);
    if (code === null) throw new AssessmentException(AssessmentExceptionCode.REGION_NOT_FOUND, `Unknown region code ${regionCode}`);
    await this.regionScopeService.assertCanWrite(auth, code);
    const scheme = findAssessmentScheme(schemeId);
    if (!scheme) throw new AssessmentException(AssessmentExceptionCode.SCHEME_NOT_FOUND, `Unknown assessment scheme ${schemeId}`);
    const record = Object.fromEntries(weights.map((w) => [w.indicator, w.weight]));
    let weighted: AssessmentScheme;
    try {
      weighted = withAssessmentWeights(scheme, record);
    } catch (error) {
      throw new AssessmentException(AssessmentExceptionCode.INVALID_WEIGHTS, (error as Error).message);
    }
    if (weighted.indicators.every((i) => i.weight === 0)) throw new AssessmentException(AssessmentExceptionCode.INVALID_WEIGHTS, 'at least one weight must be above 0');
    const savedBy = await this.tokens.nameOf(auth);
    // The answers of `assessment` are cached by dataset revision: new weights are a new revision, in the same transaction.
    await this.dataSource.transaction(async (manager) => {
      await manager.query(
        `INSERT INTO "assessment_scheme" ("region_code", "scheme_id", "scheme_version", "weights", "saved_by", "saved_by_token_id", "saved_at")
         VALUES ($1, $2, $3, $4::jsonb, $5, $6, now())
         ON CONFLICT ("region_code", "scheme_id") DO UPDATE SET "scheme_version" = EXCLUDED."scheme_version", "weights" = EXCLUDED."weights",
           "saved_by" = EXCLUDED."saved_by", "saved_by_token_id" = EXCLUDED."saved_by_token_id", "saved_at" = now()`,
        [code, scheme.id, scheme.version, JSON.stringify(Object.fromEntries(weighted.indicators.map((i) => [i.id, i.weight]))), savedBy, auth.tokenId],
      );
      await bumpDatasetRevision(manager);
    });
    this.datasetRevision.invalidate();

    return this.schemeFor(scheme.id, code);
  }

  /** Reports by id with everything the assessment reads: details, text, values, findings (cross-year included). */
  private async load(ids: readonly string[]): Promise<Map<string, StoredAssessed>> {
    if (ids.length === 0) return new Map();
    const [metas, values, findings] = await Promise.all([
      this.dataSource.query(
        `SELECT r."id", r."issuer_id", i."name" AS "issuer_name", i."kind"::text AS "issuer_kind", r."region_code", g."name" AS "region_name",
           r."year", r."template"::text AS "template", r."published_on"::text AS "published_on", r."sample_data", r."parsed", n."prose"
         FROM "report" r JOIN "issuer" i ON i."id" = r."issuer_id" JOIN "region" g ON g."code" = r."region_code"
         LEFT JOIN "report_narrative" n ON n."report_id" = r."id"
         WHERE r."id" = ANY($1::uuid[])`,
        [ids],
      ) as Promise<ReportMetaRow[]>,
      this.dataSource.query(
        `SELECT "report_id", "metric_key", "value"::text AS "value", "state"::text AS "state", "flags" FROM "report_value" WHERE "report_id" = ANY($1::uuid[])`,
        [ids],
      ) as Promise<{ report_id: string; metric_key: string; value: string | null; state: ValueState; flags: string[] }[]>,
      this.dataSource.query(
        `SELECT "report_id", "rule", "severity"::text AS "severity", "modes", "cells", "message_zh", "message_en" FROM "validation_issue" WHERE "report_id" = ANY($1::uuid[]) ORDER BY "report_id", "rule", "id"`,
        [ids],
      ) as Promise<{ report_id: string; rule: string; severity: RuleSeverity; modes: RuleMode[]; cells: string[]; message_zh: string; message_en: string }[]>,
    ]);
    const valuesOf = new Map<string, AssessedReport['values']>();
    for (const v of values) {
      const record = (valuesOf.get(v.report_id) ?? {}) as Record<string, { value: string | null; state: ValueState; flags: string[] }>;
      record[v.metric_key] = { value: v.value, state: v.state, flags: v.flags };
      valuesOf.set(v.report_id, record);
    }
    const findingsOf = new Map<string, AssessedReport['findings'][number][]>();
    for (const f of findings) findingsOf.set(f.report_id, [...(findingsOf.get(f.report_id) ?? []), { rule: f.rule, severity: f.severity, modes: f.modes, cells: f.cells, messageZh: f.message_zh, messageEn: f.message_en }]);

    return new Map(
      metas.map((m) => [
        m.id,
        {
          reportId: m.id,
          issuerId: m.issuer_id,
          issuerName: m.issuer_name,
          regionCode: m.region_code,
          regionName: m.region_name,
          sampleData: m.sample_data,
          report: {
            reportId: m.id,
            issuer: m.issuer_name,
            issuerKind: m.issuer_kind,
            year: m.year,
            template: m.template,
            publishedOn: m.published_on,
            sections: m.parsed.sections ?? [],
            prose: m.prose,
            values: valuesOf.get(m.id) ?? {},
            findings: findingsOf.get(m.id) ?? [],
            extraRows: m.parsed.extraRows ?? [],
            needsReview: m.parsed.needsReview ?? false,
          },
        },
      ]),
    );
  }
}
