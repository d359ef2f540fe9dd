import { ChangeDetectionStrategy, Component, computed, inject, input, numberAttribute } from '@angular/core';
import { I18n } from '@walikota/web-i18n';

/** Placeholder shapes while content loads; screen readers hear "Memuat…" once. */
@Component({
  selector: 'wk-skeleton',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-skeleton' },
  template: `
    <span class="wk-visually-hidden" role="status">{{ label() || i18n.t('ui.loading') }}</span>
    <span class="wk-skeleton__shapes" aria-hidden="true">
      @for (line of items(); track line) {
        <span class="wk-skeleton__line"></span>
      }
    </span>
  `,
  styles: `
    :host,
    .wk-skeleton__shapes {
      display: block;
    }
    .wk-skeleton__line {
      display: block;
      height: 1em;
      margin: 0.75em 0;
      border-radius: 4px;
      background: linear-gradient(90deg, #e6e9ee 0%, #f3f5f8 50%, #e6e9ee 100%) 0 0 / 200% 100%;
      animation: wk-shimmer 1.4s linear infinite;
    }
    .wk-skeleton__line:nth-child(3n + 2) {
      width: 85%;
    }
    .wk-skeleton__line:nth-child(3n) {
      width: 65%;
    }
    @keyframes wk-shimmer {
      to {
        background-position: -200% 0;
      }
    }
  `,
})
export class WkSkeleton {
  readonly lines = input(3, { transform: (value: unknown) => numberAttribute(value, 3) });
  readonly label = input<string | null | undefined>(null);
  protected readonly i18n = inject(I18n);
  protected readonly items = computed(() => Array.from({ length: Math.max(1, this.lines()) }, (_, i) => i));
}
