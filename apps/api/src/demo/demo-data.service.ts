import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

// The sample corpus generator is the demo data set's single source (the api uses it only to fill an empty
// database on first start).
import { SAMPLE_FORMATS, generateReportSeries, linzhiCounties, renderSample } from '@gongkai/sample-corpus';

import { IngestionService } from '../ingestion/ingestion.service';

export const DEMO_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025];
/** Fixed seed: every fresh install shows the same demo data. */
const DEMO_SEED = 'gongkai-demo';

export type DemoLoadSummary = { documents: number; ingested: number; rejected: number; elapsedMs: number };

/**
 * On first start with an empty database, generates the sample reports of every county of 林芝市 for
 * 2019–2025 (formats rotating txt/html/docx, each marked as sample data) and ingests them in-process.
 */
@Injectable()
export class DemoDataService implements OnApplicationShutdown {
  private readonly logger = new Logger('Demo');
  private running: Promise<DemoLoadSummary | null> | null = null;
  private stopping = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly ingestionService: IngestionService,
  ) {}

  /** Starts loading when the database has no report; resolves when done (null when skipped). */
  loadIfEmpty(): Promise<DemoLoadSummary | null> {
    this.running ??= this.load().catch((error: unknown) => {
      this.logger.error(`Demo data failed: ${error instanceof Error ? error.message : String(error)}`);

      return null;
    });

    return this.running;
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    await this.running;
  }

  private async load(): Promise<DemoLoadSummary | null> {
    const [{ n }]: { n: string }[] = await this.dataSource.query(`SELECT count(*) AS n FROM "report"`);
    if (Number(n) > 0) return null;
    const started = Date.now();
    this.logger.log(`Empty database: loading the demo data set (林芝市 counties, ${DEMO_YEARS[0]}–${DEMO_YEARS[DEMO_YEARS.length - 1]})…`);
    const summary: DemoLoadSummary = { documents: 0, ingested: 0, rejected: 0, elapsedMs: 0 };
    let index = 0;
    for (const region of linzhiCounties()) {
      for (const sample of generateReportSeries({ region, years: DEMO_YEARS, seed: DEMO_SEED })) {
        if (this.stopping) return summary;
        // Parsing is synchronous CPU work: yield between documents so requests are answered during the load.
        await new Promise((resolve) => setImmediate(resolve));
        const format = SAMPLE_FORMATS[index++ % SAMPLE_FORMATS.length];
        const bytes = renderSample(sample, format);
        const result = await this.ingestionService.ingest(
          { bytes, fileName: `${sample.region.name}-${sample.year}.${format}`, regionCode: sample.region.code },
          'system',
        );
        summary.documents += 1;
        if (result.status === 'rejected') {
          summary.rejected += 1;
          this.logger.warn(`Demo document ${sample.id}.${format} rejected: ${result.error?.code} ${result.error?.messageEn}`);
        } else summary.ingested += 1;
      }
    }
    summary.elapsedMs = Date.now() - started;
    this.logger.log(`Demo data: ${summary.ingested} reports ingested, ${summary.rejected} rejected, in ${summary.elapsedMs} ms`);

    return summary;
  }
}
