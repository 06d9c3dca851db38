import { type AuditEvent } from '@gongkai/database';

import { AUDIT_CSV_HEADER, auditEventsToCsv } from './audit-events-to-csv.util';

const event = (over: Partial<AuditEvent>): AuditEvent => ({
  id: 'e1',
  occurredAt: '2026-12-08T00:00:00.000Z',
  action: 'report_deleted',
  actor: 'ops',
  actorTokenId: 't1',
  actorRole: 'admin',
  clientAddress: '203.0.113.7',
  requestId: 'r1',
  targetType: 'report',
  targetId: 'rep1',
  regionCode: '540402',
  details: { fileName: 'a,b.txt' },
  ...over,
});

describe('auditEventsToCsv', () => {
  it('writes one CRLF line per row with the Chinese label and quoted cells', () => {
    expect(auditEventsToCsv([event({})])).toBe('2026-12-08T00:00:00.000Z,删除报告,report_deleted,ops,admin,203.0.113.7,r1,report,rep1,540402,"{""fileName"":""a,b.txt""}"\r\n');
    expect(AUDIT_CSV_HEADER).toHaveLength(11);
  });

  it('keeps a token name that looks like a formula inert, and writes nulls as empty cells', () => {
    expect(auditEventsToCsv([event({ actor: '=HYPERLINK("x")', actorRole: null, clientAddress: null, details: {} })])).toBe(
      `2026-12-08T00:00:00.000Z,删除报告,report_deleted,"'=HYPERLINK(""x"")",,,r1,report,rep1,540402,{}\r\n`,
    );
  });

  it('writes nothing for no rows', () => {
    expect(auditEventsToCsv([])).toBe('');
  });
});
