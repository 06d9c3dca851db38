import { Controller, Get, Query, Res } from '@nestjs/common';

import { AUDIT_ACTIONS, type AuditAction } from '@gongkai/domain';
import { type Response } from 'express';

import { Roles } from '../auth/decorators/roles.decorator';
import { CoreException, CoreExceptionCode } from '../core/errors/core.exception';
import { AuditService } from './audit.service';
import { AUDIT_CSV_HEADER, auditEventsToCsv } from './utils/audit-events-to-csv.util';

function instant(name: string, raw: string | undefined): string | null {
  if (raw === undefined || raw === '') return null;
  const date = new Date(raw);
  if (Number.isNaN(date.getTime())) throw new CoreException(CoreExceptionCode.BAD_REQUEST, `${name} is not a date: ${raw}`, `${name} 不是有效的时间：${raw}`);

  return date.toISOString();
}

@Controller('api')
@Roles('admin')
export class AuditController {
  constructor(private readonly auditService: AuditService) {}

  /** The audit trail as CSV (UTF-8 with BOM, for spreadsheet programs): ?actions=a,b&from=…&to=… as in auditLog. */
  @Get('audit-log.csv')
  async csv(@Query('actions') actions: string | undefined, @Query('from') from: string | undefined, @Query('to') to: string | undefined, @Res() res: Response): Promise<void> {
    const wanted = (actions ?? '').split(',').map((a) => a.trim()).filter(Boolean);
    const unknown = wanted.filter((a) => !AUDIT_ACTIONS.includes(a as AuditAction));
    if (unknown.length > 0) throw new CoreException(CoreExceptionCode.BAD_REQUEST, `Unknown actions: ${unknown.join(', ')}`, `未知的操作类型：${unknown.join('、')}`);
    const query = { actions: wanted as AuditAction[], from: instant('from', from), to: instant('to', to) };
    // Checked before the first byte: once streaming, an error can no longer become a status.
    const pages = this.auditService.all(query);
    const first = await pages.next();
    res.status(200);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-log.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.write(`\uFEFF${AUDIT_CSV_HEADER.join(',')}\r\n`);
    if (!first.done) res.write(auditEventsToCsv(first.value));
    for await (const page of pages) res.write(auditEventsToCsv(page));
    res.end();
  }
}
