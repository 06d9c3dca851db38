import { Inject, Injectable, Optional } from '@nestjs/common';

import { type RegionLevel } from '@gongkai/domain';
import { DataSource } from 'typeorm';

import { READ_DATA_SOURCE } from '../database/database.constants';
import { DatasetRevisionService } from '../response-cache/dataset-revision.service';
import { createSqlParameters } from '../reports/utils/create-sql-parameters.util';
import { REGION_COLUMNS } from './constants/region-columns.constant';
import { RegionException, RegionExceptionCode } from './region.exception';
import { type RegionAliasRow } from './types/region-alias-row.type';
import { type RegionRow } from './types/region-row.type';
import { buildSubtreeSql } from './utils/build-subtree-sql.util';
import { escapeLikePattern } from './utils/escape-like-pattern.util';

export type RegionSelection = { regionCodes?: readonly string[] | null; parentCode?: string | null; level: RegionLevel };

const SEARCH_LIMIT = 50;
/** Analytics over more regions than this are refused (a whole country at county level is ~2,900). */
export const MAX_SELECTED_REGIONS = 3000;

/**
 * Region look-ups for the read side. A subtree is walked with a recursive CTE over parent_code, never by
 * code prefix: province-administered county-level units (e.g. 429004 仙桃市 under 湖北省), municipal
 * districts and renamed or recoded regions do not follow the 2-2-2 digit pattern of their parents.
 */
@Injectable()
export class RegionsService {
  /**
   * Subtree selections (parentCode, level → regions) at one dataset revision: the catalogue changes only by a
   * write that bumps the revision (the region seed does), so within a revision the same selection is the same
   * list, and a repeated analytics query skips the code resolution and the recursive walk (two round trips).
   */
  private selections: { revision: string; byKey: Map<string, Promise<RegionRow[]>> } | null = null;
  /** Children of each region (code → child codes), at one dataset revision, for subtreePairs. */
  private parentLinks: { revision: string; children: Promise<Map<string, string[]>> } | null = null;

  constructor(
    @Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource,
    /** Absent (services built by hand in tests): no memo. */
    @Optional() private readonly revisions?: DatasetRevisionService,
  ) {}

  /**
   * The current code for a current or historical code (region_alias kind 'code'); null when unknown. A current
   * code wins over a reused former code; among former codes, the most recently valid one.
   */
  async resolveCode(code: string): Promise<string | null> {
    const [resolved] = await this.resolveCodes([code]);

    return resolved ?? null;
  }

  /** Batch form of resolveCode, aligned with `codes` (null for unknown codes): one query for any number. */
  async resolveCodes(codes: readonly string[]): Promise<(string | null)[]> {
    if (codes.length === 0) return [];
    const rows: { ord: string | number; code: string | null }[] = await this.dataSource.query(
      `SELECT c.ord, COALESCE(r.code, (
                SELECT a.region_code FROM region_alias a WHERE a.kind = 'code' AND a.alias = c.code
                ORDER BY a.valid_to DESC NULLS FIRST, a.region_code LIMIT 1)) AS code
       FROM unnest($1::varchar[]) WITH ORDINALITY AS c(code, ord)
       LEFT JOIN region r ON r.code = c.code
       ORDER BY c.ord`,
      [codes],
    );

    return rows.map((row) => row.code);
  }

  /** Like resolveCode, but an unknown code is a NOT_FOUND error. */
  async requireCode(code: string): Promise<string> {
    const resolved = await this.resolveCode(code);
    if (resolved === null) throw new RegionException(`Unknown region code ${code}`, RegionExceptionCode.REGION_NOT_FOUND);

    return resolved;
  }

  async findByCode(code: string): Promise<RegionRow | null> {
    const resolved = await this.resolveCode(code);
    if (resolved === null) return null;
    const [row] = await this.findByCodes([resolved]);

    return row ?? null;
  }

  /** Batch look-up, aligned with `codes` (null for misses): the DataLoader batch function. */
  async findByCodes(codes: readonly string[]): Promise<(RegionRow | null)[]> {
    const rows: RegionRow[] = await this.dataSource.query(`SELECT ${REGION_COLUMNS} FROM region r WHERE r.code = ANY($1::varchar[])`, [codes]);
    const byCode = new Map(rows.map((row) => [row.code, row]));

    return codes.map((code) => byCode.get(code) ?? null);
  }

