import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, inject, input, resource } from '@angular/core';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MEETING_LIMITS as L } from '@walikota/shared-contracts';
import type { ConcludeMeetingDto, MeetingDetailDto } from '@walikota/shared-contracts';
import { API, FormState, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { meetingPath, parseCodes } from './meeting-labels';

type CommitmentRow = FormGroup<{
  departmentId: FormControl<string>;
  dueDate: FormControl<string>;
  description: FormControl<string>;
  petitionCodes: FormControl<string>;
  reportCodes: FormControl<string>;
}>;

/**
 * `/admin/balai-kota/<code>/simpulkan`: concludes a live meeting with its minutes (Markdown), the
 * names of the chair and the minute-taker, and the commitments made — each a department, a due
 * date, what was promised, and the petitions and reports it answers. The attendance is counted by
 * the API from the check-ins.
 */
@Component({
  selector: 'wk-admin-meeting-conclude-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader, WkSkeleton],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.meetings.title.conclude')" [lead]="m()?.title ?? code()">
      <p>
        <a [routerLink]="backPath()">{{ i18n.t('admin.meetings.backToMeeting') }}</a>
      </p>
    </wk-page-header>
    @if (meeting.isLoading() && !meeting.hasValue()) {
      <wk-skeleton [lines]="6" />
    } @else if (meeting.error()) {
      <wk-alert tone="danger">{{ loadError() }}</wk-alert>
    } @else if (m() && (m()?.status !== 'live' || !m()?.canManage)) {
      <wk-alert tone="warning">{{ i18n.t('admin.meetings.conclude.notLive') }}</wk-alert>
    } @else {
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form conclude" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field
          [label]="i18n.t('admin.meetings.conclude.minutes')"
          [hint]="i18n.t('admin.meetings.conclude.minutesHint')"
          [error]="state.error('minutesMarkdown')"
          [max]="limits.minutesMax"
          required
        >
          <textarea wkControl id="field-minutesMarkdown" rows="12" formControlName="minutesMarkdown"></textarea>
        </wk-field>
        <wk-field [label]="i18n.t('admin.meetings.conclude.chair')" [error]="state.error('chairName')" [max]="limits.signatoryMax">
          <input wkControl id="field-chairName" type="text" autocomplete="off" formControlName="chairName" />
        </wk-field>
        <wk-field [label]="i18n.t('admin.meetings.conclude.secretary')" [error]="state.error('secretaryName')" [max]="limits.signatoryMax">
          <input wkControl id="field-secretaryName" type="text" autocomplete="off" formControlName="secretaryName" />
        </wk-field>

        <section aria-labelledby="commitments-heading">
          <h2 id="commitments-heading">{{ i18n.t('admin.meetings.manage.commitments') }}</h2>
          <p class="wk-field__hint">{{ i18n.t('admin.meetings.conclude.commitmentsHint') }}</p>
          @if (state.error('commitments'); as error) {
            <p class="wk-field__error">{{ error }}</p>
          }
          <ol class="rows" formArrayName="commitments">
            @for (row of commitments.controls; track row; let i = $index) {
              <li [formGroupName]="i">
                <fieldset class="wk-fieldset row">
                  <legend class="wk-fieldset__legend">{{ rowName(i) }}</legend>
                  <wk-field
                    [label]="i18n.t('admin.meetings.field.department')"
                    [error]="state.error('commitments.' + i + '.departmentId')"
                    required
                  >
                    <select wkControl [id]="'field-commitments.' + i + '.departmentId'" formControlName="departmentId">
                      <option value="">{{ i18n.t('admin.meetings.field.chooseDepartment') }}</option>
                      @for (d of departmentOptions(); track d.id) {
                        <option [value]="d.id">{{ d.name }}</option>
                      }
                    </select>
                  </wk-field>
                  <wk-field
                    [label]="i18n.t('admin.meetings.conclude.dueDate')"
                    [error]="state.error('commitments.' + i + '.dueDate')"
                    required
                  >
                    <input wkControl [id]="'field-commitments.' + i + '.dueDate'" type="date" formControlName="dueDate" />
                  </wk-field>
                  <wk-field
                    [label]="i18n.t('admin.meetings.conclude.description')"
                    [error]="state.error('commitments.' + i + '.description')"
                    [max]="limits.commitmentMax"
                    required
                  >
                    <textarea wkControl [id]="'field-commitments.' + i + '.description'" rows="3" formControlName="description"></textarea>
                  </wk-field>
                  <wk-field
                    [label]="i18n.t('admin.meetings.conclude.petitionCodes')"
                    [hint]="i18n.t('admin.meetings.conclude.codesHint', { example: 'PTS-2026-000012' })"
                    [error]="codesError(i, 'petitionCodes')"
                  >
                    <input
                      wkControl
                      [id]="'field-commitments.' + i + '.petitionCodes'"
                      type="text"
                      autocomplete="off"
                      spellcheck="false"
                      formControlName="petitionCodes"
                    />
                  </wk-field>
                  <wk-field
                    [label]="i18n.t('admin.meetings.conclude.reportCodes')"
                    [hint]="i18n.t('admin.meetings.conclude.codesHint', { example: 'LPR-2026-000034' })"
                    [error]="codesError(i, 'reportCodes')"
                  >
                    <input
                      wkControl
                      [id]="'field-commitments.' + i + '.reportCodes'"
                      type="text"
                      autocomplete="off"
                      spellcheck="false"
                      formControlName="reportCodes"
                    />
                  </wk-field>
                  <div class="wk-actions">
                    <button wkButton variant="link" type="button" (click)="remove(i)">
                      {{ i18n.t('admin.meetings.row.remove') }}<span class="wk-visually-hidden"> {{ rowName(i) }}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            }
          </ol>
          <p>
            <button wkButton variant="secondary" type="button" id="field-commitments" (click)="add()">
              {{ i18n.t('admin.meetings.conclude.addCommitment') }}
            </button>
          </p>
        </section>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.meetings.conclude.submit') }}</button>
          <a [routerLink]="backPath()">{{ i18n.t('common.cancel') }}</a>
        </div>
      </form>
    }
  `,
  styles: `
    .conclude {
      max-width: 42rem;
    }
    .rows {
      display: grid;
      gap: var(--space-4);
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
    .row {
      display: grid;
      gap: var(--space-4);
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .row > legend {
      padding: 0 var(--space-2);
    }
  `,
})
export class MeetingConcludePage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly departments = inject(DepartmentsStore);
  private readonly injector = inject(Injector);
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly code = input.required<string>();
  protected readonly limits = L;

  protected readonly meeting = resource<MeetingDetailDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getMeeting(params),
  });
  protected readonly m = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly loadError = computed(() => loadErrorText(toApiProblem(this.meeting.error()), this.i18n));
  protected readonly backPath = computed(() => meetingPath(this.code()));
  protected readonly departmentOptions = computed(() =>
    this.departments.items().map((d) => ({ id: d.id, name: this.departments.name(d) })),
  );
  protected readonly form = this.fb.group({
    minutesMarkdown: ['', [Validators.required, Validators.minLength(L.minutesMin), Validators.maxLength(L.minutesMax)]],
    chairName: ['', Validators.maxLength(L.signatoryMax)],
    secretaryName: ['', Validators.maxLength(L.signatoryMax)],
    commitments: this.fb.array<CommitmentRow>([]),
  });
  protected readonly commitments: FormArray<CommitmentRow> = this.form.controls.commitments;

  constructor() {
    void this.departments.load();
  }

  protected rowName(i: number): string {
    return this.i18n.t('admin.meetings.conclude.row', { n: i + 1 });
  }

  /** The API names a bad code by its place in the list (`commitments.0.petitionCodes.1`) or the list itself. */
  protected codesError(i: number, field: 'petitionCodes' | 'reportCodes'): string | null {
    const prefix = `commitments.${i}.${field}`;
    const errors = this.state.fieldErrors();
    return errors[prefix] ?? Object.entries(errors).find(([key]) => key.startsWith(`${prefix}.`))?.[1] ?? null;
  }

  protected add(): void {
    this.commitments.push(
      this.fb.group({
        departmentId: [this.m()?.department.id ?? '', Validators.required],
        dueDate: ['', Validators.required],
        description: ['', [Validators.required, Validators.minLength(L.commitmentMin), Validators.maxLength(L.commitmentMax)]],
        petitionCodes: [''],
        reportCodes: [''],
      }),
    );
    this.focusLater(`field-commitments.${this.commitments.length - 1}.departmentId`);
  }

  protected remove(i: number): void {
    this.commitments.removeAt(i);
    this.state.reset();
    this.focusLater('field-commitments');
  }

  protected async submit(): Promise<void> {
    const t = (key: string) => this.i18n.t(key);
    const labels: Record<string, string> = {
      minutesMarkdown: t('admin.meetings.conclude.minutes'),
      chairName: t('admin.meetings.conclude.chair'),
      secretaryName: t('admin.meetings.conclude.secretary'),
      commitments: t('admin.meetings.manage.commitments'),
    };
    this.commitments.controls.forEach((_, i) => {
      const row = this.rowName(i);
      const label = (key: string) => `${t(key)} (${row})`;
      labels[`commitments.${i}.departmentId`] = label('admin.meetings.field.department');
      labels[`commitments.${i}.dueDate`] = label('admin.meetings.conclude.dueDate');
      labels[`commitments.${i}.description`] = label('admin.meetings.conclude.description');
      labels[`commitments.${i}.petitionCodes`] = label('admin.meetings.conclude.petitionCodes');
      labels[`commitments.${i}.reportCodes`] = label('admin.meetings.conclude.reportCodes');
    });
    const ok = await this.state.submit(this.form, labels, async () => {
      try {
        await this.api.concludeMeeting(this.code(), this.body());
      } catch (error) {
        throw withCodeFieldsFolded(error);
      }
    });
    if (ok) await this.router.navigateByUrl(meetingPath(this.code()));
  }

  private body(): ConcludeMeetingDto {
    const v = this.form.getRawValue();
    return {
      minutesMarkdown: v.minutesMarkdown,
      chairName: v.chairName.trim() || undefined,
      secretaryName: v.secretaryName.trim() || undefined,
      commitments: v.commitments.map((c) => ({
        departmentId: c.departmentId,
        dueDate: c.dueDate,
        description: c.description.trim(),
        petitionCodes: parseCodes(c.petitionCodes),
        reportCodes: parseCodes(c.reportCodes),
      })),
    };
  }

  private focusLater(id: string): void {
    afterNextRender({ write: () => document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}

/**
 * The API names a bad code in a list by its index (`commitments.0.reportCodes.2`); the form shows it
 * beside the list's one field, so the index is folded into the field's name.
 */
function withCodeFieldsFolded(error: unknown): unknown {
  const body = (error as { error?: { details?: { field?: string }[] } } | null)?.error;
  for (const detail of body?.details ?? []) {
    if (detail.field) detail.field = detail.field.replace(/^(commitments\.\d+\.(?:petitionCodes|reportCodes))\.\d+$/, '$1');
  }
  return error;
}
