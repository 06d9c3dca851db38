import { auditActionLabel, auditTargetLabel } from './auditActionLabel';

describe('auditActionLabel', () => {
  it('names known actions in both languages and shows an unknown one as it is', () => {
    expect(auditActionLabel('report_deleted', 'zh')).toBe('删除报告');
    expect(auditActionLabel('token_created', 'en')).toBe('token created');
    expect(auditActionLabel('harvest_run_started', 'zh')).toBe('开始采集');
    expect(auditActionLabel('scheme_changed', 'zh')).toBe('scheme_changed');
  });

  it('names target kinds', () => {
    expect(auditTargetLabel('site_check', 'zh')).toBe('网站核查');
    expect(auditTargetLabel('report', 'en')).toBe('report');
    expect(auditTargetLabel('harvest_run', 'zh')).toBe('采集任务');
    expect(auditTargetLabel('scheme', 'zh')).toBe('scheme');
  });
});
