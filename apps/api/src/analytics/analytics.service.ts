import { Inject, Injectable } from '@nestjs/common';

import { BOARD_FAMILIES, getMetric, type IssuerKind, type Metric, PUBLICATION_DEADLINES, type RegionLevel, type TemplateId, TEMPLATE_VERSIONS, isAvailableIn, type ValueState } from '@gongkai/domain';
import { DataSource } from 'typeorm';

import { type AggregateFn } from '../core/graphql/enums/aggregate-fn.enum';
import { type AggregateGroupBy } from '../core/graphql/enums/aggregate-group-by.enum';
import { type Comparison } from '../core/graphql/enums/comparison.enum';
import { type PointState } from '../core/graphql/enums/point-state.enum';
import { type SortOrder } from '../core/graphql/enums/sort-order.enum';
import { READ_DATA_SOURCE } from '../database/database.constants';
import { RegionException, RegionExceptionCode } from '../regions/region.exception';
import { RegionsService } from '../regions/regions.service';
import { type RegionRow } from '../regions/types/region-row.type';
import { DEPARTMENT_DEADLINE_ISSUER_KINDS } from '../reports/constants/department-deadline-issuer-kinds.constant';
import { FAILED_RULE_CONDITION } from '../reports/constants/failed-rule-condition.constant';
import { createSqlParameters, type SqlParameters } from '../reports/utils/create-sql-parameters.util';
import { AnalyticsException, AnalyticsExceptionCode } from './analytics.exception';
import { MAX_GRID_CELLS, MAX_YEAR_SPAN } from './constants/analytics-limits.constant';
import { DEFAULT_PRIMARY_ISSUER_KINDS } from './constants/default-primary-issuer-kinds.constant';
import {
  type AggregateResultRow,
  type CoverageResultRow,
  type RankingResult,
  type ReportContactRow,
  type SeriesResult,
  type SiteCheckRow,
} from './types/analytics-results.type';
import { type BoardReportCell, type BoardResult, type BoardValueCell } from './types/board-results.type';
import { aggregateFnToSql } from './utils/aggregate-fn-to-sql.util';
import { aggregateGroupByToColumns } from './utils/aggregate-group-by-to-columns.util';
import { boardMetricKeys } from './utils/board-metric-keys.util';
import { buildPrimaryReportSql } from './utils/build-primary-report-sql.util';
import { computeBoard } from './utils/compute-board.util';
import { computeCoverageStatus } from './utils/compute-coverage-status.util';
import { computeLikeForLikeSteps, type LikeForLikeStep } from './utils/compute-like-for-like-steps.util';
import { computePublicationStatus } from './utils/compute-publication-status.util';
import { computeReportQuality } from './utils/compute-report-quality.util';
import { computeMetricYears } from './utils/compute-metric-years.util';
import { computeStepComparability } from './utils/compute-step-comparability.util';
import { computeYearOverYear } from './utils/compute-year-over-year.util';

type SeriesSqlRow = {
  code: string;
  year: number;
  report_id: string | null;
  template: TemplateId | null;
  value: string | null;
  state: ValueState | null;
  raw: string | null;
  previous_template: TemplateId | null;
  previous_value: string | null;
};

type RankingSqlRow = {
  code: string;
  report_id: string | null;
  template: TemplateId | null;
  value: string | null;
  state: ValueState | null;
  previous_template: TemplateId | null;
  previous_value: string | null;
  rank: string | number | null;
  previous_rank: string | number | null;
  n: string | number;
  min: number | null;
  q1: number | null;
  median: number | null;
  q3: number | null;
  max: number | null;
};

type CoverageSqlRow = {
  code: string;
  year: number;
  report_id: string | null;
  needs_review: boolean | null;
  published_on: string | null;
  deadline: string;
  days_late: number | null;
  failed_rules: string[];
};

/**
 * Series, rankings, aggregates and coverage. The work is done in SQL (window functions, percentile_cont,
 * GROUP BY, recursive CTEs); Node only maps rows, computes the exact decimal change of each row and looks the
 * comparability of each step up in the catalogue. Analytics read current reports only.
 */
@Injectable()
export class AnalyticsService {
  constructor(
    @Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly regionsService: RegionsService,
  ) {}

