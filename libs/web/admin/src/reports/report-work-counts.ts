import { Injectable, WritableSignal, inject, signal } from '@angular/core';
import type { ReportPageDto } from '@walikota/shared-contracts';
import { API } from '@walikota/web-core';

/** How much waits, read cheaply from one first page: its length, and whether there is more. */
export interface WorkCount {
  count: number;
  more: boolean;
  overdue: number;
  overdueMore: boolean;
}

const FIRST_PAGE = 20;

/** The counts on the staff home's work cards: the moderators' queue and the department inbox. */
@Injectable()
export class ReportWorkCounts {
  private readonly api = inject(API);
  readonly queue = signal<WorkCount | null>(null);
  readonly inbox = signal<WorkCount | null>(null);

  async load(which: { queue: boolean; inbox: boolean }): Promise<void> {
    await Promise.all([
      which.queue ? this.count(this.queue, (overdue) => this.api.listReportQueue({ overdue, limit: FIRST_PAGE })) : null,
      which.inbox ? this.count(this.inbox, (overdue) => this.api.listDepartmentInbox({ overdue, limit: FIRST_PAGE })) : null,
    ]);
  }

  private async count(target: WritableSignal<WorkCount | null>, list: (overdue?: true) => Promise<ReportPageDto>): Promise<void> {
    try {
      const [all, overdue] = await Promise.all([list(), list(true)]);
      target.set({ count: all.items.length, more: !!all.nextCursor, overdue: overdue.items.length, overdueMore: !!overdue.nextCursor });
    } catch {
      // The card still links to the list, which shows the problem itself.
      target.set(null);
    }
  }
}

/** "12 laporan menunggu", "Lebih dari 20 laporan menunggu", or nothing waiting. */
export function workCountText(count: WorkCount, t: (key: string, params?: Record<string, string | number>) => string): string[] {
  if (!count.count) return [t('admin.home.reports.none')];
  const lines = [t(count.more ? 'admin.home.reports.countMore' : 'admin.home.reports.count', { count: count.count })];
  if (count.overdue)
    lines.push(t(count.overdueMore ? 'admin.home.reports.overdueMore' : 'admin.home.reports.overdue', { count: count.overdue }));
  return lines;
}
