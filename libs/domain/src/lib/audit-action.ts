/** Every kind of write the audit trail records (table audit_event, column action). */
export type AuditAction =
  | 'report_ingested'
  | 'report_superseded'
  | 'report_corrected'
  | 'report_reparsed'
  | 'report_deleted'
  | 'report_region_reassigned'
  | 'sample_data_removed'
  | 'token_created'
  | 'token_revoked'
  | 'site_check_recorded'
  | 'harvest_run_started'
  | 'harvest_sites_imported'
  | 'harvest_site_removed';

export const AUDIT_ACTIONS: readonly AuditAction[] = [
  'report_ingested',
  'report_superseded',
  'report_corrected',
  'report_reparsed',
  'report_deleted',
  'report_region_reassigned',
  'sample_data_removed',
  'token_created',
  'token_revoked',
  'site_check_recorded',
  'harvest_run_started',
  'harvest_sites_imported',
  'harvest_site_removed',
];

export const AUDIT_ACTION_LABELS: Record<AuditAction, { zh: string; en: string }> = {
  report_ingested: { zh: '入库报告', en: 'report ingested' },
  report_superseded: { zh: '替换报告（新版本）', en: 'report superseded by a new version' },
  report_corrected: { zh: '更正报告数值（新版本）', en: 'report values corrected (a new version)' },
  report_reparsed: { zh: '重新解析报告', en: 'report re-parsed with a newer parser' },
  report_deleted: { zh: '删除报告', en: 'report deleted' },
  report_region_reassigned: { zh: '更改报告地区', en: 'report moved to another region' },
  sample_data_removed: { zh: '移除示例数据', en: 'sample data removed' },
  token_created: { zh: '创建令牌', en: 'token created' },
  token_revoked: { zh: '吊销令牌', en: 'token revoked' },
  site_check_recorded: { zh: '记录网站核查', en: 'site check recorded' },
  harvest_run_started: { zh: '开始采集', en: 'harvest run started' },
  harvest_sites_imported: { zh: '导入采集站点', en: 'harvest sites imported' },
  harvest_site_removed: { zh: '删除采集站点', en: 'harvest site removed' },
};

/** What an audit row's target_id names. */
export type AuditTargetType = 'report' | 'token' | 'site_check' | 'dataset' | 'harvest_run' | 'harvest_site';

export const AUDIT_TARGET_LABELS: Record<AuditTargetType, { zh: string; en: string }> = {
  report: { zh: '报告', en: 'report' },
  token: { zh: '令牌', en: 'token' },
  site_check: { zh: '网站核查', en: 'site check' },
  dataset: { zh: '数据集', en: 'dataset' },
  harvest_run: { zh: '采集任务', en: 'harvest run' },
  harvest_site: { zh: '采集站点', en: 'harvest site' },
};
