import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { PETITION_LIMITS } from '@walikota/shared-contracts';
import type { PetitionDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, FormState, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { petitionLabels } from '@walikota/web-petitions';
import { WkAlert, WkBadge, WkBreadcrumbs, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';

/**
 * `/admin/petisi/<code>/tanggapan`: an official of the responding department (or an admin) writes
 * the city's response — a summary and the full text — which the creator and every signer are told of.
 */
@Component({
  selector: 'wk-admin-petition-response-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkControl,
    WkErrorSummary,
    WkField,
    WkPageHeader,
    WkSkeleton,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-breadcrumbs [items]="crumbs()" />
    <wk-page-header [heading]="i18n.t('admin.petitions.title.respond')" [lead]="value()?.title ?? null" />
    @if (petition.isLoading() && !petition.hasValue()) {
      <wk-skeleton [lines]="6" />
    } @else if (value(); as p) {
      <p class="wk-cluster meta">
        <wk-badge [tone]="labels.stateTone(p.state)">{{ labels.state(p.state) }}</wk-badge>
        @if (labels.response(p); as response) {
          <wk-badge [tone]="labels.responseTone(p)">{{ response }}</wk-badge>
        }
        <span class="wk-muted">{{ p.code }} · {{ labels.count(p.signatureCount) }}</span>
      </p>
      @if (p.responseDueAt && !p.response) {
        <p>{{ i18n.t('admin.petitions.respond.due', { date: format.date(p.responseDueAt) }) }}</p>
      }
      @if (saved()) {
        <wk-alert tone="success">{{ i18n.t('admin.petitions.respond.saved') }}</wk-alert>
      }
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field
          [label]="i18n.t('admin.petitions.respond.summary')"
          [hint]="i18n.t('admin.petitions.respond.summaryHint')"
          [error]="state.error('summary')"
          required
          counter
          [max]="limits.responseSummaryMax"
        >
          <textarea wkControl id="field-summary" formControlName="summary" rows="3"></textarea>
        </wk-field>
        <wk-field
          [label]="i18n.t('admin.petitions.respond.details')"
          [error]="state.error('details')"
          required
          counter
          [max]="limits.responseDetailsMax"
        >
          <textarea wkControl id="field-details" formControlName="details" rows="12"></textarea>
        </wk-field>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.petitions.respond.submit') }}</button>
          <a [routerLink]="['/petisi', p.code]">{{ i18n.t('admin.petitions.publicPage') }}</a>
        </div>
      </form>
    } @else if (petition.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
  `,
  styles: `
    .meta {
      gap: var(--space-2);
    }
  `,
})
export class PetitionResponsePage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly state = inject(FormState);
  protected readonly labels = petitionLabels(this.i18n);
  protected readonly limits = PETITION_LIMITS;
  private readonly api = inject(API);
  readonly code = input.required<string>();
  protected readonly saved = signal(false);

  protected readonly petition = resource<PetitionDetailDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getPetition(params),
  });
  protected readonly value = computed(() => (this.petition.hasValue() ? (this.petition.value() ?? null) : null));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.petition.error()), this.i18n));
  protected readonly form = inject(FormBuilder).nonNullable.group({
    summary: ['', [Validators.required, Validators.minLength(20), Validators.maxLength(PETITION_LIMITS.responseSummaryMax)]],
    details: ['', [Validators.required, Validators.minLength(20), Validators.maxLength(PETITION_LIMITS.responseDetailsMax)]],
  });
  protected readonly crumbs = computed(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.code(), link: ['/petisi', this.code()] },
    { label: this.i18n.t('admin.petitions.title.respond') },
  ]);
  private filled = false;

  constructor() {
    // An existing response is edited in place.
    effect(() => {
      const response = this.value()?.response;
      if (this.filled || !this.value()) return;
      this.filled = true;
      if (response) this.form.setValue({ summary: response.summary, details: response.details });
    });
  }

  protected async submit(): Promise<void> {
    this.saved.set(false);
    const labels = { summary: this.i18n.t('admin.petitions.respond.summary'), details: this.i18n.t('admin.petitions.respond.details') };
    await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      this.petition.set(await this.api.respondToPetition(this.code(), { summary: value.summary.trim(), details: value.details.trim() }));
      this.saved.set(true);
    });
  }
}
