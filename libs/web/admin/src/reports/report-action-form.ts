import { ChangeDetectionStrategy, Component, OnInit, computed, inject, input, output, viewChild } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { DEADLINE_PARAMS, REPORT_ACTION_FIELDS } from '@walikota/shared-contracts';
import type { ReportActionDto, ReportActionField } from '@walikota/shared-contracts';
import { API, FormState } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { AttachmentsField } from '@walikota/web-reports';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField } from '@walikota/web-ui';
import { DepartmentsStore } from '../data-access/stores';
import { REJECT_REASONS, REPORT_CODE_PATTERN, ReportAction, ReportDetailDto } from './report-model';

/** The fields the staff's forms show (the reporter's rating lives on the tracking page). */
type Field = Exclude<ReportActionField, 'rating'>;

/** The fields each action asks for: the API's own table (shared contracts), required ones marked. */
const FIELDS = REPORT_ACTION_FIELDS;
/** The API's limits (ReportActionDto): the fields' counters and validators. */
const LIMITS = { externalAgency: 200, note: 2000 } as const;
const ORDER: readonly Field[] = ['reasonCode', 'departmentId', 'duplicateOf', 'externalAgency', 'note'];

/** One workflow action on a report: the fields it needs, errors beside them, the API's refusal above the buttons. */
@Component({
  selector: 'wk-admin-report-action-form',
  imports: [ReactiveFormsModule, AttachmentsField, WkAlert, WkButton, WkControl, WkErrorSummary, WkField],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>{{ i18n.t('admin.reports.text.' + action(), deadlines) }}</p>
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-error-summary [errors]="state.summary()" />
      @if (shows('reasonCode')) {
        <wk-field [label]="labels()['reasonCode']" [error]="state.error('reasonCode')" required>
          <select wkControl id="field-reasonCode" formControlName="reasonCode">
            <option value="">{{ i18n.t('admin.reports.field.reasonChoose') }}</option>
            @for (reason of reasons; track reason) {
              <option [value]="reason">{{ i18n.t('admin.reports.reason.' + reason) }}</option>
            }
          </select>
        </wk-field>
      }
      @if (shows('departmentId')) {
        <wk-field [label]="labels()['departmentId']" [error]="state.error('departmentId')" [required]="required('departmentId')">
          <select wkControl id="field-departmentId" formControlName="departmentId">
            <option value="">{{ i18n.t('admin.reports.detail.noDepartment') }}</option>
            @for (department of departments.items(); track department.id) {
              <option [value]="department.id">{{ department.shortName }} · {{ departments.name(department) }}</option>
            }
          </select>
        </wk-field>
      }
      @if (shows('duplicateOf')) {
        <wk-field
          [label]="labels()['duplicateOf']"
          [hint]="i18n.t('admin.reports.field.duplicateOfHint')"
          [error]="state.error('duplicateOf')"
          required
        >
          <input wkControl id="field-duplicateOf" type="text" formControlName="duplicateOf" autocomplete="off" spellcheck="false" />
        </wk-field>
      }
      @if (shows('externalAgency')) {
        <wk-field
          [label]="labels()['externalAgency']"
          [hint]="i18n.t('admin.reports.field.externalAgencyHint')"
          [error]="state.error('externalAgency')"
          [max]="limits.externalAgency"
        >
          <input wkControl id="field-externalAgency" type="text" formControlName="externalAgency" />
        </wk-field>
      }
      <wk-field
        [label]="labels()['note']"
        [hint]="noteHint()"
        [error]="state.error('note')"
        [required]="required('note')"
        counter
        [max]="limits.note"
      >
        <textarea wkControl id="field-note" formControlName="note" rows="4"></textarea>
      </wk-field>
      @if (action() === 'resolve') {
        <!-- "After" photos: uploaded as they are chosen, sent as ids with the resolution. -->
        <wk-attachments-field
          [label]="i18n.t('report.attachments.resolution')"
          [hint]="i18n.t('report.attachments.resolution.hint')"
          [error]="state.error('attachmentIds')"
        />
      }
      @if (action() === 'note') {
        <label class="wk-check">
          <input type="checkbox" formControlName="internal" />
          {{ i18n.t('admin.reports.field.internal') }}
        </label>
      }
      @if (state.general(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      <div class="wk-actions">
        <button wkButton type="submit" [variant]="action() === 'reject' ? 'danger' : 'primary'" [busy]="state.busy()">
          {{ i18n.t('admin.reports.action.' + action()) }}
        </button>
        <button wkButton variant="secondary" type="button" (click)="cancel.emit()">{{ i18n.t('common.cancel') }}</button>
      </div>
    </form>
  `,
})
export class ReportActionForm implements OnInit {
  readonly report = input.required<ReportDetailDto>();
  readonly action = input.required<ReportAction>();
  readonly done = output<ReportDetailDto>();
  readonly cancel = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  protected readonly departments = inject(DepartmentsStore);
  private readonly api = inject(API);
  private readonly photos = viewChild(AttachmentsField);
  protected readonly reasons = REJECT_REASONS;
  protected readonly deadlines = DEADLINE_PARAMS;
  protected readonly limits = LIMITS;
  protected readonly form = new FormGroup({
    reasonCode: new FormControl('', { nonNullable: true }),
    departmentId: new FormControl('', { nonNullable: true }),
    duplicateOf: new FormControl('', { nonNullable: true }),
    externalAgency: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.externalAgency)] }),
    note: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(LIMITS.note)] }),
    internal: new FormControl(true, { nonNullable: true }),
  });

  /** Field → label, in the form's order: only the fields this action shows. */
  protected readonly labels = computed<Record<string, string>>(() => {
    const action = this.action();
    const t = (key: string) => this.i18n.t(key);
    const fields = FIELDS[action];
    const noteLabel =
      action === 'reject'
        ? t('admin.reports.field.explanation')
        : action === 'resolve'
          ? t('admin.reports.field.resolution')
          : fields.required.includes('note')
            ? t('admin.reports.field.note')
            : t('admin.reports.field.noteOptional');
    const names: Record<Field, string> = {
      reasonCode: t('admin.reports.field.reasonCode'),
      departmentId: t('admin.reports.field.departmentId'),
      duplicateOf: t('admin.reports.field.duplicateOf'),
      externalAgency: t('admin.reports.field.externalAgency'),
      note: noteLabel,
    };
    const shown = ORDER.filter((field) => field === 'note' || fields.required.includes(field) || fields.optional.includes(field));
    return Object.fromEntries(shown.map((field) => [field, names[field]]));
  });
  protected readonly noteHint = computed(() => {
    const action = this.action();
    if (action === 'resolve') return this.i18n.t('admin.reports.field.resolutionHint');
    return action === 'note' ? null : this.i18n.t('admin.reports.field.notePublicHint');
  });

  ngOnInit(): void {
    const fields = FIELDS[this.action()];
    for (const field of fields.required) {
      if (field === 'rating') continue;
      const validators: ValidatorFn[] = [Validators.required];
      if (field === 'note' || field === 'externalAgency') validators.push(Validators.maxLength(LIMITS[field]));
      if (field === 'duplicateOf') validators.push(Validators.pattern(REPORT_CODE_PATTERN));
      this.form.controls[field].setValidators(validators);
    }
    this.form.patchValue({ departmentId: this.report().departmentId ?? '' });
    this.form.updateValueAndValidity();
  }

  protected shows(field: Field): boolean {
    return field in this.labels();
  }

  protected required(field: Field): boolean {
    return FIELDS[this.action()].required.includes(field);
  }

  protected async submit(): Promise<void> {
    // Spaces alone are no note; a code typed in lower case is still the code.
    const value = this.form.getRawValue();
    this.form.patchValue({ note: value.note.trim(), duplicateOf: value.duplicateOf.trim().toUpperCase() });
    const result: { report?: ReportDetailDto } = {};
    const photos = this.photos();
    const labels = photos ? { ...this.labels(), attachmentIds: this.i18n.t('report.attachments.resolution') } : this.labels();
    // A photo still uploading, or one that failed, is said beside the picker rather than left out.
    const photoProblem = photos?.busy() ? this.i18n.t('report.attachments.busy') : (photos?.failures()[0] ?? null);
    if (photoProblem) {
      this.state.fail({ status: 0, code: 'attachments', message: photoProblem, fields: { attachmentIds: photoProblem } }, labels);
      return;
    }
    await this.state.submit(this.form, labels, async () => {
      result.report = await this.api.actOnReport(this.report().code, this.body());
    });
    if (result.report) this.done.emit(result.report);
  }

  private body(): ReportActionDto {
    const action = this.action();
    const value = this.form.getRawValue();
    const when = (field: Field, text: string) => (this.shows(field) && text.trim() ? text.trim() : undefined);
    return {
      action,
      note: when('note', value.note),
      reasonCode: when('reasonCode', value.reasonCode) as ReportActionDto['reasonCode'],
      departmentId: when('departmentId', value.departmentId),
      duplicateOf: when('duplicateOf', value.duplicateOf),
      externalAgency: when('externalAgency', value.externalAgency),
      public: action === 'note' ? !value.internal : undefined,
      attachmentIds: action === 'resolve' && this.photos()?.ids().length ? [...(this.photos()?.ids() ?? [])] : undefined,
    };
  }
}
