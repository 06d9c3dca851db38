/** The api's ReportFilter input, as the reports browser sends it. */
export type StoredReportFilter = {
  regionCode?: string;
  yearFrom?: number;
  yearTo?: number;
  issuer?: string;
  status?: 'current' | 'superseded';
  template?: 'gb2019' | 'gb2021' | 'nonstandard';
  hasFailedRules?: boolean;
};

const TEMPLATES = ['gb2019', 'gb2021', 'nonstandard'] as const;

function year(raw: string | undefined): number | undefined {
  return raw !== undefined && /^\d{4}$/.test(raw) ? Number(raw) : undefined;
}

/**
 * The browser's filters live in the URL (region, from, to, issuer, status, template, failing): a copied link shows the same
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

  return filter;
}

export type StoredReportOrder = 'year_desc' | 'ingested_desc';

/** The browser's order (URL parameter sort): newest data year first (default) or most recently stored first. */
export function readReportOrder(params: Record<string, string>): StoredReportOrder {
  return params.sort === 'ingested' ? 'ingested_desc' : 'year_desc';
}
