import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingListWhen, MeetingSummaryDto } from '@walikota/shared-contracts';
import { API, CityFormat, KeysetList, Session } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkPageHeader, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { meetingPath, meetingStatusTone } from './meeting-labels';

const PAGE = 20;

/** `/admin/balai-kota`: the meetings still to come and those that are over, with their places. */
@Component({
  selector: 'wk-admin-meeting-list-page',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkCell, WkPageHeader, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.meetings.title.list')" [lead]="i18n.t('admin.meetings.list.lead')">
      <p class="wk-actions">
        @if (organises()) {
          <a wkButton [routerLink]="newPath">{{ i18n.t('admin.meetings.list.new') }}</a>
        }
        <a [routerLink]="commitmentsPath">{{ i18n.t('admin.meetings.list.commitments') }}</a>
      </p>
    </wk-page-header>
    @for (list of lists; track list.when) {
      <div class="meetings-section">
        <h2>{{ i18n.t('admin.meetings.list.' + list.when) }}</h2>
        @if (list.items.problem(); as problem) {
          <wk-alert tone="danger">{{ errorText(problem) }}</wk-alert>
        }
        <wk-table
          [caption]="i18n.t('admin.meetings.list.' + list.when)"
          [columns]="columns()"
          [rows]="list.items.items()"
          [loading]="list.items.loading() || list.items.loadingMore()"
          [hasMore]="list.items.hasMore()"
          (loadMore)="list.items.loadMore()"
          [emptyText]="i18n.t('admin.meetings.list.empty.' + list.when)"
          trackBy="code"
        >
          <ng-template wkCell="title" let-row>
            <a [routerLink]="path(row.code)">{{ row.title }}</a>
            <span class="admin-code wk-muted">{{ row.code }}</span>
          </ng-template>
          <ng-template wkCell="status" let-row>
            <wk-badge [tone]="tone(row.status)">{{ i18n.t('admin.meetings.status.' + row.status) }}</wk-badge>
          </ng-template>
          <ng-template wkCell="startsAt" let-row>{{ format.dateTime(row.startsAt) }}</ng-template>
          <ng-template wkCell="department" let-row>{{ row.department.name }}</ng-template>
          <ng-template wkCell="places" let-row>{{ places(row) }}</ng-template>
        </wk-table>
      </div>
    }
  `,
  styles: `
    .meetings-section + .meetings-section {
      margin-top: var(--space-6);
    }
  `,
})
export class MeetingListPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  private readonly session = inject(Session);
  protected readonly organises = computed(() => this.session.hasRole('official', 'admin'));
  protected readonly newPath = meetingPath('baru');
  protected readonly commitmentsPath = meetingPath('komitmen');
  protected readonly path = (code: string) => meetingPath(code);
  protected readonly tone = meetingStatusTone;
  protected readonly lists: { when: MeetingListWhen; items: KeysetList<MeetingSummaryDto, MeetingListWhen> }[] = (
    ['upcoming', 'past'] as const
  ).map((when) => ({ when, items: new KeysetList((w: MeetingListWhen, after) => this.api.listMeetings({ when: w, after, limit: PAGE })) }));
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'title', label: this.i18n.t('admin.meetings.field.title') },
    { key: 'status', label: this.i18n.t('admin.meetings.list.status') },
    { key: 'startsAt', label: this.i18n.t('admin.meetings.list.startsAt') },
    { key: 'department', label: this.i18n.t('admin.meetings.field.department') },
    { key: 'places', label: this.i18n.t('admin.meetings.list.places') },
  ]);

  constructor() {
    for (const list of this.lists) void list.items.load(list.when);
  }

  protected places(row: MeetingSummaryDto): string {
    return this.i18n.t('admin.meetings.places', { confirmed: row.confirmedCount, capacity: row.capacity, waiting: row.waitingCount });
  }

  protected errorText(problem: Parameters<typeof loadErrorText>[0]): string {
    return loadErrorText(problem, this.i18n);
  }
}
