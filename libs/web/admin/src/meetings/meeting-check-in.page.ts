import { isPlatformBrowser } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  PLATFORM_ID,
  computed,
  inject,
  input,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import type { CheckInResultDto, MeetingDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { meetingPath } from './meeting-labels';

/** The bits of the Barcode Detection API used here (not in TypeScript's DOM library yet). */
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorCtor = new (options: { formats: string[] }) => BarcodeDetectorLike;

type Outcome = { kind: 'ok' | 'already'; text: string } | { kind: 'error'; text: string } | null;

/** The same code scanned again within this time is one check-in, not two. */
const RESCAN_MS = 4000;
const SCAN_EVERY_MS = 250;

/**
 * `/admin/balai-kota/<code>/presensi`: the door. A registration code typed, sent by a USB or
 * Bluetooth scanner (which types it and presses Enter) or read by the camera; the answer is
 * announced, the field cleared and focused for the next person, the number present shown large,
 * and this session's check-ins listed, most recent first. Made for a phone held in one hand.
 */
@Component({
  selector: 'wk-admin-meeting-check-in-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkButton, WkControl, WkField, WkPageHeader, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.meetings.title.checkIn')" [lead]="m()?.title ?? code()">
      <p>
        <a [routerLink]="backPath()">{{ i18n.t('admin.meetings.backToMeeting') }}</a>
      </p>
    </wk-page-header>
    @if (meeting.isLoading() && !meeting.hasValue()) {
      <wk-skeleton [lines]="4" />
    } @else if (meeting.error()) {
      <wk-alert tone="danger">{{ loadError() }}</wk-alert>
    } @else {
      @if (closed()) {
        <wk-alert tone="warning">{{ i18n.t('admin.meetings.checkIn.closed') }}</wk-alert>
      }
      <div class="count" aria-live="polite">
        @if (attendance() !== null) {
          <span class="count__number">{{ attendance() }}</span>
          <span>{{ i18n.t('admin.meetings.checkIn.present') }}</span>
        } @else {
          <span class="wk-muted">{{ i18n.t('admin.meetings.checkIn.countLater') }}</span>
        }
      </div>
      <form class="check" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field [label]="i18n.t('admin.meetings.checkIn.code')" [hint]="i18n.t('admin.meetings.checkIn.codeHint')">
          <input
            #codeInput
            wkControl
            id="field-code"
            class="check__input"
            type="text"
            inputmode="text"
            autocapitalize="characters"
            autocomplete="off"
            autocorrect="off"
            spellcheck="false"
            enterkeyhint="send"
            formControlName="code"
          />
        </wk-field>
        <button wkButton class="check__button" type="submit" [busy]="busy()">{{ i18n.t('admin.meetings.checkIn.submit') }}</button>
      </form>
      @if (canScan) {
        <div class="scan">
          @if (scanning()) {
            <video #video class="scan__video" muted playsinline [attr.aria-label]="i18n.t('admin.meetings.checkIn.camera')"></video>
            <button wkButton variant="secondary" type="button" class="check__button" (click)="stopCamera()">
              {{ i18n.t('admin.meetings.checkIn.stopScan') }}
            </button>
          } @else {
            <button wkButton variant="secondary" type="button" class="check__button" (click)="startCamera()">
              {{ i18n.t('admin.meetings.checkIn.scan') }}
            </button>
          }
        </div>
      }
      <div class="result" aria-live="assertive" aria-atomic="true">
        @if (outcome(); as o) {
          <wk-alert [tone]="o.kind === 'ok' ? 'success' : o.kind === 'already' ? 'warning' : 'danger'">{{ o.text }}</wk-alert>
        }
      </div>
      <section aria-labelledby="session-heading">
        <h2 id="session-heading">{{ i18n.t('admin.meetings.checkIn.session') }}</h2>
        @if (history().length) {
          <ol class="history" reversed>
            @for (h of history(); track $index) {
              <li>
                <span class="history__code">{{ h.code }}</span>
                <span class="wk-muted">{{
                  h.alreadyCheckedIn
                    ? i18n.t('admin.meetings.checkIn.historyAlready', { time: format.dateTime(h.checkedInAt) })
                    : format.dateTime(h.checkedInAt)
                }}</span>
              </li>
            }
          </ol>
        } @else {
          <p class="wk-muted">{{ i18n.t('admin.meetings.checkIn.none') }}</p>
        }
      </section>
    }
  `,
  styles: `
    :host {
      display: block;
      max-width: 32rem;
    }
    .count {
      display: flex;
      align-items: baseline;
      gap: var(--space-3);
      margin-bottom: var(--space-5);
      font-size: 1.25em;
    }
    .count__number {
      font-size: 3rem;
      font-weight: 700;
      line-height: 1;
    }
    .check,
    .scan {
      display: grid;
      gap: var(--space-4);
      margin-bottom: var(--space-4);
    }
    .check__input {
      min-height: 3.5rem;
      font-size: 1.5rem;
      letter-spacing: 0.08em;
      text-transform: uppercase;
    }
    .check__button {
      width: 100%;
      min-height: 3.5rem;
      font-size: 1.125em;
    }
    .scan__video {
      width: 100%;
      max-height: 60vh;
      border-radius: var(--radius);
      background: #000;
    }
    .result {
      min-height: 1px;
      margin-bottom: var(--space-5);
    }
    .history {
      display: grid;
      gap: var(--space-2);
      margin: 0;
      padding-left: 2rem;
    }
    .history__code {
      font-weight: 600;
      margin-right: var(--space-3);
    }
  `,
})
export class MeetingCheckInPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  readonly code = input.required<string>();
  private readonly codeInput = viewChild<ElementRef<HTMLInputElement>>('codeInput');
  private readonly video = viewChild<ElementRef<HTMLVideoElement>>('video');
  private readonly browser = isPlatformBrowser(inject(PLATFORM_ID));
  protected readonly canScan = this.browser && 'BarcodeDetector' in window && !!navigator.mediaDevices?.getUserMedia;

  protected readonly meeting = resource<MeetingDetailDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getMeeting(params),
  });
  protected readonly m = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly closed = computed(() => {
    const m = this.m();
    return !!m && m.status !== 'scheduled' && m.status !== 'live';
  });
  protected readonly loadError = computed(() => loadErrorText(toApiProblem(this.meeting.error()), this.i18n));
  protected readonly backPath = computed(() => meetingPath(this.code()));
  private readonly input = new FormControl('', { nonNullable: true });
  protected readonly form = new FormGroup({ code: this.input });
  protected readonly busy = signal(false);
  protected readonly outcome = signal<Outcome>(null);
  protected readonly attendance = signal<number | null>(null);
  protected readonly history = signal<CheckInResultDto[]>([]);
  protected readonly scanning = signal(false);
  private stream: MediaStream | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private lastScan = { text: '', at: 0 };

  constructor() {
    inject(DestroyRef).onDestroy(() => this.stopCamera());
  }

  protected submit(): Promise<void> {
    return this.checkIn(this.input.value);
  }

  private async checkIn(raw: string): Promise<void> {
    const code = raw.trim();
    if (!code) {
      this.outcome.set({ kind: 'error', text: this.i18n.t('form.required', { field: this.i18n.t('admin.meetings.checkIn.code') }) });
      this.focus();
      return;
    }
    if (this.busy()) return;
    this.busy.set(true);
    try {
      const result = await this.api.checkInToMeeting(this.code(), { code });
      this.attendance.set(result.attendanceCount);
      this.history.update((list) => [result, ...list]);
      this.outcome.set(
        result.alreadyCheckedIn
          ? {
              kind: 'already',
              text: this.i18n.t('admin.meetings.checkIn.already', { code: result.code, time: this.format.dateTime(result.checkedInAt) }),
            }
          : { kind: 'ok', text: this.i18n.t('admin.meetings.checkIn.ok', { code: result.code, count: result.attendanceCount }) },
      );
    } catch (error) {
      this.outcome.set({ kind: 'error', text: `${code.toUpperCase()}: ${problemMessage(toApiProblem(error), this.i18n)}` });
    } finally {
      this.busy.set(false);
      this.input.setValue('');
      this.focus();
    }
  }

  private focus(): void {
    if (!this.scanning()) this.codeInput()?.nativeElement.focus();
  }

  protected async startCamera(): Promise<void> {
    const Detector = (window as unknown as { BarcodeDetector?: BarcodeDetectorCtor }).BarcodeDetector;
    if (!Detector) return;
    try {
      this.stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' }, audio: false });
    } catch {
      this.outcome.set({ kind: 'error', text: this.i18n.t('admin.meetings.checkIn.cameraDenied') });
      return;
    }
    this.scanning.set(true);
    // The <video> appears with the scanning state; wait a tick for it.
    await Promise.resolve();
    setTimeout(() => void this.attach(new Detector({ formats: ['qr_code'] })));
  }

  private async attach(detector: BarcodeDetectorLike): Promise<void> {
    const video = this.video()?.nativeElement;
    if (!video || !this.stream) return;
    video.srcObject = this.stream;
    await video.play().catch(() => undefined);
    let detecting = false;
    this.timer = setInterval(async () => {
      if (detecting || this.busy() || video.readyState < 2) return;
      detecting = true;
      try {
        const text = (await detector.detect(video))[0]?.rawValue?.trim();
        const now = Date.now();
        if (text && (text !== this.lastScan.text || now - this.lastScan.at > RESCAN_MS)) {
          this.lastScan = { text, at: now };
          await this.checkIn(text);
        }
      } catch {
        // A frame that could not be read: try the next one.
      } finally {
        detecting = false;
      }
    }, SCAN_EVERY_MS);
  }

  protected stopCamera(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stream?.getTracks().forEach((track) => track.stop());
    this.stream = null;
    if (this.scanning()) {
      this.scanning.set(false);
      setTimeout(() => this.codeInput()?.nativeElement.focus());
    }
  }
}
