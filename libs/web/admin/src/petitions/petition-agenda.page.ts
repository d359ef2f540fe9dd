import { ChangeDetectionStrategy, Component, computed, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { API, CityFormat, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { petitionLabels } from '@walikota/web-petitions';
import { WkAlert, WkBadge, WkCell, WkColumn, WkPageHeader, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';

/** `/admin/petisi/agenda`: petitions that reached the agenda threshold, for the next town-hall meeting. */
@Component({
  selector: 'wk-admin-petition-agenda-page',
  imports: [RouterLink, WkAlert, WkBadge, WkCell, WkPageHeader, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.petitions.title.agenda')" [lead]="i18n.t('admin.petitions.agenda.lead')" />
    @if (agenda.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    <wk-table
      [caption]="i18n.t('admin.petitions.agenda.caption')"
      [columns]="columns()"
      [rows]="agenda.value() ?? []"
      [loading]="agenda.isLoading()"
      [emptyText]="i18n.t('admin.petitions.agenda.empty')"
      trackBy="code"
    >
      <ng-template wkCell="petition" let-row>
        <a class="admin-nowrap" [routerLink]="['/petisi', row.code]">{{ row.code }}</a>
        <span class="admin-code">{{ row.title }}</span>
      </ng-template>
      <ng-template wkCell="signatures" let-row>{{ labels.count(row.signatureCount) }}</ng-template>
      <ng-template wkCell="reached" let-row>
        <span class="admin-nowrap">{{ row.agendaThresholdAt ? format.date(row.agendaThresholdAt) : '—' }}</span>
      </ng-template>
      <ng-template wkCell="response" let-row>
        @if (labels.response(row); as response) {
          <wk-badge [tone]="labels.responseTone(row)">{{ response }}</wk-badge>
        } @else {
          —
        }
      </ng-template>
    </wk-table>
  `,
})
export class PetitionAgendaPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly labels = petitionLabels(this.i18n);
  private readonly api = inject(API);
  protected readonly agenda = resource({ loader: () => this.api.petitionAgenda() });
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.agenda.error()), this.i18n));
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'petition', label: this.i18n.t('admin.petitions.column.petition') },
    { key: 'signatures', label: this.i18n.t('petitions.field.signatures'), align: 'end' },
    { key: 'reached', label: this.i18n.t('admin.petitions.agenda.reached') },
    { key: 'response', label: this.i18n.t('admin.petitions.agenda.response') },
  ]);
}
