import { Injectable, OnModuleInit } from '@nestjs/common';
import { AuditLabelRegistry } from '@walikota/api-audit';
import { DataSource, In } from 'typeorm';
import { ReportEntity } from './report.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The audit log (admins only) names a report by its code, e.g. `LPR-2026-000042`: one query per
 * page of the log, and the code only, never the title or the reporter.
 */
@Injectable()
export class ReportsAuditLabels implements OnModuleInit {
  constructor(
    private readonly registry: AuditLabelRegistry,
    private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    this.registry.register({ targetType: 'report', labels: (ids) => this.codes(ids) });
  }

  private async codes(ids: readonly string[]): Promise<Map<string, string>> {
    // Target ids are free text in the log; only UUIDs can name a report.
    const valid = ids.filter((id) => UUID.test(id));
    if (valid.length === 0) return new Map();
    const reports = await this.dataSource.getRepository(ReportEntity).find({ select: { id: true, code: true }, where: { id: In(valid) } });
    return new Map(reports.map((r) => [r.id, r.code]));
  }
}
