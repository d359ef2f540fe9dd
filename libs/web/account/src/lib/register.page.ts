import { ChangeDetectionStrategy, Component, Injector, afterNextRender, inject, resource, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { API, FormState } from '@walikota/web-core';
import { PERSON_NAME_MAX } from '@walikota/shared-contracts';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader } from '@walikota/web-ui';

@Component({
  selector: 'wk-register-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (sentTo(); as email) {
      <wk-page-header #done [heading]="i18n.t('auth.register.done.title')" />
      <wk-alert tone="success">{{ i18n.t('auth.register.done.text', { email }) }}</wk-alert>
    } @else {
      <wk-page-header [heading]="i18n.t('auth.title.register')" [lead]="i18n.t('auth.register.lead')" />
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field [label]="i18n.t('auth.name')" [error]="state.error('name')" required [max]="nameMax">
          <input wkControl id="field-name" type="text" formControlName="name" autocomplete="name" />
        </wk-field>
        <wk-field [label]="i18n.t('auth.email')" [error]="state.error('email')" required>
          <input
            wkControl
            id="field-email"
            type="email"
            formControlName="email"
            autocomplete="email"
            inputmode="email"
            spellcheck="false"
          />
        </wk-field>
        <wk-field
          [label]="i18n.t('auth.password')"
          [hint]="i18n.t('auth.register.password.hint')"
          [error]="state.error('password')"
          required
        >
          <input
            wkControl
            id="field-password"
            [type]="showPassword() ? 'text' : 'password'"
            formControlName="password"
            autocomplete="new-password"
          />
        </wk-field>
        <label class="wk-check">
          <input type="checkbox" [checked]="showPassword()" (change)="showPassword.set(!showPassword())" />
          {{ i18n.t('auth.showPassword') }}
        </label>
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
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('auth.register.submit') }}</button>
        </div>
      </form>
      <p>
        {{ i18n.t('auth.register.haveAccount') }}
        <a routerLink="/masuk">{{ i18n.t('auth.register.signInLink') }}</a>
      </p>
    }
  `,
})
export class RegisterPage {
  protected readonly i18n = inject(I18n);
  protected readonly nameMax = PERSON_NAME_MAX;
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  protected readonly areas = resource({ loader: () => this.api.getAreaTree() });
  protected readonly showPassword = signal(false);
  protected readonly sentTo = signal<string | null>(null);
  private readonly done = viewChild<WkPageHeader>('done');
  private readonly injector = inject(Injector);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    name: ['', [Validators.required, Validators.maxLength(PERSON_NAME_MAX)]],
    email: ['', [Validators.required, Validators.email]],
    password: ['', [Validators.required, Validators.minLength(10)]],
    phone: ['', Validators.maxLength(20)],
    homeAreaId: [''],
  });

  protected async submit(): Promise<void> {
    const labels = {
      name: this.i18n.t('auth.name'),
      email: this.i18n.t('auth.email'),
      password: this.i18n.t('auth.password'),
      phone: this.i18n.t('auth.phone'),
      homeAreaId: this.i18n.t('auth.homeArea'),
    };
    await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      const email = value.email.trim();
      await this.api.register({
        name: value.name.trim(),
        email,
        password: value.password,
        phone: value.phone.trim() || undefined,
        homeAreaId: value.homeAreaId || undefined,
        language: this.i18n.language(),
      });
      this.sentTo.set(email);
      // The message replaces the form, which on a phone leaves the view far below it: start there.
      afterNextRender(() => this.done()?.focus(), { injector: this.injector });
    });
  }
}
