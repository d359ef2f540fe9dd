import { ChangeDetectionStrategy, Component, computed, effect, inject, input, linkedSignal, resource, untracked } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MEETING_COMMITMENT_STATUSES } from '@walikota/shared-contracts';
import type { CommitmentDto, DepartmentDto, MeetingCommitmentStatus } from '@walikota/shared-contracts';
import { API, ApiProblem, KeysetList, problemMessage } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkEmptyState, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { CommitmentItem } from '../shared/commitment-item';

const PAGE_SIZE = 50;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface CommitmentFilters {
  departmentId?: string;
  status?: MeetingCommitmentStatus;
  overdue?: boolean;
}

/**
 * `/balai-kota/komitmen`: the commitments made at town-hall meetings, by due date, filtered by
 * department, status and overdue (`?dinas=…&status=…&terlambat=1`). The filters are a plain GET
 * form, so they work before the app runs; once it runs, the page navigates instead.
 */
@Component({
  selector: 'wk-meeting-commitments-page',
  imports: [RouterLink, WkAlert, WkButton, WkControl, WkEmptyState, WkField, WkPageHeader, WkSkeleton, CommitmentItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('meetings.title.commitments')" [lead]="i18n.t('meetings.commitments.lead')">
      <p>
        <a routerLink="/balai-kota">{{ i18n.t('meetings.back') }}</a>
      </p>
    </wk-page-header>

    <form
      class="filters"
      role="search"
      method="get"
      action="/balai-kota/komitmen"
      [attr.aria-label]="i18n.t('meetings.filter.heading')"
      (submit)="$event.preventDefault(); apply()"
    >
      <wk-field [label]="i18n.t('meetings.filter.department')">
        <select #dept wkControl id="filter-department" name="dinas" [value]="department()" (change)="department.set(dept.value)">
          <option value="">{{ i18n.t('meetings.filter.allDepartments') }}</option>
          @for (d of departments(); track d.id) {
            <option [value]="d.id" [selected]="d.id === department()">{{ departmentName(d) }}</option>
          }
        </select>
      </wk-field>
      <wk-field [label]="i18n.t('meetings.filter.status')">
        <select #stat wkControl id="filter-status" name="status" [value]="status()" (change)="status.set(stat.value)">
          <option value="">{{ i18n.t('meetings.filter.allStatuses') }}</option>
          @for (s of statuses; track s) {
            <option [value]="s" [selected]="s === status()">{{ i18n.t('meetings.commitment.' + s) }}</option>
          }
        </select>
      </wk-field>
      <label class="wk-check filters__check">
        <input #late type="checkbox" name="terlambat" value="1" [checked]="overdue()" (change)="overdue.set(late.checked)" />
        <span>{{ i18n.t('meetings.filter.overdue') }}</span>
      </label>
      <div class="wk-actions filters__wide">
        <button wkButton type="submit">{{ i18n.t('meetings.filter.apply') }}</button>
        @if (active()) {
          <a wkButton variant="link" routerLink="/balai-kota/komitmen">{{ i18n.t('meetings.filter.reset') }}</a>
        }
      </div>
    </form>

    <section aria-labelledby="commitments-heading">
      <h2 id="commitments-heading" class="wk-visually-hidden">{{ i18n.t('meetings.commitments.list') }}</h2>
      @if (pages.problem(); as problem) {
        <wk-alert tone="danger" [heading]="i18n.t('meetings.load.error')">
          {{ problemText(problem) }}
          <button wkButton variant="link" type="button" (click)="pages.retry()">{{ i18n.t('meetings.retry') }}</button>
        </wk-alert>
      }
      @if (pages.loaded()) {
        @if (!pages.items().length) {
          @if (!pages.problem()) {
            <wk-empty-state
              [heading]="i18n.t('meetings.commitments.empty')"
              [text]="i18n.t('meetings.commitments.emptyHint')"
              [headingLevel]="3"
            />
          }
        } @else {
          <ul class="list" role="list">
            @for (c of pages.items(); track c.id) {
              <li><wk-commitment-item [commitment]="c" showMeeting /></li>
            }
          </ul>
        }
        @if (pages.hasMore()) {
          <p class="wk-actions more">
            <button wkButton variant="secondary" type="button" [busy]="pages.loadingMore()" (click)="pages.loadMore()">
              {{ i18n.t('ui.loadMore') }}
            </button>
          </p>
        }
      } @else if (pages.loading()) {
        <wk-skeleton [lines]="6" [label]="i18n.t('meetings.commitments.loading')" />
      }
    </section>
  `,
  styles: `
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 13rem), 1fr));
      gap: var(--space-4);
      align-items: end;
      margin-bottom: var(--space-5);
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .filters__wide {
      grid-column: 1 / -1;
    }
    .filters__check {
      align-self: center;
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--color-border);
    }
    .more {
      margin-top: var(--space-5);
    }
  `,
})
export class CommitmentsPage {
  /** From the address: `?dinas=<department id>&status=open&terlambat=1`. */
  readonly dinas = input<string | undefined>();
  readonly statusParam = input<string | undefined>(undefined, { alias: 'status' });
  readonly terlambat = input<string | undefined>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  protected readonly statuses = MEETING_COMMITMENT_STATUSES;

  /** What the address asks for (the truth: back and forward too). */
  protected readonly filters = computed<CommitmentFilters>(() => {
    const dinas = this.dinas();
    const status = this.statusParam();
    return {
      ...(dinas && UUID.test(dinas) ? { departmentId: dinas } : {}),
      ...(status && (MEETING_COMMITMENT_STATUSES as readonly string[]).includes(status)
        ? { status: status as MeetingCommitmentStatus }
        : {}),
      ...(this.terlambat() === '1' ? { overdue: true } : {}),
    };
  });
  protected readonly active = computed(() => Object.keys(this.filters()).length > 0);
  /** The form's fields, reset to the address whenever it changes. */
  protected readonly department = linkedSignal(() => this.filters().departmentId ?? '');
  protected readonly status = linkedSignal<string>(() => this.filters().status ?? '');
  protected readonly overdue = linkedSignal(() => this.filters().overdue ?? false);

  private readonly departmentList = resource<DepartmentDto[], true>({
    params: () => true,
    loader: () => this.api.listDepartments(),
  });
  protected readonly departments = computed(() => {
    const list = this.departmentList.hasValue() ? this.departmentList.value() : [];
    return [...list].sort((a, b) => this.departmentName(a).localeCompare(this.departmentName(b), this.i18n.locale()));
  });

  protected readonly pages = new KeysetList<CommitmentDto, CommitmentFilters>((filters, after) =>
    this.api.listMeetingCommitments({ ...filters, after, limit: PAGE_SIZE }),
  );

  constructor() {
    effect(() => {
      const filters = this.filters();
      untracked(() => void this.pages.load(filters));
    });
  }

  protected departmentName(department: DepartmentDto): string {
    return this.i18n.language() === 'en' && department.nameEn ? department.nameEn : department.name;
  }

  protected problemText(problem: ApiProblem): string {
    return problemMessage(problem, this.i18n);
  }

  protected apply(): void {
    void this.router.navigate(['/balai-kota/komitmen'], {
      queryParams: {
        dinas: this.department() || null,
        status: this.status() || null,
        terlambat: this.overdue() ? '1' : null,
      },
    });
  }
}
