import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { FormBuilder, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { MEETING_COMMITMENT_STATUSES } from '@walikota/shared-contracts';
import type { CommitmentDto, MeetingCommitmentStatus } from '@walikota/shared-contracts';
import { API, KeysetList } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { DepartmentsStore, compact } from '../data-access/stores';
import { MeetingCommitment } from './meeting-commitment';
import { meetingPath } from './meeting-labels';

interface CommitmentQuery {
  departmentId?: string;
  status?: MeetingCommitmentStatus;
  overdue?: boolean;
}

const PAGE = 50;

/** `/admin/balai-kota/komitmen`: every commitment of concluded meetings by due date, filtered, each to move on. */
@Component({
  selector: 'wk-admin-meeting-commitments-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton, MeetingCommitment],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.meetings.title.commitments')" [lead]="i18n.t('admin.meetings.commitments.lead')">
      <p>
        <a [routerLink]="listPath">{{ i18n.t('admin.meetings.backToList') }}</a>
      </p>
    </wk-page-header>
    <form class="admin-filters" [formGroup]="filters" (ngSubmit)="apply()" [attr.aria-label]="i18n.t('admin.meetings.commitments.filters')">
      <wk-field [label]="i18n.t('admin.meetings.field.department')">
        <select wkControl id="filter-department" formControlName="departmentId">
          <option value="">{{ i18n.t('admin.meetings.commitments.all') }}</option>
          @for (d of departmentOptions(); track d.id) {
            <option [value]="d.id">{{ d.name }}</option>
          }
        </select>
      </wk-field>
      <wk-field [label]="i18n.t('admin.meetings.list.status')">
        <select wkControl id="filter-status" formControlName="status">
          <option value="">{{ i18n.t('admin.meetings.commitments.all') }}</option>
          @for (s of statuses; track s) {
            <option [value]="s">{{ i18n.t('admin.meetings.commitmentStatus.' + s) }}</option>
          }
        </select>
      </wk-field>
      <wk-field [label]="i18n.t('admin.meetings.commitments.dueFilter')">
        <select wkControl id="filter-overdue" formControlName="overdue">
          <option value="">{{ i18n.t('admin.meetings.commitments.all') }}</option>
          <option value="true">{{ i18n.t('admin.meetings.commitments.onlyOverdue') }}</option>
          <option value="false">{{ i18n.t('admin.meetings.commitments.notOverdue') }}</option>
        </select>
      </wk-field>
      <div class="wk-actions">
        <button wkButton type="submit">{{ i18n.t('admin.meetings.commitments.apply') }}</button>
      </div>
    </form>
    <section aria-labelledby="commitment-list-heading">
      <h2 id="commitment-list-heading">{{ i18n.t('admin.meetings.commitments.heading') }}</h2>
      @if (list.problem(); as problem) {
        <wk-alert tone="danger">{{ errorText(problem) }}</wk-alert>
      }
      @if (list.loading()) {
        <wk-skeleton [lines]="6" />
      } @else if (list.items().length) {
        <ul class="commitments">
          @for (item of list.items(); track item.id) {
            <li><wk-admin-meeting-commitment [commitment]="item" showMeeting (changed)="replace($event)" /></li>
          }
        </ul>
        @if (list.hasMore()) {
          <p>
            <button wkButton variant="secondary" type="button" [busy]="list.loadingMore()" (click)="list.loadMore()">
              {{ i18n.t('ui.loadMore') }}
            </button>
          </p>
        }
      } @else if (list.loaded()) {
        <p>{{ i18n.t('admin.meetings.commitments.empty') }}</p>
      }
    </section>
  `,
  styles: `
    .commitments {
      display: grid;
      gap: var(--space-4);
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
  `,
})
export class MeetingCommitmentsPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly departments = inject(DepartmentsStore);
  protected readonly listPath = meetingPath();
  protected readonly statuses = MEETING_COMMITMENT_STATUSES;
  protected readonly departmentOptions = computed(() =>
    this.departments.items().map((d) => ({ id: d.id, name: this.departments.name(d) })),
  );
  protected readonly filters = inject(FormBuilder).nonNullable.group({
    departmentId: [''],
    status: ['' as MeetingCommitmentStatus | ''],
    overdue: ['' as '' | 'true' | 'false'],
  });
  protected readonly list = new KeysetList<CommitmentDto, CommitmentQuery>((query, after) =>
    this.api.listMeetingCommitments({ ...compact(query), after, limit: PAGE }),
  );

  constructor() {
    void this.departments.load();
    void this.list.load({});
  }

  protected apply(): void {
    const v = this.filters.getRawValue();
    void this.list.load({
      departmentId: v.departmentId || undefined,
      status: v.status || undefined,
      overdue: v.overdue === '' ? undefined : v.overdue === 'true',
    });
  }

  protected replace(next: CommitmentDto): void {
    this.list.replace((item) => item.id === next.id, next);
  }

  protected errorText(problem: Parameters<typeof loadErrorText>[0]): string {
    return loadErrorText(problem, this.i18n);
  }
}
