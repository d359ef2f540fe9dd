import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { ReportDetailDto } from '@walikota/shared-contracts';
import { API, Drafts, FormState, Session } from '@walikota/web-core';
import { debounceTime } from 'rxjs';
import { I18n } from '@walikota/web-i18n';
import { REPORT_PRIVACIES, REPORT_TYPES, ReportReference, reportLabels } from '@walikota/web-reports-data';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset, WkPageHeader } from '@walikota/web-ui';
import { coordinate, pointOf } from '../../data-access/map-tiles';
import { AttachmentsField } from './attachments-field';
import { LocationFields } from './location-fields';
import { ReportFiled } from './report-filed';
import { SimilarReports } from './similar-reports';

const DRAFT = 'report';
/** The API's limits (FileReportDto), shown by the fields' counters and checked by the validators. */
const LIMITS = { title: 150, description: 5000, address: 300 } as const;
/** The fields a draft keeps, in the form's order. */
const DRAFT_FIELDS = [
  'type',
  'categoryId',
  'title',
  'description',
  'kecamatanId',
  'areaId',
  'address',
  'latitude',
  'longitude',
  'privacy',
] as const;
type DraftValue = Record<(typeof DRAFT_FIELDS)[number], string>;

/** `/aspirasi/baru`: a verified citizen files a report. */
@Component({
  selector: 'wk-file-report-page',
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
    AttachmentsField,
    LocationFields,
    ReportFiled,
    SimilarReports,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './file-report.page.html',
  styles: `
    .option-hint {
      display: block;
      color: var(--color-muted);
      font-size: var(--font-size-sm);
    }
  `,
})
export class FileReportPage {
  protected readonly i18n = inject(I18n);
  protected readonly labels = reportLabels(this.i18n, 'public');
  protected readonly state = inject(FormState);
  protected readonly session = inject(Session);
  protected readonly reference = inject(ReportReference);
  private readonly api = inject(API);
  private readonly injector = inject(Injector);
  /** Absent while the confirmation is shown instead of the form. */
  private readonly attachments = viewChild(AttachmentsField);
  private readonly header = viewChild(WkPageHeader);
  /** The report just filed: its confirmation replaces the form. */
  protected readonly filed = signal<ReportDetailDto | null>(null);

  protected readonly limits = LIMITS;
  protected readonly types = REPORT_TYPES;
  protected readonly privacies = REPORT_PRIVACIES;
  protected readonly form = inject(FormBuilder).nonNullable.group({
    type: ['', Validators.required],
    privacy: ['public', Validators.required],
    title: ['', [Validators.required, Validators.minLength(10), Validators.maxLength(LIMITS.title)]],
    description: ['', [Validators.required, Validators.minLength(20), Validators.maxLength(LIMITS.description)]],
    categoryId: ['', Validators.required],
    kecamatanId: ['', Validators.required],
    areaId: ['', Validators.required],
    address: ['', Validators.maxLength(LIMITS.address)],
    latitude: ['', coordinate(90, 'longitude')],
    longitude: ['', coordinate(180, 'latitude')],
  });
  private readonly value = toSignal(this.form.valueChanges, { initialValue: this.form.getRawValue() });
  protected readonly title = computed(() => this.value().title ?? '');
  protected readonly categoryId = computed(() => this.value().categoryId ?? '');
  protected readonly point = computed(() => pointOf(this.value().latitude, this.value().longitude));
  protected readonly kelurahan = computed(() => this.reference.kelurahanOf(this.value().kecamatanId));
  /** The kelurahan (else the kecamatan) chosen, for the map to show close up until a point is marked. */
  protected readonly chosenArea = computed(() => this.value().areaId || this.value().kecamatanId || null);
  protected readonly canFile = computed(() => this.session.hasRole('citizen'));
  /** A draft from an earlier visit was put back into the form. */
  protected readonly restored = signal(false);
  private readonly drafts = inject(Drafts);
  private readonly owner = this.session.profile()?.id ?? '';
  private sent = false;

