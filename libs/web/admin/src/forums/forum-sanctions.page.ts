import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal, viewChild } from '@angular/core';
import type { ForumSanctionDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkPageHeader, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { ForumNav } from './forum-nav';
import { ForumSanctionForm } from './forum-sanction-form';
import { ForumStatus } from './forum-status';

/**
 * `/admin/forum/sanksi`: sanctions in force (lift one), every sanction of one account, and the
 * form to impose one — prefilled from the queue's "sanction the author" (`?userId=…&name=…`).
 */
@Component({
  selector: 'wk-admin-forum-sanctions-page',
  imports: [WkAlert, WkBadge, WkButton, WkCell, WkPageHeader, WkTable, ForumNav, ForumSanctionForm, ForumStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.forum.title.sanctions')" [lead]="i18n.t('admin.forum.sanctions.lead')">
      <wk-admin-forum-nav />
    </wk-page-header>
    <wk-admin-forum-status [message]="done()" />
    @if (failure(); as message) {
      <wk-alert tone="danger">{{ message }}</wk-alert>
    }

    <section class="block" aria-labelledby="impose-heading">
      <h2 id="impose-heading">{{ i18n.t('admin.forum.sanctions.impose') }}</h2>
      <wk-admin-forum-sanction-form [userId]="userId()" [userName]="name()" (imposed)="imposed($event)" />
    </section>

    <!-- Plain blocks: the tables are labelled regions already. -->
    <div class="block">
      <h2 class="wk-visually-hidden">{{ i18n.t('admin.forum.sanctions.caption') }}</h2>
      @if (active.error()) {
        <wk-alert tone="danger">{{ loadError(active.error()) }}</wk-alert>
      }
      <wk-table
        [caption]="i18n.t('admin.forum.sanctions.caption')"
        [columns]="columns()"
        [rows]="active.value() ?? []"
        [loading]="active.isLoading()"
        [emptyText]="i18n.t('admin.forum.sanctions.empty')"
        trackBy="id"
      >
        <ng-template wkCell="user" let-row>{{ row.userName ?? row.userId }}</ng-template>
        <ng-template wkCell="kind" let-row>
          <wk-badge [tone]="row.kind === 'warn' ? 'info' : 'danger'">{{ i18n.t('admin.forum.kind.' + row.kind) }}</wk-badge>
        </ng-template>
        <ng-template wkCell="until" let-row>{{ until(row) }}</ng-template>
        <ng-template wkCell="actions" let-row>
          <span class="wk-cluster row-actions">
            @if (row.active) {
              <button wkButton variant="link" type="button" [busy]="busy() === row.id" (click)="lift(row)">
                {{ i18n.t('admin.forum.sanctions.lift') }} <span class="wk-visually-hidden">{{ row.userName }}</span>
              </button>
            }
            <button wkButton variant="link" type="button" (click)="showHistory(row)">
              {{ i18n.t('admin.forum.sanctions.history') }} <span class="wk-visually-hidden">{{ row.userName }}</span>
            </button>
          </span>
        </ng-template>
      </wk-table>
    </div>

    @if (historyOf(); as who) {
      <div class="block">
        <h2>{{ i18n.t('admin.forum.sanctions.historyOf', { name: who.name }) }}</h2>
        @if (history.error()) {
          <wk-alert tone="danger">{{ loadError(history.error()) }}</wk-alert>
        }
        <wk-table
          [caption]="i18n.t('admin.forum.sanctions.historyOf', { name: who.name })"
          [columns]="historyColumns()"
          [rows]="history.value() ?? []"
          [loading]="history.isLoading()"
          [emptyText]="i18n.t('admin.forum.sanctions.historyEmpty')"
          trackBy="id"
        >
          <ng-template wkCell="kind" let-row>{{ i18n.t('admin.forum.kind.' + row.kind) }}</ng-template>
          <ng-template wkCell="created" let-row
            ><span class="admin-nowrap">{{ format.date(row.createdAt) }}</span></ng-template
          >
          <ng-template wkCell="until" let-row>{{ until(row) }}</ng-template>
        </wk-table>
        <p>
          <button wkButton variant="link" type="button" (click)="historyOf.set(null)">
            {{ i18n.t('admin.forum.sanctions.historyClose') }}
          </button>
        </p>
      </div>
    }
  `,
  styles: `
    .block {
      margin-top: var(--space-6);
      max-width: 60rem;
    }
    .row-actions {
      gap: var(--space-3);
    }
  `,
})
export class ForumSanctionsPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  /** From the queue's link: the author to sanction. */
  readonly userId = input<string | undefined>();
  readonly name = input<string | undefined>();
  private readonly status = viewChild.required(ForumStatus);

  protected readonly active = resource({ loader: () => this.api.listForumSanctions() });
  protected readonly historyOf = linkedSignal<{ id: string; name: string } | null>(() => {
    const id = this.userId();
    return id ? { id, name: this.name() || id } : null;
  });
  protected readonly history = resource({
    params: () => this.historyOf()?.id,
    loader: ({ params }) => this.api.listForumSanctions({ userId: params, active: false }),
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);

  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'user', label: this.i18n.t('admin.forum.sanctions.user') },
    { key: 'kind', label: this.i18n.t('admin.forum.sanctions.kind') },
    { key: 'reason', label: this.i18n.t('admin.forum.sanctions.reason') },
    { key: 'until', label: this.i18n.t('admin.forum.sanctions.until') },
    { key: 'actions', label: this.i18n.t('admin.forum.sanctions.actions') },
  ]);
  protected readonly historyColumns = computed<WkColumn[]>(() => [
    { key: 'kind', label: this.i18n.t('admin.forum.sanctions.kind') },
    { key: 'reason', label: this.i18n.t('admin.forum.sanctions.reason') },
    { key: 'created', label: this.i18n.t('admin.forum.sanctions.created') },
    { key: 'until', label: this.i18n.t('admin.forum.sanctions.until') },
  ]);

  protected loadError(error: unknown): string {
    return loadErrorText(toApiProblem(error), this.i18n);
  }

  protected until(s: ForumSanctionDto): string {
    if (s.liftedAt) return this.i18n.t('admin.forum.sanctions.lifted', { date: this.format.dateTime(s.liftedAt) });
    if (s.kind === 'warn') return '—';
    if (!s.endsAt) return this.i18n.t('admin.forum.sanctions.untilLifted');
    const at = this.format.dateTime(s.endsAt);
    return s.active ? at : `${at} (${this.i18n.t('admin.forum.sanctions.ended')})`;
  }

  protected imposed(s: ForumSanctionDto): void {
    const name = s.userName ?? s.userId;
    this.announce(this.i18n.t('admin.forum.sanctions.done', { kind: this.i18n.t('admin.forum.kind.' + s.kind), name }));
    this.historyOf.set({ id: s.userId, name });
  }

  protected showHistory(s: ForumSanctionDto): void {
    this.historyOf.set({ id: s.userId, name: s.userName ?? s.userId });
  }

  protected async lift(s: ForumSanctionDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(s.id);
    this.failure.set(null);
    try {
      await this.api.liftForumSanction(s.id);
      this.announce(this.i18n.t('admin.forum.sanctions.liftedDone', { name: s.userName ?? s.userId }));
    } catch (error) {
      this.failure.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(null);
    }
  }

  private announce(message: string): void {
    this.done.set(message);
    this.active.reload();
    this.history.reload();
    this.status().focus();
  }
}