  async series(input: {
    metric: string;
    regionCodes?: readonly string[] | null;
    parentCode?: string | null;
    level?: RegionLevel | null;
    yearFrom: number;
    yearTo: number;
    issuerKinds?: readonly IssuerKind[] | null;
  }): Promise<SeriesResult> {
    const metric = requireMetric(input.metric);
    checkYearRange(input.yearFrom, input.yearTo);
    const regions = await this.regionsService.select({ regionCodes: input.regionCodes, parentCode: input.parentCode, level: input.level ?? 'county' });
    checkGrid(regions.length, input.yearFrom, input.yearTo);
    if (regions.length === 0) return { metric, series: [] };
    const years = computeMetricYears(metric);
    const params = createSqlParameters();
    const codes = params.add(regions.map((r) => r.code), 'varchar[]');
    const from = params.add(input.yearFrom, 'int');
    const to = params.add(input.yearTo, 'int');
    const primary = primaryReportCte(params, codes, from, to, input.issuerKinds);
    const key = params.add(metric.key);
    const available = params.add(TEMPLATE_VERSIONS.filter((t) => isAvailableIn(metric, t)), 'text[]');
    const metricFrom = params.add(years?.from ?? null, 'int');
    const metricTo = params.add(years?.to ?? null, 'int');
    // A point exists where the metric exists: a value row, or a year of the metric's templates (a missing
    // report there is a gap). A gb2019 report has no point for a metric that starts in 2021, and vice versa,
    // but the window still sees it, so the step into the metric's first year is a break, never a join.
    const rows: SeriesSqlRow[] = await this.dataSource.query(
      `WITH ${primary.cte},
       points AS (
         SELECT c.code, c.ord, y.year, p.id AS report_id, p.template, v.value::text AS value, v.state::text AS state, v.raw,
                (v.report_id IS NOT NULL) AS has_value
         FROM unnest(${codes}) WITH ORDINALITY AS c(code, ord)
         CROSS JOIN generate_series(${from}, ${to}) AS y(year)
         LEFT JOIN pr p ON p.region_code = c.code AND p.year = y.year
         LEFT JOIN report_value v ON v.report_id = p.id AND v.metric_key = ${key}
       ),
       stepped AS (
         SELECT points.*, LAG(template) OVER w AS previous_template, LAG(value) OVER w AS previous_value
         FROM points WINDOW w AS (PARTITION BY code ORDER BY year)
       )
       SELECT code, year, report_id, template, value, state, raw, previous_template, previous_value
       FROM stepped
       WHERE has_value OR (${metricFrom} IS NOT NULL AND year >= ${metricFrom} AND (${metricTo} IS NULL OR year <= ${metricTo})
             AND (report_id IS NULL OR template = ANY(${available}) OR template = 'nonstandard'))
       ORDER BY ord, year`,
      params.values,
    );
    const byRegion = new Map<string, SeriesSqlRow[]>(regions.map((r) => [r.code, []]));
    for (const row of rows) byRegion.get(row.code)?.push(row);

    return {
      metric,
      series: regions.map((region) => ({
        region,
        points: (byRegion.get(region.code) ?? []).map((row) => {
          const comparability = computeStepComparability(metric, row.previous_template, row.template);

          return {
            year: row.year,
            reportId: row.report_id,
            template: row.template,
            value: row.value,
            state: pointState(row.report_id, row.state),
            raw: row.raw,
            comparability,
            ...computeYearOverYear({ metric, value: row.value, previousValue: row.previous_value, comparability }),
          };
        }),
      })),
    };
  }

