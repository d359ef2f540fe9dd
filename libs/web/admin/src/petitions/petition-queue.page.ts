import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { API, CityFormat, Session, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { petitionLabels } from '@walikota/web-petitions';
import { WkAlert, WkBadge, WkCell, WkColumn, WkPageHeader, WkTable } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';

/** `/admin/petisi`: petitions waiting for a moderator, oldest first; those past the target marked. */
@Component({
  selector: 'wk-admin-petition-queue-page',
  imports: [RouterLink, WkAlert, WkBadge, WkCell, WkPageHeader, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.petitions.title.queue')" [lead]="i18n.t('admin.petitions.queue.lead')">
      <p class="wk-actions">
        <a [routerLink]="links.agenda">{{ i18n.t('admin.petitions.title.agenda') }}</a>
        @if (session.hasRole('admin')) {
          <a [routerLink]="links.reasons">{{ i18n.t('admin.petitions.title.reasons') }}</a>
          <a [routerLink]="links.domains">{{ i18n.t('admin.petitions.title.domains') }}</a>
        }
      </p>
    </wk-page-header>
    @if (queue.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    <wk-table
      [caption]="i18n.t('admin.petitions.queue.caption')"
      [columns]="columns()"
      [rows]="rows()"
      [loading]="queue.isLoading()"
      [emptyText]="i18n.t('admin.petitions.queue.empty')"
      trackBy="code"
    >
      <ng-template wkCell="petition" let-row>
        <a class="admin-nowrap" [routerLink]="[base, row.code]">{{ row.code }}</a>
        <span class="admin-code">{{ row.title }}</span>
      </ng-template>
      <ng-template wkCell="category" let-row>{{ row.category.name }}</ng-template>
      <ng-template wkCell="submitted" let-row>
        <span class="admin-nowrap">{{ row.submittedAt ? format.date(row.submittedAt) : '—' }}</span>
      </ng-template>
      <ng-template wkCell="due" let-row>
        @if (row.moderationDelayed) {
          <wk-badge tone="danger">{{ i18n.t('admin.petitions.queue.delayed') }}</wk-badge>
        }
        <span class="admin-nowrap">{{ row.moderationDueAt ? format.date(row.moderationDueAt) : '—' }}</span>
      </ng-template>
    </wk-table>
  `,
})
export class PetitionQueuePage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  protected readonly labels = petitionLabels(this.i18n);
  private readonly api = inject(API);
  protected readonly base = adminPath('petisi');
  protected readonly links = {
    agenda: adminPath('petisi', 'agenda'),
    reasons: adminPath('petisi', 'alasan'),
    domains: adminPath('petisi', 'domain-diblokir'),
  };
  protected readonly queue = resource({ loader: () => this.api.petitionModerationQueue() });
  /** Oldest first: the longest wait is decided first. */
  protected readonly rows = computed(() =>
    [...(this.queue.value()?.items ?? [])].sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? '')),
  );
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'petition', label: this.i18n.t('admin.petitions.column.petition') },
    { key: 'category', label: this.i18n.t('petitions.field.category') },
    { key: 'submitted', label: this.i18n.t('admin.petitions.column.submitted') },
    { key: 'due', label: this.i18n.t('admin.petitions.column.due') },
  ]);
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.queue.error()), this.i18n));
}
