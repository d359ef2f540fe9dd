import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { MeetingDetailDto, RegistrationDto } from '@walikota/shared-contracts';
import { API, CityFormat, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkDialog, WkDialogActions, WkSkeleton } from '@walikota/web-ui';
import { placesLeft, svgDataUrl } from '../shared/meeting-format';

interface RegistrationParams {
  code: string;
  status: string;
}

/**
 * "Pendaftaran": the places left and the waiting list; for a visitor a link to sign in; for a
 * citizen the button to register, or their place (its code and QR code) or their turn on the
 * waiting list, and giving it up (confirmed in a dialog). Only before the meeting starts.
 */
@Component({
  selector: 'wk-meeting-registration',
  imports: [RouterLink, WkAlert, WkButton, WkDialog, WkDialogActions, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = meeting();
    <section class="panel" aria-labelledby="registration-heading">
      <h2 id="registration-heading">{{ i18n.t('meetings.registration.heading') }}</h2>
      @if (m.status === 'scheduled' || m.status === 'live') {
        <p class="panel__places">
          {{ places() }}
          @if (m.waitingCount > 0) {
            <br />{{ i18n.t('meetings.places.waitingLong', { count: number(m.waitingCount) }) }}
          }
        </p>
      }

      @if (mine(); as state) {
        @if (state.status === 'confirmed') {
          <p class="panel__state">{{ i18n.t('meetings.registration.confirmedText') }}</p>
          @if (registration.hasValue() && registration.value(); as r) {
            <p class="panel__code-label">{{ i18n.t('meetings.registration.code') }}</p>
            <p class="panel__code" data-testid="registration-code">{{ r.code }}</p>
            @if (r.qrSvg) {
              <img
                class="panel__qr"
                [src]="qr(r.qrSvg)"
                [alt]="i18n.t('meetings.registration.qrAlt', { code: r.code })"
                width="200"
                height="200"
              />
            }
            <p class="wk-muted">{{ i18n.t('meetings.registration.codeHint') }}</p>
          } @else if (registration.isLoading()) {
            <wk-skeleton [lines]="2" [label]="i18n.t('meetings.registration.loading')" />
          }
          @if (state.checkedInAt) {
            <p>
              {{ i18n.t('meetings.registration.checkedIn') }}
              <time [attr.datetime]="state.checkedInAt">{{ format.dateTime(state.checkedInAt) }}</time>
            </p>
          }
        } @else if (state.status === 'waiting') {
          <p class="panel__state">{{ i18n.t('meetings.registration.waitingText', { position: state.waitingPosition ?? '–' }) }}</p>
          <p class="wk-muted">{{ i18n.t('meetings.registration.waitingHint') }}</p>
        }
      }

      @if (problem(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      <p class="wk-visually-hidden" aria-live="polite">{{ announcement() }}</p>

      @if (!open()) {
        <p>{{ i18n.t(m.status === 'cancelled' ? 'meetings.registration.cancelledMeeting' : 'meetings.registration.closed') }}</p>
      } @else if (!session.signedIn()) {
        <p>{{ i18n.t('meetings.registration.visitor') }}</p>
        <p>
          <a wkButton routerLink="/masuk" [queryParams]="{ kembali: '/balai-kota/rapat/' + m.code }">{{
            i18n.t('meetings.registration.signIn')
          }}</a>
        </p>
      } @else if (!citizen()) {
        <p>{{ i18n.t('meetings.registration.citizensOnly') }}</p>
      } @else if (active()) {
        <p>
          <button wkButton variant="secondary" type="button" (click)="confirmOpen.set(true)">
            {{ i18n.t('meetings.registration.cancel') }}
          </button>
        </p>
      } @else {
        <p class="wk-muted">{{ i18n.t(full() ? 'meetings.registration.fullHint' : 'meetings.registration.hint') }}</p>
        <p>
          <button wkButton type="button" [busy]="busy()" (click)="register()">{{ i18n.t('meetings.registration.register') }}</button>
        </p>
      }
    </section>

    <wk-dialog [(open)]="confirmOpen" [heading]="i18n.t('meetings.registration.cancelHeading')">
      <p>{{ i18n.t(mine()?.status === 'waiting' ? 'meetings.registration.cancelWaitingText' : 'meetings.registration.cancelText') }}</p>
      <div wkDialogActions>
        <button wkButton variant="danger" type="button" [busy]="busy()" (click)="cancel()">
          {{ i18n.t('meetings.registration.cancel') }}
        </button>
        <button wkButton variant="secondary" type="button" (click)="confirmOpen.set(false)">
          {{ i18n.t('meetings.registration.keep') }}
        </button>
      </div>
    </wk-dialog>
  `,
  styles: `
    .panel {
      margin-top: var(--space-6);
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
    }
    h2 {
      margin-top: 0;
      font-size: 1.25em;
    }
    .panel__state {
      font-weight: 700;
    }
    .panel__code-label {
      margin-bottom: 0;
    }
    .panel__code {
      margin: 0 0 var(--space-3);
      font-family: var(--font-mono, monospace);
      font-size: 2em;
      font-weight: 700;
      letter-spacing: 0.08em;
    }
    .panel__qr {
      display: block;
      max-width: 100%;
      height: auto;
      background: #fff;
    }
  `,
})
export class MeetingRegistrationPanel {
  readonly meeting = input.required<MeetingDetailDto>();
  /** Registered or cancelled: the page reloads the meeting (its counts and the reader's state). */
  readonly changed = output<void>();

  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  protected readonly busy = signal(false);
  protected readonly problem = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly confirmOpen = signal(false);

  protected readonly citizen = computed(() => this.session.signedIn() && this.session.hasRole('citizen'));
  /** The reader's registration as the meeting reports it (none, or given up: null). */
  protected readonly mine = computed(() => {
    const state = this.meeting().myRegistration;
    return state && state.status !== 'cancelled' ? state : null;
  });
  protected readonly active = computed(() => this.mine() !== null);
  /** Registering and giving up are possible only before the start. */
  protected readonly open = computed(() => this.meeting().status === 'scheduled');
  protected readonly full = computed(() => placesLeft(this.meeting()) === 0);

  /** The code and its QR code: asked only for a confirmed place (a 404 means none after all). */
  protected readonly registration = resource<RegistrationDto | null, RegistrationParams | undefined>({
    params: () => {
      const state = this.mine();
      return state?.status === 'confirmed' && this.citizen() ? { code: this.meeting().code, status: state.status } : undefined;
    },
    loader: async ({ params }) => {
      try {
        return await this.api.getMyMeetingRegistration(params.code);
      } catch (error) {
        if (toApiProblem(error).status === 404) return null;
        throw error;
      }
    },
  });

  protected places(): string {
    const m = this.meeting();
    return this.i18n.t('meetings.places.left', { count: this.number(placesLeft(m)), capacity: this.number(m.capacity) });
  }

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected qr(svg: string): string {
    return svgDataUrl(svg);
  }

  protected async register(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const registration = await this.api.registerForMeeting(this.meeting().code);
      this.announcement.set(
        this.i18n.t(registration.status === 'confirmed' ? 'meetings.registration.doneConfirmed' : 'meetings.registration.doneWaiting'),
      );
      this.changed.emit();
    } catch (error) {
      this.problem.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
    }
  }

  protected async cancel(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.problem.set(null);
    try {
      await this.api.cancelMyMeetingRegistration(this.meeting().code);
      this.confirmOpen.set(false);
      this.announcement.set(this.i18n.t('meetings.registration.doneCancelled'));
      this.changed.emit();
    } catch (error) {
      this.confirmOpen.set(false);
      this.problem.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
