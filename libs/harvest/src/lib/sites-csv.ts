/** One line of a site list: `region_code,url[,issuer]`. */
export type SiteRow = { regionCode: string; url: string; issuer: string | null; line: number };

/**
 * Reads a site list (CSV, UTF-8, optional BOM and header line `region_code,url,issuer`). Quoted fields are
 * allowed ("…,…"). Bad lines are returned as errors with their line number, never skipped silently.
 */
export function parseSitesCsv(text: string): { sites: SiteRow[]; errors: { line: number; messageZh: string }[] } {
  const sites: SiteRow[] = [];
  const errors: { line: number; messageZh: string }[] = [];
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.trim().startsWith('#')) return;
    const fields = splitCsvLine(raw).map((f) => f.trim());
    if (line === 1 && /^region_?code$/i.test(fields[0] ?? '')) return;
    const [regionCode = '', url = '', issuer = ''] = fields;
    if (!/^\d{6}$/.test(regionCode)) return void errors.push({ line, messageZh: `第 ${line} 行：地区代码应为 6 位数字，实为「${regionCode}」` });
    try {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('scheme');
    } catch {
      return void errors.push({ line, messageZh: `第 ${line} 行：网址无效「${url}」` });
    }
    sites.push({ regionCode, url, issuer: issuer === '' ? null : issuer, line });
  });

  return { sites, errors };
}

function splitCsvLine(line: string): string[] {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i] as string;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(field);
      field = '';
    } else field += c;
  }
  out.push(field);

  return out;
}
