import { ChangeDetectionStrategy, Component, effect, inject, input, output } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { FORUM_MODERATION_LIMITS, FORUM_SANCTION_KINDS } from '@walikota/shared-contracts';
import type { ForumSanctionDto, ForumSanctionKind } from '@walikota/shared-contracts';
import { API, FormState } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkButton, WkControl, WkErrorSummary, WkField, WkFieldset } from '@walikota/web-ui';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const L = FORUM_MODERATION_LIMITS;

/**
 * Imposes a sanction: the account (prefilled from the queue's link), the kind, the days (required
 * to mute, optional to ban — none is "until lifted" — and not asked for a warning) and the reason
 * told to the account holder. The API's field problems show next to their fields.
 */
@Component({
  selector: 'wk-admin-forum-sanction-form',
  imports: [ReactiveFormsModule, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-error-summary [errors]="state.problems()" />
    <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
      <wk-field
        [label]="i18n.t('admin.forum.sanctions.userId')"
        [hint]="
          userName() ? i18n.t('admin.forum.sanctions.forUser', { name: userName() ?? '' }) : i18n.t('admin.forum.sanctions.userIdHint')
        "
        [error]="state.error('userId')"
        required
      >
        <input wkControl id="field-userId" type="text" formControlName="userId" autocomplete="off" spellcheck="false" />
      </wk-field>
      <wk-fieldset [legend]="i18n.t('admin.forum.sanctions.kind')" [error]="state.error('kind')" required>
        @for (k of kinds; track k; let first = $first) {
          <label class="wk-check">
            <input type="radio" formControlName="kind" [value]="k" [attr.id]="first ? 'field-kind' : null" />
            <span
              ><strong>{{ i18n.t('admin.forum.kind.' + k) }}</strong>
              <span class="kind-help">{{ i18n.t('admin.forum.kind.' + k + '.help') }}</span></span
            >
          </label>
        }
      </wk-fieldset>
      @if (kind() !== 'warn') {
        <wk-field
          [label]="i18n.t('admin.forum.sanctions.days')"
          [hint]="i18n.t(kind() === 'mute' ? 'admin.forum.sanctions.daysMuteHint' : 'admin.forum.sanctions.daysBanHint')"
          [error]="state.error('days')"
          [required]="kind() === 'mute'"
        >
          <input
            wkControl
            id="field-days"
            type="number"
            inputmode="numeric"
            min="1"
            [max]="limits.sanctionDaysMax"
            formControlName="days"
          />
        </wk-field>
      }
      <wk-field
        [label]="i18n.t('admin.forum.sanctions.reason')"
        [hint]="i18n.t('admin.forum.sanctions.reasonHint')"
        [error]="state.error('reason')"
        [max]="limits.reasonDetailsMax"
        required
      >
        <textarea wkControl id="field-reason" rows="3" formControlName="reason"></textarea>
      </wk-field>
      <div class="wk-actions">
        <button wkButton variant="danger" type="submit" [busy]="state.busy()">{{ i18n.t('admin.forum.sanctions.submit') }}</button>
      </div>
    </form>
  `,
  styles: `
    .kind-help {
      display: block;
      color: var(--color-muted);
    }
  `,
})
export class ForumSanctionForm {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  readonly userId = input<string | undefined>();
  readonly userName = input<string | undefined>();
  readonly imposed = output<ForumSanctionDto>();
  protected readonly kinds = FORUM_SANCTION_KINDS;
  protected readonly limits = L;

  protected readonly form = inject(FormBuilder).nonNullable.group({
    userId: ['', [Validators.required, Validators.pattern(UUID)]],
    kind: ['mute' as ForumSanctionKind, Validators.required],
    days: [null as number | null, [Validators.min(1), Validators.max(L.sanctionDaysMax)]],
    reason: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(L.reasonDetailsMax)]],
  });
  protected readonly kind = toSignal(this.form.controls.kind.valueChanges, { initialValue: this.form.controls.kind.value });

  constructor() {
    effect(() => {
      const id = this.userId();
      if (id) this.form.controls.userId.setValue(id);
    });
  }

  protected async submit(): Promise<void> {
    const kind = this.form.controls.kind.value;
    const days = this.form.controls.days;
    days.setValidators([...(kind === 'mute' ? [Validators.required] : []), Validators.min(1), Validators.max(L.sanctionDaysMax)]);
    days.updateValueAndValidity();
    const t = (key: string) => this.i18n.t(key);
    const labels: Record<string, string> = {
      userId: t('admin.forum.sanctions.userId'),
      kind: t('admin.forum.sanctions.kind'),
      ...(kind === 'warn' ? {} : { days: t('admin.forum.sanctions.days') }),
      reason: t('admin.forum.sanctions.reason'),
    };
    const out: { sanction?: ForumSanctionDto } = {};
    const ok = await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      const n = value.days === null || String(value.days) === '' ? undefined : Number(value.days);
      out.sanction = await this.api.imposeForumSanction({
        userId: value.userId.trim(),
        kind: value.kind,
        days: value.kind === 'warn' ? undefined : n,
        reason: value.reason.trim(),
      });
    });
    if (ok && out.sanction) {
      this.imposed.emit(out.sanction);
      this.form.reset({ userId: '', kind: 'mute', days: null, reason: '' });
    }
  }
}
