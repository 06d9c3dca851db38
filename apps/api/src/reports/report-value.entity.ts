import { VALUE_STATES, type ValueState } from '@gongkai/domain';
import { Column, Entity, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';

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
 * read back as a string; blank and not-applicable cells have a null value and their own state. The primary
 * key INCLUDEs value and state (the migration owns that: TypeORM cannot express INCLUDE); where each value was
 * printed is in ReportValueSource, one row a report.
 */
@Entity({ name: 'report_value' })
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

  @Column({ type: 'enum', enum: VALUE_STATES as ValueState[], enumName: 'value_state_enum' })
  state!: ValueState;

  @Column({ type: 'text' })
  raw!: string;

  @Column({ name: 'printed_unit', type: 'varchar', length: 8, nullable: true })
  printedUnit!: string | null;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  flags!: string[];
}

/**
 * Where each value of one report was printed (ReportValueProvenance) and which values a derived one came from,
 * as one JSON text a report (format: @gongkai/database value-sources.ts, written by libs/report-store toReportRows).
 */
@Entity({ name: 'report_value_source' })
export class ReportValueSource {
  @PrimaryColumn({ name: 'report_id', type: 'uuid' })
  reportId!: string;

  @OneToOne(() => Report, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'FK_report_value_source_report' })
  report?: Report;

  @Column({ type: 'text' })
  sources!: string;
}
