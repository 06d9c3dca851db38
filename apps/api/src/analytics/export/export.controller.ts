import { Controller, Get, Query, Res } from '@nestjs/common';

import { stream } from 'exceljs';
import { type Response } from 'express';

import { getMetric, type Metric, type RegionLevel } from '@gongkai/domain';

import { CoreException, CoreExceptionCode } from '../../core/errors/core.exception';
import { RegionException, RegionExceptionCode } from '../../regions/region.exception';
import { RegionsService } from '../../regions/regions.service';
import { type RegionRow } from '../../regions/types/region-row.type';
import { AnalyticsException } from '../analytics.exception';
import { AnalyticsService } from '../analytics.service';
import { MAX_YEAR_SPAN } from '../constants/analytics-limits.constant';
import { toCsvLine } from '../utils/to-csv-line.util';
import { ExportService } from './export.service';

/** Regions asked per series query: bounds the memory of one step whatever the size of the selection. */
const REGIONS_PER_CHUNK = 200;

const LEVELS: readonly RegionLevel[] = ['province', 'prefecture', 'county'];

export const EXPORT_COLUMNS = [
  'region_code',
  'region_name',
  'region_path',
  'year',
  'metric_key',
  'metric_label_zh',
  'value',
  'state',
  'unit',
  'template',
  'comparability',
  'change',
  'report_id',
  'sample_data',
] as const;

type ExportQuery = { metric?: string; parentCode?: string; level?: string; yearFrom?: string; yearTo?: string; format?: string };

/**
 * GET /api/export: the series of one or more metrics as a tidy CSV or XLSX (one row per region, year and metric), for
 * spreadsheets and scripts without jq. The same SQL as the `series` query, asked REGIONS_PER_CHUNK regions at a
 * time and written as it comes (with the socket's backpressure), so a whole country is never held in memory.
 */
@Controller('api/export')
export class ExportController {
  constructor(
    private readonly analyticsService: AnalyticsService,
    private readonly exportService: ExportService,
    private readonly regionsService: RegionsService,
  ) {}

