import { readFile } from 'node:fs/promises';

import { Inject, Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import {
  type AssembleBriefingInput,
  assembleBriefingPack,
  type BriefingPack,
  buildBriefingPdf,
  buildBriefingPptx,
  type CoverageRowInput,
  type PdfFont,
} from '@gongkai/briefing';
import { fillWording, getMetric, HEADLINE_METRICS } from '@gongkai/domain';

import { AnalyticsService } from '../analytics/analytics.service';
import { ConfigService } from '../core/config/config.service';
import { READ_DATA_SOURCE } from '../database/database.constants';
import { RegionsService } from '../regions/regions.service';
import { ReportsReadService } from '../reports/reports-read.service';
import { BriefingException, BriefingExceptionCode } from './briefing.exception';

export type BriefingFormat = 'pptx' | 'pdf';
export type BriefingRequest = {
  prefecture: string;
  year: number;
  metric: string;
  trendMetrics: string[];
  yearFrom: number;
};

/** Years a trend slide spans by default (the year asked and the six before it: the demo's 2019–2025). */
export const TREND_YEARS = 7;

/**
 * A briefing pack for a prefecture and year, built from the same analytics the dashboard reads (aggregate with
 * LIKE_FOR_LIKE, ranking, coverage, series) and rendered by libs/briefing.
 */
@Injectable()
export class BriefingService {
  private font: Promise<PdfFont> | null = null;

  constructor(
    private readonly analyticsService: AnalyticsService,
    private readonly configService: ConfigService,
    @Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource,
    private readonly regionsService: RegionsService,
    private readonly reportsReadService: ReportsReadService,
  ) {}

  async render(
    request: BriefingRequest,
    format: BriefingFormat,
  ): Promise<{ bytes: Uint8Array; pack: BriefingPack }> {
    // The font first: a server without it answers at once, before any query.
    const font = format === 'pdf' ? await this.loadFont() : null;
    const pack = await this.buildPack(request);
    const bytes = font ? await buildBriefingPdf(pack, font) : await buildBriefingPptx(pack);

    return { bytes, pack };
  }

  async buildPack(request: BriefingRequest): Promise<BriefingPack> {
    const region = await this.regionsService.findByCode(request.prefecture);
    if (!region)
      throw new BriefingException(
        BriefingExceptionCode.PREFECTURE_NOT_FOUND,
        `No region ${request.prefecture}`,
      );
    if (region.level !== 'prefecture')
      throw new BriefingException(
        BriefingExceptionCode.NOT_A_PREFECTURE,
        `${region.code} (${region.name}) is a ${region.level}, not a prefecture`,
      );
    const { year } = request;
    const parentCode = region.code;
    const headline = await Promise.all(
      HEADLINE_METRICS.map(async ({ key, fn }) => {
        const common = {
          metric: key,
          parentCode,
          level: 'county' as const,
          yearFrom: year - 1,
          yearTo: year,
          comparison: 'LIKE_FOR_LIKE' as const,
        };
        const [rows, templateRows] = [
          await this.analyticsService.aggregate({ ...common, groupBy: ['year'], fn }),
          await this.analyticsService.aggregate({ ...common, groupBy: ['year', 'template'], fn: 'count' }),
        ];

        return { metricKey: key, fn, rows, templateRows };
      }),
    );
    const ranking = await this.analyticsService.ranking({
      metric: request.metric,
      year,
      parentCode,
      level: 'county',
      order: 'desc',
    });
    const coverage = await this.analyticsService.coverage({
      parentCode,
      yearFrom: year,
      yearTo: year,
      level: 'county',
      withContact: true,
    });
    const trends = [];
    for (const metric of request.trendMetrics) {
      const series = await this.analyticsService.series({
        metric,
        parentCode,
        level: 'county',
        yearFrom: request.yearFrom,
        yearTo: year,
      });
      trends.push({ metricKey: metric, yearFrom: request.yearFrom, yearTo: year, series: series.series });
    }
    const reportIds = [
      ...ranking.entries.map((e) => e.reportId),
      ...coverage.map((c) => c.reportId),
      ...trends.flatMap((t) => t.series.flatMap((s) => s.points.map((p) => p.reportId))),
    ].filter((id): id is string => id !== null);
    const samples = await this.sampleReportIds([...new Set(reportIds)]);
    const info = await this.reportsReadService.datasetInfo();
    const input: AssembleBriefingInput = {
      prefecture: { code: region.code, name: region.name },
      year,
      dataDate: fillWording('数据日期：{date}', { date: (info.lastIngestedAt ?? '').slice(0, 10) || '—' }),
      sample: samples.size > 0,
      headline,
      ranking: {
        metricKey: request.metric,
        entries: ranking.entries.map((e) => ({
          ...e,
          sample: e.reportId !== null && samples.has(e.reportId),
        })),
      },
      coverage: coverage.map((c): CoverageRowInput => ({ ...c, contact: c.contact })),
      trends,
    };

    return assembleBriefingPack(input);
  }

  /** Which of these reports are generated sample data (one query). */
  private async sampleReportIds(ids: readonly string[]): Promise<Set<string>> {
    if (ids.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM report WHERE id = ANY($1::uuid[]) AND sample_data`,
      [ids],
    );

    return new Set(rows.map((r) => r.id));
  }

  /** The CJK font, read once (about 20 MB; pdfkit embeds only the glyphs a pack uses). */
  private loadFont(): Promise<PdfFont> {
    const path = this.configService.get('BRIEFING_FONT_PATH');
    const postscriptName = this.configService.get('BRIEFING_FONT_NAME') || undefined;
    this.font ??= readFile(path).then(
      (bytes) => ({ bytes, postscriptName }),
      (error: unknown) => {
        this.font = null;
        throw new BriefingException(
          BriefingExceptionCode.CJK_FONT_MISSING,
          `No CJK font at ${path} (${error instanceof Error ? error.message : String(error)}): install the Debian package fonts-noto-cjk or set BRIEFING_FONT_PATH`,
        );
      },
    );

    return this.font;
  }

  static checkMetric(key: string): string {
    if (!getMetric(key))
      throw new BriefingException(
        BriefingExceptionCode.UNKNOWN_METRIC,
        `Unknown metric ${key}`,
        `未知的指标代码：${key}`,
      );

    return key;
  }
}
