import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { API, CityFormat, FormState, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkCell, WkColumn, WkControl, WkErrorSummary, WkField, WkPageHeader, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';

/** `/admin/petisi/domain-diblokir`: e-mail domains whose accounts cannot sign petitions (admins). */
@Component({
  selector: 'wk-admin-blocked-domains-page',
  imports: [ReactiveFormsModule, WkAlert, WkButton, WkCell, WkControl, WkErrorSummary, WkField, WkPageHeader, WkTable],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.petitions.title.domains')" [lead]="i18n.t('admin.petitions.domains.lead')" />
    @if (domains.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    @if (message(); as text) {
      <wk-alert [tone]="messageTone()">{{ text }}</wk-alert>
    }
    <wk-table
      [caption]="i18n.t('admin.petitions.domains.caption')"
      [columns]="columns()"
      [rows]="domains.value() ?? []"
      [loading]="domains.isLoading()"
      [emptyText]="i18n.t('admin.petitions.domains.empty')"
      trackBy="domain"
    >
      <ng-template wkCell="createdAt" let-row>
        <span class="admin-nowrap">{{ format.date(row.createdAt) }}</span>
      </ng-template>
      <ng-template wkCell="remove" let-row>
        <button wkButton variant="link" type="button" [busy]="busy() === row.domain" (click)="unblock(row.domain)">
          {{ i18n.t('admin.petitions.domains.unblock') }} <span class="wk-visually-hidden">{{ row.domain }}</span>
        </button>
      </ng-template>
    </wk-table>

    <section class="domain-form" aria-labelledby="domain-form-heading">
      <h2 id="domain-form-heading">{{ i18n.t('admin.petitions.domains.add') }}</h2>
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="block()" novalidate>
        <wk-field
          [label]="i18n.t('admin.petitions.domains.domain')"
          [hint]="i18n.t('admin.petitions.domains.domainHint')"
          [error]="state.error('domain')"
          required
        >
          <input wkControl id="field-domain" type="text" formControlName="domain" autocomplete="off" spellcheck="false" />
        </wk-field>
        <wk-field [label]="i18n.t('admin.petitions.domains.reason')" [error]="state.error('reason')">
          <input wkControl id="field-reason" type="text" formControlName="reason" />
        </wk-field>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.petitions.domains.block') }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .domain-form {
      margin-top: var(--space-6);
      max-width: 40rem;
    }
  `,
})
export class BlockedDomainsPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  protected readonly domains = resource({ loader: () => this.api.listPetitionBlockedDomains() });
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.domains.error()), this.i18n));
  protected readonly busy = signal<string | null>(null);
  protected readonly message = signal<string | null>(null);
  protected readonly messageTone = signal<'success' | 'danger'>('success');
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'domain', label: this.i18n.t('admin.petitions.domains.domain') },
    { key: 'reason', label: this.i18n.t('admin.petitions.domains.reason') },
    { key: 'createdAt', label: this.i18n.t('admin.petitions.domains.createdAt') },
    { key: 'remove', label: this.i18n.t('admin.petitions.domains.unblock') },
  ]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    domain: ['', [Validators.required, Validators.pattern(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i)]],
    reason: ['', Validators.maxLength(200)],
  });

  protected async block(): Promise<void> {
    this.message.set(null);
    const labels = { domain: this.i18n.t('admin.petitions.domains.domain'), reason: this.i18n.t('admin.petitions.domains.reason') };
    const ok = await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      await this.api.blockPetitionDomain({ domain: value.domain.trim().toLowerCase(), reason: value.reason.trim() || undefined });
    });
    if (ok) {
      this.messageTone.set('success');
      this.message.set(this.i18n.t('admin.petitions.domains.blocked', { domain: this.form.controls.domain.value.trim().toLowerCase() }));
      this.form.reset();
      this.domains.reload();
    }
  }

  protected async unblock(domain: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(domain);
    this.message.set(null);
    try {
      await this.api.unblockPetitionDomain(domain);
      this.messageTone.set('success');
      this.message.set(this.i18n.t('admin.petitions.domains.unblocked', { domain }));
      this.domains.reload();
    } catch (error) {
      this.messageTone.set('danger');
      this.message.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(null);
    }
  }
}