  async ranking(input: {
    metric: string;
    year: number;
    parentCode?: string | null;
    level?: RegionLevel | null;
    order?: SortOrder | null;
    issuerKinds?: readonly IssuerKind[] | null;
  }): Promise<RankingResult> {
    const metric = requireMetric(input.metric);
    checkYearRange(input.year, input.year);
    const regions = await this.regionsService.select({ parentCode: input.parentCode, level: input.level ?? 'county' });
    const empty = { metric, year: input.year, entries: [], count: 0, median: null, q1: null, q3: null, min: null, max: null };
    if (regions.length === 0) return empty;
    const params = createSqlParameters();
    const codes = params.add(regions.map((r) => r.code), 'varchar[]');
    const year = params.add(input.year, 'int');
    const previousYear = params.add(input.year - 1, 'int');
    // No region filter on the read model: the join restricts it, and the country's 2,974 codes in a second
    // and third place cost more to plan than the filter saves (the year filter leaves 2 of 7 years to hash).
    const primary = primaryReportCte(params, codes, previousYear, year, input.issuerKinds, { filterCodes: false });
    const key = params.add(metric.key);
    // ASC/DESC cannot be a parameter; it comes from the SortOrder enum, never from user text.
    const direction = input.order === 'asc' ? 'ASC' : 'DESC';
    // RANK (competition ranking, 1-2-2-4): a tie shares a rank and the next rank counts everyone above it,
    // so "rank 40 of 40" always means last. Only known values are ranked; a gap is not a zero.
    const rows: RankingSqlRow[] = await this.dataSource.query(
      `WITH ${primary.cte},
       entries AS (
         SELECT c.code, c.ord, cur.id AS report_id, cur.template, cv.value, cv.state::text AS state,
                prev.template AS previous_template, pv.value AS previous_value
         FROM unnest(${codes}) WITH ORDINALITY AS c(code, ord)
         LEFT JOIN pr cur ON cur.region_code = c.code AND cur.year = ${year}
         LEFT JOIN report_value cv ON cv.report_id = cur.id AND cv.metric_key = ${key}
         LEFT JOIN pr prev ON prev.region_code = c.code AND prev.year = ${previousYear}
         LEFT JOIN report_value pv ON pv.report_id = prev.id AND pv.metric_key = ${key}
       ),
       ranked AS (
         SELECT e.*,
           CASE WHEN e.value IS NOT NULL THEN RANK() OVER (PARTITION BY e.value IS NULL ORDER BY e.value ${direction}) END AS rank,
           CASE WHEN e.previous_value IS NOT NULL THEN RANK() OVER (PARTITION BY e.previous_value IS NULL ORDER BY e.previous_value ${direction}) END AS previous_rank
         FROM entries e
       ),
       stats AS (
         SELECT count(value) AS n, min(value)::float8 AS min, max(value)::float8 AS max,
           percentile_cont(0.25) WITHIN GROUP (ORDER BY value::float8) AS q1,
           percentile_cont(0.5) WITHIN GROUP (ORDER BY value::float8) AS median,
           percentile_cont(0.75) WITHIN GROUP (ORDER BY value::float8) AS q3
         FROM entries WHERE value IS NOT NULL
       )
       SELECT ranked.code, ranked.report_id, ranked.template, ranked.value::text AS value, ranked.state,
              ranked.previous_template, ranked.previous_value::text AS previous_value, ranked.rank, ranked.previous_rank,
              stats.n, stats.min, stats.q1, stats.median, stats.q3, stats.max
       FROM ranked CROSS JOIN stats
       ORDER BY ranked.rank NULLS LAST, ranked.ord`,
      params.values,
    );
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const first = rows[0];
    if (!first) return empty;

    return {
      metric,
      year: input.year,
      count: Number(first.n),
      min: first.min,
      q1: first.q1,
      median: first.median,
      q3: first.q3,
      max: first.max,
      entries: rows.map((row) => {
        const comparability = computeStepComparability(metric, row.previous_template, row.template);

        return {
          region: regionByCode.get(row.code) as RegionRow,
          rank: row.rank === null ? null : Number(row.rank),
          previousRank: row.previous_rank === null ? null : Number(row.previous_rank),
          reportId: row.report_id,
          value: row.value,
          state: pointState(row.report_id, row.state),
          previousValue: row.previous_value,
          comparability,
          ...computeYearOverYear({ metric, value: row.value, previousValue: row.previous_value, comparability }),
        };
      }),
    };
  }

