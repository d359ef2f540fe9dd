import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { PERSON_NAME_MAX } from '@walikota/shared-contracts';
import type { ProfileDto } from '@walikota/shared-contracts';
import { API, FormState, Session } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkAlert, WkBadge, WkButton, WkControl, WkErrorSummary, WkField, WkFieldset, WkPageHeader } from '@walikota/web-ui';
import { AccountNav } from './account-nav';
import { ResendVerification } from './resend-verification';

type Frequency = ProfileDto['emailFrequency'];

/** `/profil`: personal details, language and e-mail notification preferences. */
@Component({
  selector: 'wk-profile-page',
  imports: [
    ReactiveFormsModule,
    AccountNav,
    ResendVerification,
    WkAlert,
    WkBadge,
    WkButton,
    WkControl,
    WkErrorSummary,
    WkField,
    WkFieldset,
    WkPageHeader,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (session.profile(); as me) {
      <wk-page-header [heading]="i18n.t('account.profile.heading')" />
      <wk-account-nav />
      <dl class="summary">
        <dt>{{ i18n.t('account.profile.email') }}</dt>
        <dd>
          {{ me.email }}
          @if (me.emailVerified) {
            <wk-badge tone="success">{{ i18n.t('account.profile.verified') }}</wk-badge>
          } @else {
            <wk-badge tone="warning">{{ i18n.t('account.profile.unverified') }}</wk-badge>
          }
        </dd>
        <dt>{{ i18n.t('account.profile.roles') }}</dt>
        <dd class="wk-cluster">
          @for (role of me.roles; track role) {
            <wk-badge tone="info">{{ i18n.t('account.role.' + role) }}</wk-badge>
          }
        </dd>
      </dl>
      @if (!me.emailVerified) {
        <wk-alert tone="warning">
          <p>{{ i18n.t('account.profile.unverifiedText') }}</p>
          <wk-resend-verification variant="secondary" />
        </wk-alert>
      }
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <h2>{{ i18n.t('account.profile.details') }}</h2>
        <wk-field [label]="i18n.t('auth.name')" [error]="state.error('name')" required [max]="nameMax">
          <input wkControl id="field-name" type="text" formControlName="name" autocomplete="name" />
        </wk-field>
        <wk-field [label]="i18n.t('auth.phone')" [hint]="i18n.t('auth.phone.hint')" [error]="state.error('phone')" [max]="20">
          <input wkControl id="field-phone" type="tel" formControlName="phone" autocomplete="tel" inputmode="tel" />
        </wk-field>
        <wk-field [label]="i18n.t('auth.homeArea')" [hint]="i18n.t('auth.homeArea.hint')" [error]="state.error('homeAreaId')">
          <select wkControl id="field-homeAreaId" formControlName="homeAreaId">
            <option value="">{{ i18n.t('auth.homeArea.none') }}</option>
            @for (kecamatan of areas.value()?.kecamatan ?? []; track kecamatan.id) {
              <optgroup [label]="i18n.t('auth.homeArea.kecamatan', { name: kecamatan.name })">
                @for (kelurahan of kecamatan.kelurahan; track kelurahan.id) {
                  <option [value]="kelurahan.id">{{ kelurahan.name }}</option>
                }
              </optgroup>
            }
          </select>
        </wk-field>
        <h2>{{ i18n.t('account.profile.preferences') }}</h2>
        <wk-field [label]="i18n.t('account.profile.language')" [error]="state.error('language')">
          <select wkControl id="field-language" formControlName="language">
            <option value="id">{{ i18n.t('account.profile.language.id') }}</option>
            <option value="en">{{ i18n.t('account.profile.language.en') }}</option>
          </select>
        </wk-field>
        <wk-fieldset
          [legend]="i18n.t('account.profile.emailFrequency')"
          [hint]="i18n.t('account.profile.emailFrequency.hint')"
          [error]="state.error('emailFrequency')"
        >
          @for (frequency of frequencies; track frequency) {
            <label class="wk-check">
              <input type="radio" formControlName="emailFrequency" [value]="frequency" />
              {{ i18n.t('account.profile.emailFrequency.' + frequency) }}
            </label>
          }
        </wk-fieldset>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('common.save') }}</button>
        </div>
      </form>
    }
  `,
  styles: `
    .summary {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1.5rem;
      margin: 0 0 1.5rem;
    }
    dt {
      font-weight: 700;
    }
    dd {
      margin: 0;
    }
  `,
})
export class ProfilePage {
  protected readonly i18n = inject(I18n);
  protected readonly nameMax = PERSON_NAME_MAX;
  protected readonly state = inject(FormState);
  protected readonly session = inject(Session);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  protected readonly areas = resource({ loader: () => this.api.getAreaTree() });
  protected readonly frequencies: Frequency[] = ['immediate', 'daily', 'never'];
  protected readonly form = this.buildForm();

  private buildForm() {
    const me = this.session.profile();
    return inject(FormBuilder).nonNullable.group({
      name: [me?.name ?? '', [Validators.required, Validators.maxLength(PERSON_NAME_MAX)]],
      phone: [me?.phone ?? '', Validators.maxLength(20)],
      homeAreaId: [me?.homeAreaId ?? ''],
      language: [me?.language ?? this.i18n.language()],
      emailFrequency: [me?.emailFrequency ?? ('immediate' as Frequency)],
    });
  }

  protected async save(): Promise<void> {
    const labels = {
      name: this.i18n.t('auth.name'),
      phone: this.i18n.t('auth.phone'),
      homeAreaId: this.i18n.t('auth.homeArea'),
      language: this.i18n.t('account.profile.language'),
      emailFrequency: this.i18n.t('account.profile.emailFrequency'),
    };
    const ok = await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      await this.session.update({
        name: value.name.trim(),
        phone: value.phone.trim() || null,
        homeAreaId: value.homeAreaId || null,
        language: value.language,
        emailFrequency: value.emailFrequency,
      });
    });
    if (ok) this.toasts.show(this.i18n.t('common.saved'), 'success');
  }
}
