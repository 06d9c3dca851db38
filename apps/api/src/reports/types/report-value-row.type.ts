import { type ValueState } from '@gongkai/domain';

export type ProvenanceJson = { table: string; rowLabel: string; columnLabel: string; tableIndex: number; row: number; col: number; page?: number | null };

/** One value's entry in report_value_source.sources (the store writes it: libs/report-store valueSourcesOf). */
export type ValueSourceJson = { provenance?: ProvenanceJson; derivedFrom?: string[] };

/** A report_value row joined to its report_value_source entry (value as the exact numeric text pg returns). */
export type ReportValueRow = {
  report_id: string;
  metric_key: string;
  value: string | null;
  state: ValueState;
  raw: string;
  printed_unit: string | null;
  flags: string[];
  provenance: ProvenanceJson | null;
  derived_from: string[] | null;
};