  async aggregate(input: {
    metric: string;
    parentCode?: string | null;
    level?: RegionLevel | null;
    yearFrom: number;
    yearTo: number;
    groupBy: readonly AggregateGroupBy[];
    fn: AggregateFn;
    issuerKinds?: readonly IssuerKind[] | null;
    comparison?: Comparison | null;
  }): Promise<AggregateResultRow[]> {
    const metric = requireMetric(input.metric);
    checkYearRange(input.yearFrom, input.yearTo);
    const groups = await this.regionsService.select({ parentCode: input.parentCode, level: input.level ?? 'county' });
    if (groups.length === 0) return [];
    const params = createSqlParameters();
    const pairs = await this.regionsService.subtreePairs(groups.map((r) => r.code));
    // The subtree pairs as a list when the regions service has them memoised; else the same walk in SQL.
    const walk = pairs
      ? `groups AS (SELECT g.group_code, g.code FROM unnest(${params.add(pairs.groups, 'varchar[]')}, ${params.add(pairs.codes, 'varchar[]')}) AS g(group_code, code))`
      : `RECURSIVE groups AS (
           SELECT r.code AS group_code, r.code FROM region r WHERE r.code = ANY(${params.add(groups.map((r) => r.code), 'varchar[]')})
           UNION
           SELECT g.group_code, c.code FROM region c JOIN groups g ON c.parent_code = g.code
         )`;
    const from = params.add(input.yearFrom, 'int');
    const to = params.add(input.yearTo, 'int');
    const key = params.add(metric.key);
    const kinds = params.add(input.issuerKinds && input.issuerKinds.length > 0 ? input.issuerKinds : null, 'text[]');
    const columns = aggregateGroupByToColumns(input.groupBy);
    const select = columns.length ? `${columns.join(', ')}, ` : '';
    const grouping = columns.length ? `GROUP BY ${columns.join(', ')} ORDER BY ${columns.join(', ')}` : '';
    const byRegion = input.groupBy.includes('region');
    // Every report rolls up to its region at `level` (the group), walking parent_code down from the groups.
    const facts = `WITH ${walk},
         facts AS (
           SELECT g.group_code, r.region_code, r.year, r.template::text AS template, i.kind::text AS issuer_kind, v.value, v.state::text AS state
           FROM groups g
           JOIN report r ON r.region_code = g.code AND r.status = 'current' AND r.year BETWEEN ${from} AND ${to}
           JOIN issuer i ON i.id = r.issuer_id
           JOIN report_value v ON v.report_id = r.id AND v.metric_key = ${key}
           WHERE ${kinds} IS NULL OR i.kind::text = ANY(${kinds})
         )`;
    const likeForLike = (input.comparison ?? 'LIKE_FOR_LIKE') === 'LIKE_FOR_LIKE' && input.yearFrom < input.yearTo && input.groupBy.includes('year');
    let steps: LikeForLikeStep[] = [];
    let marked = 'marked AS (SELECT * FROM facts)';
    if (likeForLike) {
      // Which regions have a known value in which year; the steps (and so the members) follow in Node.
      const known: { group_code: string; region_code: string; year: number }[] = await this.dataSource.query(
        `${facts} SELECT DISTINCT ${byRegion ? 'group_code' : `''::text AS group_code`}, region_code, year FROM facts WHERE value IS NOT NULL`,
        params.values.slice(),
      );
      steps = computeLikeForLikeSteps(
        known.map((k) => ({ groupCode: k.group_code, regionCode: k.region_code, year: k.year })),
        input.yearFrom,
        input.yearTo,
      );
      const members = steps.flatMap((step) => step.regionCodes.map((code) => ({ code, year: step.toYear })));
      // A fact counts when its region is a member of its step: year y belongs to the step y-1 → y, and yearFrom
      // (which has no step before it in the range) to the first step. Other facts keep their row (and state) but lose their value.
      marked = `members AS (SELECT * FROM unnest(${params.add(members.map((m) => m.code), 'varchar[]')}, ${params.add(members.map((m) => m.year), 'int[]')}) AS m(region_code, step)),
         marked AS (
           SELECT f.group_code, f.region_code, f.year, f.template, f.issuer_kind, f.state, CASE WHEN m.region_code IS NOT NULL THEN f.value END AS value
           FROM facts f LEFT JOIN members m ON m.region_code = f.region_code AND m.step = GREATEST(f.year, ${from} + 1)
         )`;
    }
    const rows: {
      group_code?: string;
      year?: number;
      template?: TemplateId;
      issuer_kind?: IssuerKind;
      value: string | number | null;
      count: string | number;
      region_count: string | number;
      undefined_count: string | number;
    }[] = await this.dataSource.query(
      `${facts},
         ${marked}
         SELECT ${select}(${aggregateFnToSql(input.fn)})::text AS value, count(value) AS count,
                count(DISTINCT region_code) FILTER (WHERE value IS NOT NULL) AS region_count,
                count(*) FILTER (WHERE state = 'undefined') AS undefined_count
         FROM marked ${grouping}`,
      params.values,
    );
    const regionByCode = new Map(groups.map((r) => [r.code, r]));
    const excludedCodes = [...new Set(steps.flatMap((s) => s.excludedCodes))];
    const excludedByCode = new Map((await this.regionsService.findByCodes(excludedCodes)).filter((r): r is RegionRow => r !== null).map((r) => [r.code, r]));
    const stepOf = new Map(steps.map((s) => [`${s.groupCode}|${s.toYear}`, s]));

    return rows.map((row) => {
      const year = row.year ?? null;
      const step = likeForLike && year !== null ? stepOf.get(`${byRegion ? (row.group_code ?? '') : ''}|${Math.max(year, input.yearFrom + 1)}`) : undefined;

      return {
        region: row.group_code ? (regionByCode.get(row.group_code) ?? null) : null,
        year,
        template: row.template ?? null,
        issuerKind: row.issuer_kind ?? null,
        value: row.value === null ? null : Number(row.value),
        count: Number(row.count),
        regionCount: Number(row.region_count),
        undefinedCount: Number(row.undefined_count),
        // A group-year whose facts are all outside any step (no known value in either year) still has its step, empty.
        likeForLike: likeForLike && year !== null
          ? {
              fromYear: step?.fromYear ?? Math.max(year, input.yearFrom + 1) - 1,
              toYear: step?.toYear ?? Math.max(year, input.yearFrom + 1),
              regionCount: step?.regionCodes.length ?? 0,
              excludedRegions: (step?.excludedCodes ?? []).map((c) => excludedByCode.get(c)).filter((r): r is RegionRow => r !== undefined),
            }
          : null,
      };
    });
  }