  constructor() {
    void this.reference.load();
    this.form.controls.kecamatanId.valueChanges.subscribe(() => this.form.controls.areaId.setValue(''));
    this.restoreDraft();
    // What is typed is kept in this browser until it is sent (attachments are not: files stay
    // with the upload and are chosen again).
    this.form.valueChanges.pipe(debounceTime(400), takeUntilDestroyed(inject(DestroyRef))).subscribe(() => this.saveDraft());
    // Each coordinate's check depends on the other.
    this.form.controls.latitude.valueChanges.subscribe(() => this.form.controls.longitude.updateValueAndValidity({ emitEvent: false }));
    this.form.controls.longitude.valueChanges.subscribe(() => this.form.controls.latitude.updateValueAndValidity({ emitEvent: false }));
  }

  /** From the confirmation: an empty form again, focus at its heading. */
  protected fileAnother(): void {
    this.form.reset();
    this.state.reset();
    this.restored.set(false);
    this.sent = false;
    this.filed.set(null);
    afterNextRender(() => this.header()?.focus(), { injector: this.injector });
  }

  /** Starts again from an empty form and forgets the draft. */
  protected discardDraft(): void {
    this.form.reset();
    this.drafts.remove(DRAFT, this.owner);
    this.restored.set(false);
  }

  private restoreDraft(): void {
    const draft = this.owner ? this.drafts.read<DraftValue>(DRAFT, this.owner) : null;
    if (!draft) return;
    // Field by field, in the form's order: choosing the kecamatan clears the kelurahan.
    for (const name of DRAFT_FIELDS) {
      const value = draft[name];
      if (typeof value === 'string') this.form.controls[name].setValue(value);
    }
    this.restored.set(true);
  }

  /** Kept once something has been written (the choices alone are quickly made again). */
  private saveDraft(): void {
    if (!this.owner || this.sent) return;
    const value = this.form.getRawValue();
    if (!value.title.trim() && !value.description.trim() && !value.address.trim()) {
      this.drafts.remove(DRAFT, this.owner);
      return;
    }
    this.drafts.write(DRAFT, this.owner, Object.fromEntries(DRAFT_FIELDS.map((name) => [name, value[name]])));
  }

  protected async submit(): Promise<void> {
    // In the order of the form, for the error summary.
    const fieldLabels = {
      type: this.i18n.t('reports.field.type'),
      categoryId: this.i18n.t('reports.field.category'),
      title: this.i18n.t('reports.field.title'),
      description: this.i18n.t('reports.field.description'),
      kecamatanId: this.i18n.t('reports.field.kecamatan'),
      areaId: this.i18n.t('reports.field.kelurahan'),
      address: this.i18n.t('reports.field.address'),
      latitude: this.i18n.t('reports.field.latitude'),
      longitude: this.i18n.t('reports.field.longitude'),
      attachmentIds: this.i18n.t('report.attachments.label'),
      privacy: this.i18n.t('reports.field.privacy'),
    };
    const attachments = this.attachments();
    if (!attachments) return;
    const attachmentProblem = attachments.busy() ? this.i18n.t('report.attachments.busy') : (attachments.failures()[0] ?? null);
    if (attachmentProblem && this.form.valid) {
      this.state.fail(
        { status: 0, code: 'attachments', message: attachmentProblem, fields: { attachmentIds: attachmentProblem } },
        fieldLabels,
      );
      return;
    }
    await this.state.submit(this.form, fieldLabels, async () => {
      const value = this.form.getRawValue();
      const point = pointOf(value.latitude, value.longitude);
      const report = await this.api.fileReport({
        type: value.type as (typeof REPORT_TYPES)[number],
        privacy: value.privacy as (typeof REPORT_PRIVACIES)[number],
        title: value.title.trim(),
        description: value.description.trim(),
        categoryId: value.categoryId,
        areaId: value.areaId,
        address: value.address.trim() || undefined,
        latitude: point?.latitude,
        longitude: point?.longitude,
        attachmentIds: attachments.ids().length ? attachments.ids() : undefined,
      });
      this.sent = true;
      this.drafts.remove(DRAFT, this.owner);
      this.filed.set(report);
    });
  }
}
