import { type StoredCorrection, type StoredOcrReading, type StoredProvenance } from '@gongkai/database';
import { type ValueState } from '@gongkai/domain';

/** Where a value was printed, as report_value_source stores it (@gongkai/database value-sources). */
export type ProvenanceJson = StoredProvenance;

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
  ocr?: StoredOcrReading | null;
  correction?: StoredCorrection | null;
};