  /**
   * The board of a prefecture (issue 18): the four families of BOARD_FAMILIES over its counties (a province: over
   * its counties too, with its prefectures as the units of the series and rankings). One query reads
   * every primary report of the counties in the range with the values of the board's metrics (and of its rates'
   * terms); computeBoard does the totals, steps, ranks and shares in exact decimals.
   */
  async board(input: { parentCode: string; yearFrom: number; yearTo: number }): Promise<BoardResult> {
    checkYearRange(input.yearFrom, input.yearTo);
    const parentCode = await this.regionsService.requireCode(input.parentCode);
    const [parent] = await this.regionsService.findByCodes([parentCode]);
    if (!parent) throw new RegionException(`Unknown region code ${input.parentCode}`, RegionExceptionCode.REGION_NOT_FOUND);
    const regions = await this.regionsService.select({ parentCode, level: 'county' });
    checkGrid(regions.length, input.yearFrom, input.yearTo);
    // A province's board has its prefectures as units, each summed from its counties; a county directly under the
    // province (省直辖县级) is a unit of its own.
    const units =
      parent.level === 'province'
        ? [
            ...(await this.regionsService.select({ parentCode, level: 'prefecture' })).map((region) => ({ region, memberCodes: regions.filter((c) => c.parent_code === region.code).map((c) => c.code) })),
            ...regions.filter((c) => c.parent_code === parent.code).map((region) => ({ region, memberCodes: [region.code] })),
          ]
        : undefined;
    const empty = { reports: [] as BoardReportCell[], values: [] as BoardValueCell[] };
    if (regions.length === 0) return computeBoard({ parent, regions, units, yearFrom: input.yearFrom, yearTo: input.yearTo, families: BOARD_FAMILIES, ...empty });
    const params = createSqlParameters();
    const codes = params.add(regions.map((r) => r.code), 'varchar[]');
    const from = params.add(input.yearFrom, 'int');
    const to = params.add(input.yearTo, 'int');
    const primary = primaryReportCte(params, codes, from, to, null);
    const keys = params.add(boardMetricKeys(BOARD_FAMILIES), 'text[]');
    const rows: { region_code: string; year: number; report_id: string; template: TemplateId; sample_data: boolean; metric_key: string | null; value: string | null; state: ValueState | null }[] =
      await this.dataSource.query(
        `WITH ${primary.cte}
         SELECT p.region_code, p.year, p.id::text AS report_id, p.template, r.sample_data, v.metric_key, v.value::text AS value, v.state::text AS state
         FROM pr p JOIN report r ON r.id = p.id
         LEFT JOIN report_value v ON v.report_id = p.id AND v.metric_key = ANY(${keys})
         ORDER BY p.region_code, p.year`,
        params.values,
      );
    const reports = new Map<string, BoardReportCell>();
    const values: BoardValueCell[] = [];
    for (const row of rows) {
      const key = `${row.region_code}|${row.year}`;
      if (!reports.has(key)) reports.set(key, { regionCode: row.region_code, year: row.year, reportId: row.report_id, template: row.template, sampleData: row.sample_data === true });
      if (row.metric_key !== null && row.state !== null) values.push({ regionCode: row.region_code, year: row.year, metricKey: row.metric_key, value: row.value, state: row.state });
    }

    return computeBoard({ parent, regions, units, yearFrom: input.yearFrom, yearTo: input.yearTo, families: BOARD_FAMILIES, reports: [...reports.values()], values });
  }

