/** One row of report_region_change as the read side selects it. */
export type RegionChangeRow = {
  id: string;
  report_id: string;
  from_region_code: string;
  to_region_code: string;
  reason: string;
  changed_by: string;
  changed_at: Date | string;
};
