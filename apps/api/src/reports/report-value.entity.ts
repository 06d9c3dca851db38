import { type ValueState } from '@gongkai/domain';
import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';

import { Report } from './report.entity';

/** The printed location of a value (ParsedValue.provenance). */
export type ReportValueProvenance = {
  table: 't2' | 't3' | 't4';
  rowLabel: string;
  columnLabel: string;
  tableIndex: number;
  row: number;
  col: number;
  page?: number;
};

/**
 * Long-format fact table: one row per reported or derived metric of a report. `value` is exact numeric,
 * read back as a string; blank and not-applicable cells have a null value and their own state.
 */
@Entity({ name: 'report_value' })
// (metric_key, report_id) INCLUDE (value, state): TypeORM cannot express INCLUDE, so the migration owns it.
@Index('IDX_report_value_metric_key_report_id', { synchronize: false })
export class ReportValue {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  // No foreign key in the database (the fact table: migration DropReportValueForeignKey); the store deletes the rows.
  @ManyToOne(() => Report, { createForeignKeyConstraints: false })
  @JoinColumn({ name: 'report_id' })
  report?: Report;

  @PrimaryColumn({ name: 'metric_key', type: 'varchar', length: 64 })
  metricKey!: string;

  @Column({ type: 'numeric', nullable: true })
  value!: string | null;

  @Column({ type: 'enum', enum: ['number', 'blank', 'na', 'derived'], enumName: 'value_state_enum' })
  state!: ValueState;

  @Column({ type: 'text' })
  raw!: string;

  @Column({ name: 'printed_unit', type: 'varchar', length: 8, nullable: true })
  printedUnit!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags!: string[];

  @Column({ type: 'jsonb', nullable: true })
  provenance!: ReportValueProvenance | null;

  @Column({ name: 'derived_from', type: 'text', array: true, nullable: true })
  derivedFrom!: string[] | null;
}