  /**
   * Publication status and quality of each region-year, with the evidence of site checks. `regionCodes`
   * instead of `parentCode` answers for those regions (recordSiteCheck's answer); `withContact` also reads the
   * contact the newest held report of each region states.
   */
  async coverage(input: {
    parentCode?: string | null;
    regionCodes?: readonly string[] | null;
    yearFrom: number;
    yearTo: number;
    level?: RegionLevel | null;
    issuerKinds?: readonly IssuerKind[] | null;
    withContact?: boolean;
  }): Promise<CoverageResultRow[]> {
    checkYearRange(input.yearFrom, input.yearTo);
    const regions = await this.regionsService.select(
      input.regionCodes && input.regionCodes.length > 0
        ? { regionCodes: input.regionCodes, level: input.level ?? 'county' }
        : { parentCode: input.parentCode ?? null, level: input.level ?? 'county' },
    );
    checkGrid(regions.length, input.yearFrom, input.yearTo);
    if (regions.length === 0) return [];
    const params = createSqlParameters();
    const codes = params.add(regions.map((r) => r.code), 'varchar[]');
    const from = params.add(input.yearFrom, 'int');
    const to = params.add(input.yearTo, 'int');
    const primary = primaryReportCte(params, codes, from, to, input.issuerKinds);
    const departmentKinds = params.add(DEPARTMENT_DEADLINE_ISSUER_KINDS, 'text[]');
    const { government, department } = PUBLICATION_DEADLINES;
    // Statutory deadline of the data year's report, in the year after: departments 31 Jan, governments 31 Mar
    // (a missing report is measured against the government deadline).
    const deadline = `make_date(y.year + 1,
        CASE WHEN p.issuer_kind = ANY(${departmentKinds}) THEN ${params.add(department.month, 'int')} ELSE ${params.add(government.month, 'int')} END,
        CASE WHEN p.issuer_kind = ANY(${departmentKinds}) THEN ${params.add(department.day, 'int')} ELSE ${params.add(government.day, 'int')} END)`;
    const rows: CoverageSqlRow[] = await this.dataSource.query(
      `WITH ${primary.cte},
       ${
         primary.readModel
           ? ''
           : `failed AS (
         SELECT vi.report_id, array_agg(DISTINCT vi.rule ORDER BY vi.rule) AS rules
         FROM validation_issue vi JOIN pr p ON p.id = vi.report_id
         WHERE ${FAILED_RULE_CONDITION}
         GROUP BY vi.report_id
       ),`
       }
       cells AS (
         SELECT c.code, c.ord, y.year, p.id AS report_id, p.published_on, ${deadline} AS deadline, ${primary.readModel ? 'p.failed_rules' : 'f.rules'} AS rules,
                (r.parsed->>'needsReview') = 'true' AS needs_review
         FROM unnest(${codes}) WITH ORDINALITY AS c(code, ord)
         CROSS JOIN generate_series(${from}, ${to}) AS y(year)
         LEFT JOIN pr p ON p.region_code = c.code AND p.year = y.year
         LEFT JOIN report r ON r.id = p.id
         ${primary.readModel ? '' : 'LEFT JOIN failed f ON f.report_id = p.id'}
       )
       SELECT code, year, report_id, needs_review, published_on, deadline::text AS deadline,
              CASE WHEN published_on IS NULL THEN NULL ELSE GREATEST(0, published_on::date - deadline) END AS days_late,
              COALESCE(rules, '{}') AS failed_rules
       FROM cells ORDER BY ord, year`,
      params.values,
    );
    const regionByCode = new Map(regions.map((r) => [r.code, r]));
    const regionCodes = regions.map((r) => r.code);
    const checks = await this.siteChecks(regionCodes, input.yearFrom, input.yearTo);
    const contacts = input.withContact ? await this.contacts(regionCodes) : new Map<string, ReportContactRow>();

    return rows.map((row) => {
      const late = row.days_late !== null && row.days_late > 0;
      const failing = row.failed_rules.length > 0;
      const held = row.report_id !== null;
      const evidence = checks.get(`${row.code}|${row.year}`) ?? [];

      return {
        region: regionByCode.get(row.code) as RegionRow,
        year: row.year,
        reportId: row.report_id,
        // The region catalogue dates no current division (an alias's firstSeen is the first 统计用区划 snapshot
        // that lists it, not its creation): every region listed is taken to have existed in every year asked.
        publication: computePublicationStatus({ held, daysLate: held ? row.days_late : null, required: true, deadline: row.deadline, checks: evidence }),
        quality: computeReportQuality({ held, needsReview: row.needs_review === true, failing }),
        evidence,
        contact: contacts.get(row.code) ?? null,
        status: computeCoverageStatus({ filed: held, failing, late }),
        late,
        failing,
        publishedOn: row.published_on,
        deadline: row.deadline,
        daysLate: row.report_id === null ? null : row.days_late,
        failedRules: row.failed_rules,
      };
    });
  }
  /**
   * Site checks of the region-years, newest first: those recorded by recordSiteCheck and the results of harvest
   * runs (harvest_result: the site's region, the run's year, when, what, the note and who asked for the run).
   */
  private async siteChecks(regionCodes: readonly string[], yearFrom: number, yearTo: number): Promise<Map<string, SiteCheckRow[]>> {
    const out = new Map<string, SiteCheckRow[]>();
    if (regionCodes.length === 0) return out;
    const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
    const rows: { id: string; region_code: string; year: number; url: string; result: SiteCheckRow['result']; note: string | null; checked_at: string; checked_by: string; source: SiteCheckRow['source'] }[] =
      await this.dataSource.query(
        `SELECT * FROM (
           SELECT s.id::text AS id, s.region_code, s.year, s.url, s.result, s.note, ${iso('s.checked_at')} AS checked_at, s.checked_by, 'manual' AS source, s.checked_at AS at
           FROM site_check s WHERE s.region_code = ANY($1::varchar[]) AND s.year BETWEEN $2 AND $3
           UNION ALL
           SELECT hr.run_id::text || ':' || hr.site_id::text, hs.region_code, run.year, COALESCE(hr.url, hs.url), hr.result, hr.note, ${iso('hr.checked_at')}, run.requested_by, 'harvest', hr.checked_at
           FROM harvest_result hr JOIN harvest_site hs ON hs.id = hr.site_id JOIN harvest_run run ON run.id = hr.run_id
           WHERE hr.result IS NOT NULL AND hr.checked_at IS NOT NULL AND hs.region_code = ANY($1::varchar[]) AND run.year BETWEEN $2 AND $3
         ) x ORDER BY at DESC, id`,
        [regionCodes, yearFrom, yearTo],
      );
    for (const row of rows) {
      const key = `${row.region_code}|${row.year}`;
      const list = out.get(key) ?? [];
      list.push({
        id: row.id,
        regionCode: row.region_code,
        year: row.year,
        url: row.url,
        result: row.result,
        note: row.note,
        checkedAt: row.checked_at,
        checkedBy: row.checked_by,
        source: row.source,
      });
      out.set(key, list);
    }

    return out;
  }

