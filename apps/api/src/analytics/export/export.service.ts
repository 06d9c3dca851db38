import { Inject, Injectable } from '@nestjs/common';

import { DataSource } from 'typeorm';

import { READ_DATA_SOURCE } from '../../database/database.constants';

/** Look-ups of the export that the series result does not carry. */
@Injectable()
export class ExportService {
  constructor(@Inject(READ_DATA_SOURCE) private readonly dataSource: DataSource) {}

  /** Which of these reports are generated sample data. */
  async sampleReportIds(ids: ReadonlyArray<string | null>): Promise<Set<string>> {
    const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
    if (wanted.length === 0) return new Set();
    const rows: { id: string }[] = await this.dataSource.query(`SELECT id FROM report WHERE id = ANY($1::uuid[]) AND sample_data`, [wanted]);

    return new Set(rows.map((r) => r.id));
  }
}
