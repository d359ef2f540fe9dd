import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { PETITION_LIMITS } from '@walikota/shared-contracts';
import type { PetitionDetailDto, PetitionDraftDto } from '@walikota/shared-contracts';
import { API, FormState, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { PetitionReference } from '../../data-access/petition-reference';
import { SimilarPetitions } from './similar-petitions';

const REPORT_CODE = /^[A-Z]{3}-\d{4}-\d{6}$/;

/** "LPR-2026-000001, lpr 2026 000002" → the codes as the API stores them. */
export function parseReportCodes(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[\s,;]+(?=[A-Za-z]{3}[-\s]?\d)/)
        .map((part) =>
          part
            .trim()
            .toUpperCase()
            .replace(/[\s_]+/g, '-')
            .replace(/-+/g, '-'),
        )
        .filter(Boolean),
    ),
  ];
}

/**
 * `/petisi/baru` and `/petisi/<code>/ubah`: a verified citizen writes or edits a draft. While the
 * title is typed, similar petitions are suggested. After saving, the petition's own page shows
 * the draft, where its creator asks for sponsors.
 */
@Component({
  selector: 'wk-petition-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    WkAlert,
    WkButton,
    WkControl,
    WkErrorSummary,
    WkField,
    WkFieldset,
    WkPageHeader,
    WkSkeleton,
    SimilarPetitions,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header
      [heading]="i18n.t(code() ? 'petitions.title.edit' : 'petitions.title.new')"
      [lead]="i18n.t(code() ? 'petitions.form.editLead' : 'petitions.form.lead')"
    />
    @if (!session.profile()?.emailVerified) {
      <wk-alert tone="warning">{{ i18n.t('petitions.form.unverified') }}</wk-alert>
    } @else if (!session.hasRole('citizen')) {
      <wk-alert tone="info">{{ i18n.t('petitions.form.notCitizen') }}</wk-alert>
    } @else if (code() && existing.isLoading()) {
      <wk-skeleton [lines]="6" />
    } @else if (loadProblem(); as message) {
      <wk-alert tone="danger" [heading]="i18n.t('petitions.load.error')">{{ message }}</wk-alert>
    } @else if (notEditable()) {
      <wk-alert tone="info">{{ i18n.t('petitions.form.notEditable') }}</wk-alert>
      <p>
        <a [routerLink]="['/petisi', code()]">{{ i18n.t('petitions.form.backToPetition') }}</a>
      </p>
    } @else {
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field
          [label]="i18n.t('petitions.field.title')"
          [hint]="i18n.t('petitions.form.title.hint')"
          [error]="state.error('title')"
          required
          counter
          [max]="limits.titleMax"
        >
          <input wkControl id="field-title" type="text" formControlName="title" autocomplete="off" />
        </wk-field>
        <wk-similar-petitions [title]="title()" [exclude]="code() ?? null" />
        <wk-field
          [label]="i18n.t('petitions.field.background')"
          [hint]="i18n.t('petitions.form.background.hint')"
          [error]="state.error('background')"
          required
          counter
          [max]="limits.backgroundMax"
        >
          <textarea wkControl id="field-background" formControlName="background" rows="5"></textarea>
        </wk-field>
        <wk-field
          [label]="i18n.t('petitions.field.details')"
          [hint]="i18n.t('petitions.form.details.hint')"
          [error]="state.error('details')"
          counter
          [max]="limits.detailsMax"
        >
          <textarea wkControl id="field-details" formControlName="details" rows="8"></textarea>
        </wk-field>
        <wk-field [label]="i18n.t('petitions.field.category')" [error]="state.error('categoryId')" required>
          <select wkControl id="field-categoryId" formControlName="categoryId">
            <option value="">{{ i18n.t('petitions.form.category.choose') }}</option>
            @for (category of reference.categories(); track category.id) {
              <option [value]="category.id">{{ reference.categoryName(category) }}</option>
            }
          </select>
        </wk-field>
        <wk-fieldset [legend]="i18n.t('petitions.field.scope')" [error]="state.error('scope')" required>
          <label class="wk-check">
            <input type="radio" id="field-scope" formControlName="scope" value="city" />
            <span>{{ i18n.t('petitions.scope.city') }}</span>
          </label>
          <label class="wk-check">
            <input type="radio" formControlName="scope" value="kecamatan" />
            <span>{{ i18n.t('petitions.form.scope.kecamatan') }}</span>
          </label>
        </wk-fieldset>
        @if (value().scope === 'kecamatan') {
          <wk-field [label]="i18n.t('petitions.field.kecamatan')" [error]="state.error('kecamatanId')" required>
            <select wkControl id="field-kecamatanId" formControlName="kecamatanId">
              <option value="">{{ i18n.t('petitions.form.kecamatan.choose') }}</option>
              @for (kecamatan of reference.kecamatan(); track kecamatan.id) {
                <option [value]="kecamatan.id">{{ kecamatan.name }}</option>
              }
            </select>
          </wk-field>
        }
        <wk-field
          [label]="i18n.t('petitions.field.reportCodes')"
          [hint]="i18n.t('petitions.form.reportCodes.hint', { max: limits.linkedReportsMax })"
          [error]="state.error('reportCodes')"
        >
          <input wkControl id="field-reportCodes" type="text" formControlName="reportCodes" autocomplete="off" spellcheck="false" />
        </wk-field>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">
            {{ i18n.t(code() ? 'petitions.form.save' : 'petitions.form.create') }}
          </button>
          @if (code(); as c) {
            <a [routerLink]="['/petisi', c]">{{ i18n.t('common.cancel') }}</a>
          }
        </div>
      </form>
    }
  `,
})
export class PetitionFormPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly state = inject(FormState);
  protected readonly reference = inject(PetitionReference);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  /** From the URL, `/petisi/PTS-2026-000001/ubah`; absent on `/petisi/baru`. */
  readonly code = input<string | undefined>(undefined);
  protected readonly limits = PETITION_LIMITS;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    title: ['', [Validators.required, Validators.minLength(PETITION_LIMITS.titleMin), Validators.maxLength(PETITION_LIMITS.titleMax)]],
    background: [
      '',
      [Validators.required, Validators.minLength(PETITION_LIMITS.backgroundMin), Validators.maxLength(PETITION_LIMITS.backgroundMax)],
    ],
    details: ['', Validators.maxLength(PETITION_LIMITS.detailsMax)],
    categoryId: ['', Validators.required],
    scope: ['city' as 'city' | 'kecamatan', Validators.required],
    kecamatanId: [''],
    reportCodes: [''],
  });
  protected readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly title = computed(() => this.value().title ?? '');

  protected readonly existing = resource<PetitionDetailDto, string | undefined>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getPetition(params),
  });
  protected readonly loadProblem = computed(() => {
    const error = this.existing.error();
    return error ? problemMessage(toApiProblem(error), this.i18n) : null;
  });
  protected readonly notEditable = computed(() => {
    const petition = this.existing.hasValue() ? this.existing.value() : undefined;
    return !!petition && (!petition.mine || petition.state !== 'draft');
  });
  private filled = signal(false);

  constructor() {
    void this.reference.load();
    this.form.controls.scope.valueChanges.subscribe((scope) => {
      const kecamatan = this.form.controls.kecamatanId;
      kecamatan.setValidators(scope === 'kecamatan' ? Validators.required : null);
      kecamatan.updateValueAndValidity({ emitEvent: false });
    });
    // The draft being edited fills the form once.
    effect(() => {
      const petition = this.existing.hasValue() ? this.existing.value() : undefined;
      if (!petition || this.filled()) return;
      this.filled.set(true);
      this.form.setValue({
        title: petition.title,
        background: petition.background ?? '',
        details: petition.details ?? '',
        categoryId: petition.categoryId ?? '',
        scope: petition.scope,
        kecamatanId: petition.kecamatan?.id ?? '',
        reportCodes: petition.reports.map((r) => r.code).join(', '),
      });
    });
  }

  protected async submit(): Promise<void> {
    const t = (key: string) => this.i18n.t(key);
    const labels: Record<string, string> = {
      title: t('petitions.field.title'),
      background: t('petitions.field.background'),
      details: t('petitions.field.details'),
      categoryId: t('petitions.field.category'),
      scope: t('petitions.field.scope'),
      kecamatanId: t('petitions.field.kecamatan'),
      reportCodes: t('petitions.field.reportCodes'),
    };
    // Linked report codes are checked here first: the API's own message names one code at a time.
    const reportCodes = parseReportCodes(this.form.controls.reportCodes.value);
    const wrong = reportCodes.find((c) => !REPORT_CODE.test(c));
    if (wrong || reportCodes.length > PETITION_LIMITS.linkedReportsMax) {
      const message = wrong
        ? this.i18n.t('petitions.form.reportCodes.invalid', { code: wrong })
        : this.i18n.t('petitions.form.reportCodes.tooMany', { max: PETITION_LIMITS.linkedReportsMax });
      this.state.fail({ status: 400, code: 'validation', message: null, fields: { reportCodes: message } }, labels);
      return;
    }
    let saved: PetitionDetailDto | null = null;
    await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      const body: PetitionDraftDto = {
        title: value.title.trim(),
        background: value.background.trim(),
        details: value.details.trim() || undefined,
        categoryId: value.categoryId,
        scope: value.scope,
        // The generated type says Record (the API's DTO lacks its type, see /tmp/web-api-requests.md); it is the kecamatan's id.
        kecamatanId: value.scope === 'kecamatan' ? value.kecamatanId : undefined,
        reportCodes,
      };
      const code = this.code();
      saved = code ? await this.api.updatePetition(code, body) : await this.api.createPetition(body);
    });
    const petition = saved as PetitionDetailDto | null;
    if (petition) void this.router.navigate(['/petisi', petition.code], { state: { saved: true } });
  }
}