  /** The contact (address, phones, body) the newest current report of each region's own body (gov, its office, a zone) states, from its parsed details. */
  private async contacts(regionCodes: readonly string[]): Promise<Map<string, ReportContactRow>> {
    const rows: { region_code: string; id: string; year: number; issuer: string | null; address: string | null; phones: string[] | null }[] = await this.dataSource.query(
      `SELECT DISTINCT ON (r.region_code) r.region_code, r.id::text AS id, r.year, r.parsed->>'issuerName' AS issuer,
              r.parsed->'location'->>'address' AS address,
              ARRAY(SELECT jsonb_array_elements_text(COALESCE(r.parsed->'location'->'phones', '[]'::jsonb))) AS phones
       FROM report r JOIN issuer i ON i.id = r.issuer_id
       WHERE r.status = 'current' AND r.region_code = ANY($1::varchar[]) AND i.kind::text = ANY($2::text[])
       ORDER BY r.region_code, r.year DESC, array_position($2::text[], i.kind::text), r.ingested_at DESC, r.id`,
      [regionCodes, DEFAULT_PRIMARY_ISSUER_KINDS],
    );

    return new Map(rows.map((row) => [row.region_code, { reportId: row.id, year: row.year, issuer: row.issuer, address: row.address, phones: row.phones ?? [] }]));
  }
}