  /**
   * The regions list: no arguments → provinces; parentCode → its direct children, or with `level` every
   * descendant at that level; `search` matches names and former names (substring), at most 50 results.
   */
  async list(input: { parentCode?: string | null; level?: RegionLevel | null; search?: string | null }): Promise<RegionRow[]> {
    const params = createSqlParameters();
    const where: string[] = [];
    let from = 'region r';
    if (input.parentCode) {
      const parent = await this.requireCode(input.parentCode);
      if (input.level) {
        from = `(${buildSubtreeSql(params.add(parent))}) s JOIN region r ON r.code = s.code`;
        where.push(`r.code <> ${params.add(parent)}`);
      } else {
        where.push(`r.parent_code = ${params.add(parent)}`);
      }
    }
    if (input.level) where.push(`r.level = ${params.add(input.level)}::region_level_enum`);
    const search = input.search?.trim();
    if (search) {
      const pattern = params.add(`%${escapeLikePattern(search)}%`);
      where.push(`(r.name LIKE ${pattern} OR EXISTS (SELECT 1 FROM region_alias a WHERE a.region_code = r.code AND a.alias LIKE ${pattern}))`);
    }
    if (!input.parentCode && !input.level && !search) where.push(`r.level = 'province'`);
    const limit = search ? ` LIMIT ${SEARCH_LIMIT}` : '';

    return this.dataSource.query(
      `SELECT ${REGION_COLUMNS} FROM ${from} ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY r.code${limit}`,
      params.values,
    );
  }

  /**
   * The regions an analytics query is about: explicit codes (historical codes resolved, order kept,
   * duplicates dropped) or every region at `level` in the subtree of `parentCode` — the root included when it is
   * itself at `level` — or in the whole country when parentCode is absent; ordered by code.
   */
  async select(selection: RegionSelection): Promise<RegionRow[]> {
    if (selection.regionCodes && selection.regionCodes.length > 0) {
      if (selection.parentCode) {
        throw new RegionException('Give either regionCodes or parentCode, not both', RegionExceptionCode.INVALID_REGION_QUERY);
      }
      if (selection.regionCodes.length > MAX_SELECTED_REGIONS) {
        throw new RegionException(`At most ${MAX_SELECTED_REGIONS} regionCodes are allowed`, RegionExceptionCode.INVALID_REGION_QUERY);
      }
      const current = await this.resolveCodes(selection.regionCodes);
      const unknown = selection.regionCodes.filter((_, i) => current[i] === null);
      if (unknown.length > 0) throw new RegionException(`Unknown region code ${unknown.join(', ')}`, RegionExceptionCode.REGION_NOT_FOUND);
      const rows = await this.findByCodes([...new Set(current as string[])]);

      return rows.filter((row): row is RegionRow => row !== null);
    }
    if (!this.revisions) return this.selectSubtree(selection);
    const revision = await this.revisions.current();
    if (this.selections?.revision !== revision) this.selections = { revision, byKey: new Map() };
    const byKey = this.selections.byKey;
    const key = `${selection.parentCode ?? ''}|${selection.level}`;
    let rows = byKey.get(key);
    if (!rows) {
      rows = this.selectSubtree(selection);
      byKey.set(key, rows);
      // A failed selection (unknown code, too many regions, database error) is not remembered.
      const pending = rows;
      void pending.catch(() => {
        if (byKey.get(key) === pending) byKey.delete(key);
      });
    }

    return rows;
  }

  /**
   * Every (group, region) pair of the groups' subtrees, the groups themselves included — what aggregate's
   * recursive walk over parent_code yields — from the catalogue's parent links memoised per dataset revision,
   * so the aggregate SQL gets a list the planner can count instead of a recursive CTE it cannot (it then
   * hashed every current report of the country for one prefecture). Null without the memo (services built
   * by hand): the caller walks in SQL.
   */
  async subtreePairs(groupCodes: readonly string[]): Promise<{ groups: string[]; codes: string[] } | null> {
    if (!this.revisions) return null;
    const revision = await this.revisions.current();
    if (this.parentLinks?.revision !== revision) {
      const children = this.loadChildrenByParent();
      this.parentLinks = { revision, children };
      const pending = this.parentLinks;
      void children.catch(() => {
        if (this.parentLinks === pending) this.parentLinks = null;
      });
    }
    const children = await this.parentLinks.children;
    const groups: string[] = [];
    const codes: string[] = [];
    for (const group of new Set(groupCodes)) {
      // Breadth-first from the group; `seen` stops on a cycle in bad data, as UNION does in SQL.
      const seen = new Set([group]);
      const queue = [group];
      for (let i = 0; i < queue.length; i++) {
        const code = queue[i] as string;
        groups.push(group);
        codes.push(code);
        for (const child of children.get(code) ?? []) {
          if (!seen.has(child)) {
            seen.add(child);
            queue.push(child);
          }
        }
      }
    }

    return { groups, codes };
  }

