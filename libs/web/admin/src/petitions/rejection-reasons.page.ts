import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import type { RejectionReasonDto } from '@walikota/shared-contracts';
import { API, FormState, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkControl, WkErrorSummary, WkField, WkPageHeader, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';

/** `/admin/petisi/alasan`: the reasons moderators reject or take down petitions with (admins). */
@Component({
  selector: 'wk-admin-rejection-reasons-page',
  imports: [ReactiveFormsModule, WkAlert, WkBadge, WkButton, WkCell, WkControl, WkErrorSummary, WkField, WkPageHeader, WkTable],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.petitions.title.reasons')" [lead]="i18n.t('admin.petitions.reasons.lead')" />
    @if (reasons.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    <wk-table
      [caption]="i18n.t('admin.petitions.reasons.caption')"
      [columns]="columns()"
      [rows]="rows()"
      [loading]="reasons.isLoading()"
      trackBy="code"
    >
      <ng-template wkCell="code" let-row
        ><span class="admin-id">{{ row.code }}</span></ng-template
      >
      <ng-template wkCell="label" let-row>
        <span class="admin-code">{{ row.labelId }}</span>
        <span class="admin-code wk-muted" lang="en">{{ row.labelEn }}</span>
      </ng-template>
      <ng-template wkCell="flags" let-row>
        <span class="wk-cluster reason-flags">
          @if (row.hidesText) {
            <!-- Plain text, not a badge: it wraps in the narrow value column of a phone's card. -->
            <span>{{ i18n.t('admin.petitions.reasons.hides') }}</span>
          }
          <wk-badge [tone]="row.active ? 'success' : 'neutral'">{{
            i18n.t(row.active ? 'admin.petitions.reasons.active' : 'admin.petitions.reasons.inactive')
          }}</wk-badge>
        </span>
      </ng-template>
      <ng-template wkCell="edit" let-row>
        <button wkButton variant="link" type="button" (click)="edit(row)">
          {{ i18n.t('admin.petitions.reasons.edit') }} <span class="wk-visually-hidden">{{ row.code }}</span>
        </button>
      </ng-template>
    </wk-table>

    <section class="reason-form" aria-labelledby="reason-form-heading">
      <h2 id="reason-form-heading">
        {{ editing() ? i18n.t('admin.petitions.reasons.editing', { code: editing()! }) : i18n.t('admin.petitions.reasons.add') }}
      </h2>
      @if (saved()) {
        <wk-alert tone="success">{{ i18n.t('common.saved') }}</wk-alert>
      }
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <wk-field
          [label]="i18n.t('admin.petitions.reasons.code')"
          [hint]="i18n.t('admin.petitions.reasons.codeHint')"
          [error]="state.error('code')"
          required
        >
          <input
            wkControl
            id="field-code"
            type="text"
            formControlName="code"
            autocomplete="off"
            spellcheck="false"
            [readonly]="!!editing()"
          />
        </wk-field>
        <wk-field [label]="i18n.t('admin.petitions.reasons.labelId')" [error]="state.error('labelId')" required>
          <input wkControl id="field-labelId" type="text" formControlName="labelId" />
        </wk-field>
        <wk-field [label]="i18n.t('admin.petitions.reasons.labelEn')" [error]="state.error('labelEn')" required>
          <input wkControl id="field-labelEn" type="text" formControlName="labelEn" lang="en" />
        </wk-field>
        <wk-field [label]="i18n.t('admin.petitions.reasons.sortOrder')" [error]="state.error('sortOrder')">
          <input wkControl id="field-sortOrder" type="number" formControlName="sortOrder" min="0" />
        </wk-field>
        <label class="wk-check">
          <input type="checkbox" id="field-hidesText" formControlName="hidesText" />
          <span>{{ i18n.t('admin.petitions.reasons.hidesLabel') }}</span>
        </label>
        <label class="wk-check">
          <input type="checkbox" id="field-active" formControlName="active" />
          <span>{{ i18n.t('admin.petitions.reasons.activeLabel') }}</span>
        </label>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('common.save') }}</button>
          @if (editing()) {
            <button wkButton variant="link" type="button" (click)="clear()">{{ i18n.t('common.cancel') }}</button>
          }
        </div>
      </form>
    </section>
  `,
  styles: `
    .reason-flags {
      gap: var(--space-2);
    }
    .reason-form {
      margin-top: var(--space-6);
      max-width: 40rem;
    }
  `,
})
export class RejectionReasonsPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  protected readonly reasons = resource({ loader: () => this.api.petitionRejectionReasons() });
  protected readonly rows = computed(() => [...(this.reasons.value() ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.reasons.error()), this.i18n));
  protected readonly editing = signal<string | null>(null);
  protected readonly saved = signal(false);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'code', label: this.i18n.t('admin.petitions.reasons.code') },
    { key: 'label', label: this.i18n.t('admin.petitions.reasons.label') },
    { key: 'flags', label: this.i18n.t('admin.petitions.reasons.flags') },
    { key: 'edit', label: this.i18n.t('admin.petitions.reasons.edit') },
  ]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    code: ['', [Validators.required, Validators.pattern(/^[a-z][a-z0-9_]{1,39}$/)]],
    labelId: ['', [Validators.required, Validators.maxLength(120)]],
    labelEn: ['', [Validators.required, Validators.maxLength(120)]],
    sortOrder: [0],
    hidesText: [false],
    active: [true],
  });

  protected edit(reason: RejectionReasonDto): void {
    this.saved.set(false);
    this.editing.set(reason.code);
    this.form.setValue({
      code: reason.code,
      labelId: reason.labelId,
      labelEn: reason.labelEn,
      sortOrder: reason.sortOrder,
      hidesText: reason.hidesText,
      active: reason.active,
    });
    document.getElementById('field-labelId')?.focus();
  }

  protected clear(): void {
    this.editing.set(null);
    this.form.reset();
    this.state.reset();
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const t = (key: string) => this.i18n.t(key);
    const labels = {
      code: t('admin.petitions.reasons.code'),
      labelId: t('admin.petitions.reasons.labelId'),
      labelEn: t('admin.petitions.reasons.labelEn'),
      sortOrder: t('admin.petitions.reasons.sortOrder'),
    };
    const ok = await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      await this.api.savePetitionRejectionReason(Object.assign({}, value, { sortOrder: Number(value.sortOrder) || 0 }));
    });
    if (ok) {
      this.saved.set(true);
      this.editing.set(null);
      this.form.reset();
      this.reasons.reload();
    }
  }
}