function requireMetric(key: string): Metric {
  const metric = getMetric(key);
  if (!metric) throw new AnalyticsException(`Unknown metric ${key}; see the metrics query for the keys`, AnalyticsExceptionCode.UNKNOWN_METRIC);

  return metric;
}

function checkYearRange(from: number, to: number): void {
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 1900 || to > 2200) {
    throw new AnalyticsException(`Years must be integers between 1900 and 2200`, AnalyticsExceptionCode.INVALID_YEAR_RANGE);
  }
  if (from > to) throw new AnalyticsException(`yearFrom ${from} is after yearTo ${to}`, AnalyticsExceptionCode.INVALID_YEAR_RANGE);
  if (to - from + 1 > MAX_YEAR_SPAN) throw new AnalyticsException(`At most ${MAX_YEAR_SPAN} years per query`, AnalyticsExceptionCode.INVALID_YEAR_RANGE);
}

function checkGrid(regionCount: number, from: number, to: number): void {
  const cells = regionCount * (to - from + 1);
  if (cells > MAX_GRID_CELLS) {
    throw new AnalyticsException(`${regionCount} regions × ${to - from + 1} years is more than ${MAX_GRID_CELLS} cells; narrow the query`, AnalyticsExceptionCode.QUERY_TOO_LARGE);
  }
}

/**
 * The `pr` CTE of series, rankings and coverage: the primary report of each region-year (columns id,
 * region_code, year, template, issuer_kind, published_on as text; with `readModel`, failed_rules too). Without
 * issuer kinds it reads the table primary_report, kept by the report store in every write transaction under
 * DEFAULT_PRIMARY_ISSUER_KINDS — inlined (NOT MATERIALIZED), so the planner reaches it by its primary key
 * (region_code, year) for a few regions and hashes it for many; with explicit kinds (even the default ones) it is computed from `report` (buildPrimaryReportSql).
 */
function primaryReportCte(
  params: SqlParameters,
  codes: string,
  from: string,
  to: string,
  issuerKinds: readonly IssuerKind[] | null | undefined,
  options: { filterCodes: boolean } = { filterCodes: true },
): { cte: string; readModel: boolean } {
  if (!issuerKinds || issuerKinds.length === 0) {
    const codeFilter = options.filterCodes ? `p.region_code = ANY(${codes}::varchar[]) AND ` : '';

    return {
      cte: `pr AS NOT MATERIALIZED (
         SELECT p.report_id AS id, p.region_code, p.year, p.template::text AS template, p.issuer_kind::text AS issuer_kind,
                p.published_on::text AS published_on, p.failed_rules
         FROM primary_report p WHERE ${codeFilter}p.year BETWEEN ${from} AND ${to})`,
      readModel: true,
    };
  }

  return { cte: `pr AS (${buildPrimaryReportSql(codes, from, to, params.add(issuerKinds, 'text[]'))})`, readModel: false };
}

function pointState(reportId: string | null, state: ValueState | null): PointState {
  if (reportId === null) return 'missing';

  return state ?? 'na';
}
