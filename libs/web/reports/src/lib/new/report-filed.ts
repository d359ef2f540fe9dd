import { DEADLINE_PARAMS } from '@walikota/shared-contracts';
import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { RouterLink } from '@angular/router';
import type { ReportDetailDto } from '@walikota/shared-contracts';
import { CityFormat } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkButton, WkPageHeader } from '@walikota/web-ui';

/**
 * What a reporter sees once a report is filed, in place of the form: the tracking code (large,
 * with a copy button), what happens next with its dates, and where to go from here. It stays
 * until the reporter moves on, unlike a toast; focus starts at its heading.
 */
@Component({
  selector: 'wk-report-filed',
  imports: [RouterLink, WkButton, WkPageHeader],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('reports.filed.title')" [lead]="i18n.t('reports.filed.lead')" />
    <div class="filed__panel">
      <p class="filed__label">{{ i18n.t('reports.filed.codeLabel') }}</p>
      <p #code class="filed__code" data-testid="filed-code">{{ report().code }}</p>
      <button
        wkButton
        variant="secondary"
        type="button"
        [attr.aria-label]="i18n.t('reports.filed.copyLabel', { code: report().code })"
        (click)="copy()"
      >
        {{ i18n.t('reports.filed.copy') }}
      </button>
      <p class="filed__copied" role="status">{{ copied() }}</p>
    </div>
    <p>{{ i18n.t('reports.filed.keep') }}</p>
    <p class="wk-actions">
      <a wkButton [routerLink]="['/lacak', report().code]">{{ i18n.t('reports.filed.track') }}</a>
    </p>
    <h2>{{ i18n.t('reports.filed.next') }}</h2>
    <ol class="filed__steps">
      <li>{{ verifyStep() }}</li>
      <li>{{ i18n.t('reports.filed.next.followUp') }}</li>
      <li>{{ i18n.t('reports.filed.next.notify') }}</li>
    </ol>
    <p class="wk-actions">
      <button wkButton variant="secondary" type="button" (click)="another.emit()">{{ i18n.t('reports.filed.another') }}</button>
      <a wkButton variant="secondary" routerLink="/aspirasi/saya">{{ i18n.t('reports.title.mine') }}</a>
    </p>
  `,
  styles: `
    .filed__panel {
      border: 4px solid var(--color-success);
      border-radius: var(--radius);
      background: var(--color-success-tint);
      padding: var(--space-4) var(--space-5);
      margin-bottom: var(--space-5);
    }
    .filed__label {
      font-weight: 600;
      margin: 0;
    }
    .filed__code {
      /* One line, never broken at a hyphen: people copy it by eye too. */
      font-size: clamp(1.5rem, 7vw, 2rem);
      white-space: nowrap;
      font-weight: 700;
      font-variant-numeric: tabular-nums;
      letter-spacing: 0.02em;
      margin: var(--space-1) 0 var(--space-3);
    }
    .filed__copied {
      margin: var(--space-2) 0 0;
    }
    .filed__copied:empty {
      display: none;
    }
    .filed__steps li + li {
      margin-top: var(--space-2);
    }
  `,
})
export class ReportFiled {
  readonly report = input.required<ReportDetailDto>();
  /** "File another report": the page shows an empty form again. */
  readonly another = output<void>();

  protected readonly i18n = inject(I18n);
  private readonly format = inject(CityFormat);
  private readonly document = inject(DOCUMENT);
  private readonly header = viewChild.required(WkPageHeader);
  private readonly code = viewChild.required<ElementRef<HTMLElement>>('code');
  protected readonly copied = signal('');

  /** The moderators' deadline, as the API computed it (3 working days, holidays included). */
  protected readonly verifyStep = computed(() => {
    const due = this.report().verifyDueAt;
    return due
      ? this.i18n.t('reports.filed.next.verify', { ...DEADLINE_PARAMS, date: this.format.date(due) })
      : this.i18n.t('reports.filed.next.verifySoon', DEADLINE_PARAMS);
  });

  constructor() {
    afterNextRender(() => this.header().focus());
  }

  protected async copy(): Promise<void> {
    this.copied.set('');
    try {
      await navigator.clipboard.writeText(this.report().code);
      this.copied.set(this.i18n.t('reports.filed.copied'));
    } catch {
      // No clipboard here (a plain-http address, a refused permission): select the code instead.
      const selection = this.document.getSelection();
      const range = this.document.createRange();
      range.selectNodeContents(this.code().nativeElement);
      selection?.removeAllRanges();
      selection?.addRange(range);
      this.copied.set(this.i18n.t('reports.filed.copyFailed'));
    }
  }
}
