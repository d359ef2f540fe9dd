import { HttpErrorResponse } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PetitionDetailDto, SignatureResultDto } from '@walikota/shared-contracts';
import { API, CityFormat, Session, isErrorResponse, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkField } from '@walikota/web-ui';
import { PetitionReference } from '../../data-access/petition-reference';

/** The API's detail code for a field, e.g. `petition_area_required` on `areaId`. */
function detailCode(error: unknown, field: string): string | null {
  if (!(error instanceof HttpErrorResponse) || !isErrorResponse(error.error)) return null;
  return error.error.details?.find((d) => d.field === field)?.code ?? null;
}

/**
 * Signing and withdrawing, for a signed-in verified citizen while the petition is open; a visitor
 * is offered to sign in and come back. A signer whose profile names no kelurahan is asked for it
 * once (the API keeps it in the profile).
 */
@Component({
  selector: 'wk-petition-sign-panel',
  imports: [RouterLink, WkAlert, WkButton, WkControl, WkField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = petition();
    <section class="sign" aria-labelledby="sign-heading">
      <h2 id="sign-heading">{{ i18n.t('petitions.sign.heading') }}</h2>
      @if (!session.signedIn()) {
        <p>{{ i18n.t('petitions.sign.visitor') }}</p>
        <p>
          <a wkButton routerLink="/masuk" [queryParams]="{ kembali: '/petisi/' + p.code }">{{ i18n.t('petitions.sign.signIn') }}</a>
        </p>
      } @else if (!session.profile()?.emailVerified) {
        <p>{{ i18n.t('petitions.sign.unverified') }}</p>
      } @else if (!session.hasRole('citizen')) {
        <p>{{ i18n.t('petitions.sign.notCitizen') }}</p>
      } @else if (p.mySignature?.invalidated) {
        <p>{{ i18n.t('petitions.sign.invalidated') }}</p>
      } @else if (p.mySignature) {
        <p class="sign__done" role="status">{{ i18n.t('petitions.sign.signed', { date: format.dateTime(p.mySignature.signedAt) }) }}</p>
        <p>
          <button wkButton variant="secondary" type="button" [busy]="busy()" (click)="withdraw()">
            {{ i18n.t('petitions.sign.withdraw') }}
          </button>
        </p>
      } @else if (askArea()) {
        <form class="wk-form" (submit)="$event.preventDefault(); sign()" novalidate>
          <p>{{ i18n.t('petitions.sign.areaLead') }}</p>
          <wk-field [label]="i18n.t('petitions.field.kecamatan')">
            <select wkControl id="sign-kecamatan" name="kecamatanId" (change)="chooseKecamatan($event)">
              <option value="">{{ i18n.t('petitions.form.kecamatan.choose') }}</option>
              @for (kecamatan of reference.kecamatan(); track kecamatan.id) {
                <option [value]="kecamatan.id" [selected]="kecamatan.id === kecamatanId()">{{ kecamatan.name }}</option>
              }
            </select>
          </wk-field>
          <wk-field [label]="i18n.t('petitions.field.kelurahan')" [error]="areaError()" required>
            <select wkControl id="sign-areaId" name="areaId" (change)="areaId.set(read($event))">
              <option value="">
                {{ i18n.t(kelurahan().length ? 'petitions.sign.kelurahan.choose' : 'petitions.sign.kecamatanFirst') }}
              </option>
              @for (k of kelurahan(); track k.id) {
                <option [value]="k.id" [selected]="k.id === areaId()">{{ k.name }}</option>
              }
            </select>
          </wk-field>
          <div class="wk-actions">
            <button wkButton type="submit" [busy]="busy()">{{ i18n.t('petitions.sign.submit') }}</button>
          </div>
        </form>
      } @else {
        <p>{{ i18n.t('petitions.sign.lead') }}</p>
        <p>
          <button wkButton type="button" [busy]="busy()" (click)="sign()">{{ i18n.t('petitions.sign.submit') }}</button>
        </p>
      }
      @if (error(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
    </section>
  `,
  styles: `
    .sign {
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    .sign h2 {
      margin-top: 0;
      font-size: 1.25em;
    }
    .sign__done {
      font-weight: 600;
      color: var(--color-success);
    }
  `,
})
export class SignPanel {
  readonly petition = input.required<PetitionDetailDto>();
  /** After signing or withdrawing: the answer (the page reads the petition again). */
  readonly changed = output<SignatureResultDto>();

  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  protected readonly reference = inject(PetitionReference);
  private readonly api = inject(API);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly askArea = signal(false);
  protected readonly areaError = signal<string | null>(null);
  protected readonly kecamatanId = signal('');
  protected readonly areaId = signal('');
  protected readonly kelurahan = computed(() => this.reference.kelurahanOf(this.kecamatanId()));

  protected chooseKecamatan(event: Event): void {
    this.kecamatanId.set(this.read(event));
    this.areaId.set('');
  }

  protected read(event: Event): string {
    return (event.target as HTMLSelectElement).value;
  }

  protected async sign(): Promise<void> {
    if (this.busy()) return;
    if (this.askArea() && !this.areaId()) {
      this.areaError.set(this.i18n.t('form.required', { field: this.i18n.t('petitions.field.kelurahan') }));
      return;
    }
    await this.run(
      () => this.api.signPetition(this.petition().code, this.askArea() ? { areaId: this.areaId() } : {}),
      (error) => {
        const code = detailCode(error, 'areaId');
        if (code === 'petition_area_required' || (code && this.askArea())) {
          // Asked once: the API keeps the kelurahan in the profile for the next petitions.
          this.askArea.set(true);
          void this.reference.load();
          if (code !== 'petition_area_required') this.areaError.set(toApiProblem(error).fields['areaId'] ?? null);
          return true;
        }
        return false;
      },
    );
  }

  protected withdraw(): Promise<void> {
    return this.run(() => this.api.withdrawPetitionSignature(this.petition().code));
  }

  private async run(action: () => Promise<SignatureResultDto>, handle?: (error: unknown) => boolean): Promise<void> {
    this.busy.set(true);
    this.error.set(null);
    this.areaError.set(null);
    try {
      const result = await action();
      this.askArea.set(false);
      this.changed.emit(result);
    } catch (error) {
      if (!handle?.(error)) this.error.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
