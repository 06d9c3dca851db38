import { Module } from '@nestjs/common';

import { AuditController } from './audit.controller';
import { AuditResolver } from './audit.resolver';
import { AuditService } from './audit.service';

/** The audit trail's read side: GraphQL auditLog and the CSV export, for admins. */
@Module({
  controllers: [AuditController],
  providers: [AuditResolver, AuditService],
})
export class AuditModule {}
