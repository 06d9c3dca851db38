import { type ValueState } from '@gongkai/domain';

export type ProvenanceJson = { table: string; rowLabel: string; columnLabel: string; tableIndex: number; row: number; col: number; page?: number | null };

/** A report_value row (value as the exact numeric text pg returns). */
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
