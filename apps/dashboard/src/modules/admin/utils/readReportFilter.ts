import { REPORT_ORDERS, type ReportOrder } from '@gongkai/domain';

import { type ReportOrder as GeneratedReportOrder } from '../../../gql/graphql';

/** The api's ReportFilter input, as the reports browser sends it. */
export type StoredReportFilter = {
  regionCode?: string;
  yearFrom?: number;
  yearTo?: number;
  issuer?: string;
  status?: 'current' | 'superseded';
  template?: 'gb2019' | 'gb2021' | 'nonstandard';
  hasFailedRules?: boolean;
  quality?: StoredReportQuality;
};

export const STORED_REPORT_QUALITIES = ['passing', 'failing', 'needs_review'] as const;
export type StoredReportQuality = (typeof STORED_REPORT_QUALITIES)[number];

const TEMPLATES = ['gb2019', 'gb2021', 'nonstandard'] as const;

function year(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * The browser's filters live in the URL (region, from, to, issuer, status, template, failing, quality): a copied link shows the same
 * list. Values the api would refuse are left out rather than sent (a year of three digits, an unknown template).
 */
export function readReportFilter(params: Record<string, string>): StoredReportFilter {
  const filter: StoredReportFilter = {};
  const region = params.region?.trim();
  if (region && /^\d{6}$/.test(region)) filter.regionCode = region;
  const from = year(params.from);
  const to = year(params.to);
  if (from !== undefined) filter.yearFrom = from;
  if (to !== undefined) filter.yearTo = to;
  // A reversed range is the user's intent with the ends swapped, not an error to show.
  if (from !== undefined && to !== undefined && from > to) {
    filter.yearFrom = to;
    filter.yearTo = from;
  }
  const issuer = params.issuer?.trim();
  if (issuer) filter.issuer = issuer.slice(0, 100);
  if (params.status === 'superseded') filter.status = 'superseded';
  const template = TEMPLATES.find((t) => t === params.template);
  if (template) filter.template = template;
  if (params.failing === 'true' || params.failing === 'false') filter.hasFailedRules = params.failing === 'true';
  const quality = STORED_REPORT_QUALITIES.find((q) => q === params.quality);
  if (quality) filter.quality = quality;

  return filter;
}

/** The api's orders (libs/domain); the generated ReportOrder type checks they are the schema's. */
export const STORED_REPORT_ORDERS: readonly ReportOrder[] = REPORT_ORDERS satisfies readonly GeneratedReportOrder[];
export type StoredReportOrder = ReportOrder;
export type StoredReportSortKey = 'year' | 'ingested' | 'issuer' | 'findings' | 'quality';

/**
 * The browser's order (URL parameter sort, an api ReportOrder such as issuer_asc): newest data year first by
 * default; the older link form sort=ingested still means most recently stored first.
 */
export function readReportOrder(params: Record<string, string>): StoredReportOrder {
  if (params.sort === 'ingested') return 'ingested_desc';

  return STORED_REPORT_ORDERS.find((o) => o === params.sort) ?? 'year_desc';
}

/** The order a click on a column header asks for: the other direction of the column sorted now, else the column's usual first direction. */
export function nextReportOrder(current: StoredReportOrder, key: StoredReportSortKey): StoredReportOrder {
  const [currentKey, direction] = current.split('_') as [StoredReportSortKey, 'asc' | 'desc'];
  if (currentKey === key) return `${key}_${direction === 'asc' ? 'desc' : 'asc'}`;

  // Names read A to Z first; years, stored times, findings and quality read newest, most or worst first.
  return key === 'issuer' ? 'issuer_asc' : `${key}_desc`;
}

/** Rows a page (URL parameter size); the first is the default. The api pages at most 100. */
export const PAGE_SIZES = [50, 10, 25, 100] as const;

export function readPageSize(params: Record<string, string>): number {
  return PAGE_SIZES.find((n) => String(n) === params.size) ?? PAGE_SIZES[0];
}
