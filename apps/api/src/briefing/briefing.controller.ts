import { Controller, Get, Query, Res } from '@nestjs/common';

import { type Response } from 'express';

import { contentDisposition } from '../documents/utils/content-disposition.util';
import { BriefingException, BriefingExceptionCode } from './briefing.exception';
import { type BriefingFormat, BriefingService, TREND_YEARS } from './briefing.service';

const CONTENT_TYPES: Record<BriefingFormat, string> = {
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  pdf: 'application/pdf',
};
/** The trends a pack shows when none are asked for: the overview's default metric and the disclosure rate. */
const DEFAULT_TRENDS = ['t3_new_received_tot', 'rate_disclosed'];
const MAX_TRENDS = 6;
const FIRST_YEAR = 2008;

function one(value: unknown): string | undefined {
  return typeof value === 'string' ? value.trim() : undefined;
}

function parseYear(text: string | undefined, name: string): number {
  const year = text && /^\d{4}$/.test(text) ? Number(text) : NaN;
  if (!(year >= FIRST_YEAR && year <= new Date().getUTCFullYear()))
    throw new BriefingException(
      BriefingExceptionCode.INVALID_YEAR,
      `${name} must be a year from ${FIRST_YEAR}, got ${text ?? 'nothing'}`,
    );

  return year;
}

/**
 * GET /api/briefing?prefecture=<code>&year=<Y>&format=pptx|pdf[&metric=<key>][&metrics=<key>,…][&yearFrom=<Y>]:
 * the briefing pack for scripts, the same file the dashboard's 导出简报 button downloads.
 */
@Controller('api/briefing')
export class BriefingController {
  constructor(private readonly briefingService: BriefingService) {}

  @Get()
  async download(@Query() query: Record<string, unknown>, @Res() res: Response): Promise<void> {
    const prefecture = one(query['prefecture']);
    if (!prefecture || !/^\d{6}$/.test(prefecture))
      throw new BriefingException(
        BriefingExceptionCode.INVALID_PREFECTURE,
        `prefecture must be a 6-digit region code, got ${prefecture ?? 'nothing'}`,
      );
    const year = parseYear(one(query['year']), 'year');
    const format = one(query['format']) ?? 'pptx';
    if (format !== 'pptx' && format !== 'pdf')
      throw new BriefingException(
        BriefingExceptionCode.INVALID_FORMAT,
        `format must be pptx or pdf, got ${format}`,
      );
    const metric = BriefingService.checkMetric(one(query['metric']) || DEFAULT_TRENDS[0]);
    const listed = (one(query['metrics']) ?? '')
      .split(',')
      .map((key) => key.trim())
      .filter((key) => key !== '');
    const trendMetrics = [...new Set(listed.length > 0 ? listed : [metric, ...DEFAULT_TRENDS])]
      .slice(0, MAX_TRENDS)
      .map(BriefingService.checkMetric);
    const yearFrom = one(query['yearFrom'])
      ? parseYear(one(query['yearFrom']), 'yearFrom')
      : year - TREND_YEARS + 1;
    if (yearFrom > year)
      throw new BriefingException(
        BriefingExceptionCode.INVALID_YEAR,
        `yearFrom ${yearFrom} is after year ${year}`,
      );

    const { bytes, pack } = await this.briefingService.render(
      { prefecture, year, metric, trendMetrics, yearFrom },
      format,
    );
    res.setHeader('content-type', CONTENT_TYPES[format]);
    res.setHeader(
      'content-disposition',
      contentDisposition(`${pack.prefecture.name}_${year}_简报.${format}`, 'attachment'),
    );
    res.setHeader('cache-control', 'no-store');
    res.end(Buffer.from(bytes));
  }
}
