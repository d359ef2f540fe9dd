import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuditAnchorStore } from './audit-anchor';
import { AuditLabelRegistry } from './audit-labels.registry';
import { AuditLogEntity } from './audit-log.entity';
import { AuditService } from './audit.service';

@Module({
  imports: [TypeOrmModule.forFeature([AuditLogEntity])],
  providers: [AuditService, AuditAnchorStore, AuditLabelRegistry],
  exports: [AuditService, AuditLabelRegistry],
})
export class AuditModule {}