  @Get()
  async export(@Query() query: ExportQuery, @Res() res: Response): Promise<void> {
    const { metrics, level, yearFrom, yearTo, format } = parseExportQuery(query);
    const regions = await this.regionsService.select({ parentCode: query.parentCode || null, level }).catch(toBadRequest);
    res.status(200);
    res.setHeader('Content-Type', format === 'csv' ? 'text/csv; charset=utf-8' : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    res.setHeader('Content-Disposition', `attachment; filename="gongkai-export-${(query.parentCode ?? '').replace(/[^0-9A-Za-z]/g, '') || 'all'}-${yearFrom}-${yearTo}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    // Not awaited: the global TimeoutInterceptor would cut a long export after REQUEST_TIMEOUT_MS and the filter
    // would then end the response as if it were complete. The handler returns once the export is valid and has
    // begun; the stream reports its own failure by destroying the connection.
    void this.stream(format === 'csv' ? csvSink(res) : xlsxSink(res), res, metrics, regions, yearFrom, yearTo);
  }

  private async stream(sink: ExportSink, res: Response, metrics: readonly Metric[], regions: readonly RegionRow[], yearFrom: number, yearTo: number): Promise<void> {
    try {
      await sink.start();
      for (const metric of metrics) {
        for (let i = 0; i < regions.length; i += REGIONS_PER_CHUNK) {
          const chunk = regions.slice(i, i + REGIONS_PER_CHUNK);
          const result = await this.analyticsService.series({ metric: metric.key, regionCodes: chunk.map((r) => r.code), yearFrom, yearTo });
          const sample = await this.exportService.sampleReportIds(result.series.flatMap((s) => s.points.map((p) => p.reportId)));
          const rows: ExportRow[] = [];
          for (const { region, points } of result.series) {
            for (const p of points) {
              rows.push([
                region.code,
                region.name,
                region.path,
                p.year,
                metric.key,
                metric.labelZh,
                p.value,
                p.state,
                metric.unit,
                p.template,
                p.comparability,
                p.change,
                p.reportId,
                p.reportId ? sample.has(p.reportId) : false,
              ]);
            }
          }
          if (rows.length > 0) await sink.rows(rows);
        }
      }
      await sink.end();
    } catch (error) {
      // Headers are gone: destroying the connection tells the client the file is incomplete (no final chunk).
      res.destroy(error instanceof Error ? error : new Error(String(error)));
    }
  }
}

function parseExportQuery(query: ExportQuery): { metrics: Metric[]; level: RegionLevel; yearFrom: number; yearTo: number; format: ExportFormat } {
  const format = query.format ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') throw new CoreException(CoreExceptionCode.BAD_REQUEST, `format must be csv or xlsx, not ${format}`, `不支持的格式 ${format}：只提供 csv 和 xlsx。`);
  const keys = (query.metric ?? '')
    .split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  if (keys.length === 0) throw new CoreException(CoreExceptionCode.BAD_REQUEST, 'metric is required (one or more keys, comma-separated)', '请用 metric 参数给出指标键（多个用逗号分隔）。');
  const metrics = keys.map((key) => {
    const metric = getMetric(key);
    if (!metric) throw new CoreException(CoreExceptionCode.BAD_REQUEST, `Unknown metric ${key}; see the metrics query for the keys`, `未知指标 ${key}：可用的指标键见 metrics 查询。`);

    return metric;
  });
  const level = (query.level ?? 'county') as RegionLevel;
  if (!LEVELS.includes(level)) throw new CoreException(CoreExceptionCode.BAD_REQUEST, `level must be province, prefecture or county, not ${level}`, '层级 level 只能是 province、prefecture 或 county。');
  const yearFrom = Number(query.yearFrom);
  const yearTo = Number(query.yearTo);
  // Checked before the first byte (as the series query checks them): an error after it can only cut the file short.
  if (!Number.isInteger(yearFrom) || !Number.isInteger(yearTo) || yearFrom < 1900 || yearTo > 2200 || yearFrom > yearTo || yearTo - yearFrom + 1 > MAX_YEAR_SPAN) {
    throw new CoreException(
      CoreExceptionCode.BAD_REQUEST,
      `yearFrom and yearTo must be integers from 1900 to 2200, yearFrom ≤ yearTo, at most ${MAX_YEAR_SPAN} years`,
      `年度无效：yearFrom 和 yearTo 须为整数，yearFrom 不晚于 yearTo，最多 ${MAX_YEAR_SPAN} 年。`,
    );
  }

  return { metrics, level, yearFrom, yearTo, format };
}

/** The analytics and region errors are GraphQL-shaped; here they are the caller's mistakes, answered as REST 400/404. */
function toBadRequest(error: unknown): never {
  if (error instanceof RegionException && error.code === RegionExceptionCode.REGION_NOT_FOUND) {
    throw new CoreException(CoreExceptionCode.NOT_FOUND, error.message, '未知的地区代码。');
  }
  if (error instanceof RegionException || error instanceof AnalyticsException) {
    throw new CoreException(CoreExceptionCode.BAD_REQUEST, error.message, '查询参数无效：一次最多 3000 个地区。');
  }
  throw error;
}

type ExportFormat = 'csv' | 'xlsx';

type ExportRow = Array<string | number | boolean | null>;

/** Where the rows go: a CSV text stream or a streamed workbook, both written to the response as they come. */
type ExportSink = { start: () => Promise<void>; rows: (rows: readonly ExportRow[]) => Promise<void>; end: () => Promise<void> };

function csvSink(res: Response): ExportSink {
  return {
    // A byte-order mark, so that Excel reads the Chinese names as UTF-8.
    start: () => write(res, `\uFEFF${toCsvLine(EXPORT_COLUMNS)}`),
    rows: (rows) => write(res, rows.map(toCsvLine).join('')),
    end: async () => {
      res.end();
    },
  };
}

function xlsxSink(res: Response): ExportSink {
  // Rows are committed as they are added (nothing kept per row); no shared strings, so nothing grows with the file.
  const workbook = new stream.xlsx.WorkbookWriter({ stream: res, useStyles: false, useSharedStrings: false });
  const sheet = workbook.addWorksheet('export');
  const waitForClient = async () => {
    if (res.writableNeedDrain) await write(res, '');
  };

  return {
    start: async () => {
      sheet.addRow([...EXPORT_COLUMNS]).commit();
    },
    rows: async (rows) => {
      for (const row of rows) sheet.addRow(row.map((field, i) => toXlsxCell(EXPORT_COLUMNS[i]!, field))).commit();
      await waitForClient();
    },
    end: async () => {
      sheet.commit();
      await workbook.commit();
    },
  };
}

/**
 * Values and changes as spreadsheet numbers when the double is exactly the decimal string ("82", "0.682927"),
 * else as text, so a number is never shown rounded (money with more digits than a double holds stays text).
 */
function toXlsxCell(column: (typeof EXPORT_COLUMNS)[number], field: string | number | boolean | null): string | number | boolean | null {
  if ((column === 'value' || column === 'change') && typeof field === 'string' && String(Number(field)) === field) return Number(field);

  return field;
}

/** Writes and waits for the socket to drain when its buffer is full (backpressure). */
async function write(res: Response, text: string): Promise<void> {
  if (res.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: Error) => {
      res.off('drain', done);
      res.off('close', done);
      if (error) reject(error);
      else if (res.destroyed) reject(new Error('client went away'));
      else resolve();
    };
    res.once('drain', done);
    res.once('close', done);
  });
}