  private async loadChildrenByParent(): Promise<Map<string, string[]>> {
    const rows: { code: string; parent_code: string }[] = await this.dataSource.query(`SELECT r.code, r.parent_code FROM region r WHERE r.parent_code IS NOT NULL`);
    const children = new Map<string, string[]>();
    for (const row of rows) {
      const list = children.get(row.parent_code);
      if (list) list.push(row.code);
      else children.set(row.parent_code, [row.code]);
    }

    return children;
  }

  private async selectSubtree(selection: RegionSelection): Promise<RegionRow[]> {
    const params = createSqlParameters();
    const level = params.add(selection.level, 'region_level_enum');
    let sql = `SELECT ${REGION_COLUMNS} FROM region r WHERE r.level = ${level} ORDER BY r.code`;
    if (selection.parentCode) {
      const parent = await this.requireCode(selection.parentCode);
      const parentParam = params.add(parent);
      // The root itself counts when it is at `level` (aggregate a prefecture with level: prefecture).
      sql = `SELECT ${REGION_COLUMNS} FROM (${buildSubtreeSql(parentParam)}) s JOIN region r ON r.code = s.code
             WHERE r.level = ${level} ORDER BY r.code`;
    }
    const rows: RegionRow[] = await this.dataSource.query(sql, params.values);
    if (rows.length > MAX_SELECTED_REGIONS) {
      throw new RegionException(`The selection has ${rows.length} regions; at most ${MAX_SELECTED_REGIONS} are allowed`, RegionExceptionCode.INVALID_REGION_QUERY);
    }

    return rows;
  }

  /** Children for many parents at once (DataLoader): direct children, or with `level` every descendant at that level. */
  async findChildren(parentCodes: readonly string[], level: RegionLevel | null): Promise<RegionRow[][]> {
    const rows: (RegionRow & { root: string })[] = level
      ? await this.dataSource.query(
          `WITH RECURSIVE tree AS (
             SELECT r.code AS root, r.code FROM region r WHERE r.code = ANY($1::varchar[])
             UNION
             SELECT t.root, c.code FROM region c JOIN tree t ON c.parent_code = t.code
           )
           SELECT t.root, ${REGION_COLUMNS} FROM tree t JOIN region r ON r.code = t.code
           WHERE r.level = $2::region_level_enum AND r.code <> t.root ORDER BY r.code`,
          [parentCodes, level],
        )
      : await this.dataSource.query(
          `SELECT r.parent_code AS root, ${REGION_COLUMNS} FROM region r WHERE r.parent_code = ANY($1::varchar[]) ORDER BY r.code`,
          [parentCodes],
        );
    const byParent = new Map<string, RegionRow[]>(parentCodes.map((code) => [code, []]));
    for (const { root, ...row } of rows) byParent.get(root)?.push(row);

    return parentCodes.map((code) => byParent.get(code) ?? []);
  }

  /** Former names and codes per region (DataLoader), oldest first. */
  async findAliases(regionCodes: readonly string[]): Promise<RegionAliasRow[][]> {
    const rows: RegionAliasRow[] = await this.dataSource.query(
      `SELECT a.region_code, a.alias, a.kind, a.valid_from, a.valid_to FROM region_alias a
       WHERE a.region_code = ANY($1::varchar[]) ORDER BY a.valid_from NULLS FIRST, a.alias`,
      [regionCodes],
    );
    const byRegion = new Map<string, RegionAliasRow[]>(regionCodes.map((code) => [code, []]));
    for (const row of rows) byRegion.get(row.region_code)?.push(row);

    return regionCodes.map((code) => byRegion.get(code) ?? []);
  }
}
