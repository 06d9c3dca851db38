import { currentCode, getRegion, pathName, resolveRegion } from '@gongkai/regions';
import { type ParsedReport } from '@gongkai/report-parser';

import { type IngestErrorInfo } from './types';

/**
 * The region a report is stored under: the uploader's code (current or historical) when given, else what the
 * document says of itself (title, issuer, address, postcode, phone area codes, hosts, the source URL's host).
 */
export function resolveRegionOf(
  parsed: Pick<ParsedReport, 'title' | 'issuer' | 'location'>,
  input: { regionCode?: string | null; sourceUrl?: string },
): { code: string } | { error: IngestErrorInfo } {
  if (input.regionCode) {
    const code = currentCode(input.regionCode.trim());
    if (!code || !getRegion(code)) {
      return {
        error: { code: 'REGION_UNKNOWN', messageZh: `地区代码 ${input.regionCode} 不存在。`, messageEn: `Unknown region code ${input.regionCode}.` },
      };
    }

    return { code };
  }
  const sourceHost = input.sourceUrl ? hostOf(input.sourceUrl) : null;
  const resolution = resolveRegion({
    title: parsed.title,
    issuer: parsed.issuer,
    address: parsed.location.address ?? null,
    postcode: parsed.location.postcode ?? null,
    phones: parsed.location.phones,
    areaCodes: parsed.location.areaCodes,
    hosts: sourceHost ? [...parsed.location.hosts, sourceHost] : parsed.location.hosts,
  });
  if (resolution.status === 'resolved') return { code: resolution.region.code };
  if (resolution.status === 'ambiguous') {
    const candidates = resolution.candidates.map((c) => ({ code: c.code, path: c.pathName || pathName(c.code) }));

    return {
      error: {
        code: 'REGION_AMBIGUOUS',
        messageZh: `无法确定报告所属地区，可能是：${candidates.map((c) => `${c.path}（${c.code}）`).join('、')}。请指定地区代码。`,
        messageEn: `The report's region is ambiguous (${candidates.map((c) => c.code).join(', ')}); give a region code.`,
        candidates,
      },
    };
  }

  return {
    error: {
      code: 'REGION_UNKNOWN',
      messageZh: '无法从报告中确定所属地区，请指定地区代码。',
      messageEn: "The report's region could not be determined; give a region code.",
    },
  };
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}
