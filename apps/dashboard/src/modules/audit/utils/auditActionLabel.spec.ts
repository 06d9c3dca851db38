import { auditActionLabel, auditTargetLabel } from './auditActionLabel';

describe('auditActionLabel', () => {
  it('names known actions in both languages and shows an unknown one as it is', () => {
    expect(auditActionLabel('report_deleted', 'zh')).toBe('删除报告');
    expect(auditActionLabel('token_created', 'en')).toBe('token created');
    expect(auditActionLabel('harvest_started', 'zh')).toBe('harvest_started');
  });

  it('names target kinds', () => {
    expect(auditTargetLabel('site_check', 'zh')).toBe('网站核查');
    expect(auditTargetLabel('report', 'en')).toBe('report');
    expect(auditTargetLabel('harvest_run', 'zh')).toBe('harvest_run');
  });
});
