import { Injectable } from '@nestjs/common';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { ReportVisibility, visibilityOf } from './report-access';
import { pendingDeadline } from './report-overdue';
import { ReportEntity } from './report.entity';
import type { ReportStatus } from './report-workflow';

/** What open data (Open311) may show of a report a visitor may know of. */
export interface OpenReport {
  code: string;
  status: ReportStatus;
  /** `content`: every field below; `status`: only code, status and dates (not yet verified, or rejected). */
  visibility: Exclude<ReportVisibility, 'nothing'>;
  createdAt: Date;
  updatedAt: Date;
  /** The deadline the report waits on now: verification while submitted, follow-up while dispatched. */
  expectedAt: Date | null;
  title: string | null;
  description: string | null;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  categoryId: string | null;
  areaId: string | null;
  departmentId: string | null;
  /** The latest public note on its timeline. */
  latestPublicNote: string | null;
}

export interface OpenReportFilter {
  /** By code, whatever their age and listing ("overrides all other arguments"); otherwise the listed ones. */
  codes?: readonly string[];
  createdFrom?: Date;
  createdTo?: Date;
  categoryIds?: readonly string[];
  statuses?: readonly ReportStatus[];
  limit: number;
}

/**
 * Reports as open data for other modules (Open311): the reports module reads its own tables and
 * applies its own publication rule (`visibilityOf` for a visitor), so no other module needs to.
 */
@Injectable()
export class ReportOpenData {
  constructor(private readonly dataSource: DataSource) {}

  /** Newest first; a confidential report is never among them, an unpublished one only as its status. */
  async find(filter: OpenReportFilter): Promise<OpenReport[]> {
    const qb = this.query();
    if (filter.codes?.length) qb.andWhere('r.code IN (:...codes)', { codes: filter.codes });
    else {
      qb.andWhere('r.listed');
      if (filter.createdFrom) qb.andWhere('r.created_at >= :from', { from: filter.createdFrom });
      if (filter.createdTo) qb.andWhere('r.created_at <= :to', { to: filter.createdTo });
      if (filter.categoryIds)
        qb.andWhere(filter.categoryIds.length ? 'r.category_id IN (:...categoryIds)' : 'false', { categoryIds: filter.categoryIds });
      if (filter.statuses) qb.andWhere(filter.statuses.length ? 'r.status IN (:...statuses)' : 'false', { statuses: filter.statuses });
    }
    const rows = await qb.orderBy('r.created_at', 'DESC').addOrderBy('r.id', 'DESC').limit(filter.limit).getMany();
    return this.toOpen(rows);
  }

  /** One report by code, or null when a visitor may not know of it. */
  async findOne(code: string): Promise<OpenReport | null> {
    const [report] = await this.find({ codes: [code], limit: 1 });
    return report ?? null;
  }

  private query(): SelectQueryBuilder<ReportEntity> {
    return this.dataSource
      .getRepository(ReportEntity)
      .createQueryBuilder('r')
      .select([
        'r.id',
        'r.code',
        'r.status',
        'r.privacy',
        'r.reporterId',
        'r.departmentId',
        'r.dispatchedAt',
        'r.verifiedAt',
        'r.createdAt',
        'r.updatedAt',
        'r.verifyDueAt',
        'r.followupDueAt',
        'r.title',
        'r.description',
        'r.address',
        'r.latitude',
        'r.longitude',
        'r.categoryId',
        'r.areaId',
      ]);
  }

  private async toOpen(rows: ReportEntity[]): Promise<OpenReport[]> {
    const shown = rows.flatMap((r) => {
      const visibility = visibilityOf(undefined, r);
      return visibility === 'nothing' ? [] : [{ r, visibility }];
    });
    const published = shown.filter((s) => s.visibility === 'content').map((s) => s.r.id);
    // The latest public note of each published report, in one query.
    const noteRows: { report_id: string; note: string }[] = published.length
      ? await this.dataSource.query(
          `SELECT DISTINCT ON (report_id) report_id, note FROM report_event
            WHERE report_id = ANY($1) AND public AND note IS NOT NULL AND note <> ''
            ORDER BY report_id, occurred_at DESC, id DESC`,
          [published],
        )
      : [];
    const notes = new Map(noteRows.map((n) => [n.report_id, n.note]));
    return shown.map(({ r, visibility }): OpenReport => {
      const expectedAt = pendingDeadline(r)?.due ?? null;
      const base = { code: r.code, status: r.status, createdAt: r.createdAt, updatedAt: r.updatedAt, expectedAt };
      if (visibility === 'status')
        return {
          ...base,
          visibility,
          title: null,
          description: null,
          address: null,
          latitude: null,
          longitude: null,
          categoryId: null,
          areaId: null,
          departmentId: null,
          latestPublicNote: null,
        };
      return {
        ...base,
        visibility,
        title: r.title,
        description: r.description,
        address: r.address,
        latitude: r.latitude === null ? null : Number(r.latitude),
        longitude: r.longitude === null ? null : Number(r.longitude),
        categoryId: r.categoryId,
        areaId: r.areaId,
        departmentId: r.departmentId,
        latestPublicNote: notes.get(r.id) ?? null,
      };
    });
  }
}
