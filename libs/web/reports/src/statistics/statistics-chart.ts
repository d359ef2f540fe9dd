import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface StatisticsChartMonth {
  /** Short label under the bars, e.g. "Feb 26". */
  label: string;
  received: number;
  resolved: number;
}

const WIDTH = 720;
const HEIGHT = 260;
const LEFT = 48;
const RIGHT = 8;
const TOP = 12;
const BOTTOM = 36;

/**
 * Received and resolved reports per month as grouped bars in inline SVG (no style attributes: the
 * CSP forbids them; colours come from classes). One image for assistive technology, described by
 * `summary`; the page shows the same figures in a table.
 */
@Component({
  selector: 'wk-reports-statistics-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <svg
      class="chart"
      role="img"
      [attr.aria-label]="summary()"
      [attr.viewBox]="'0 0 ' + width + ' ' + height"
      preserveAspectRatio="xMidYMid meet"
      focusable="false"
    >
      @for (tick of ticks(); track tick.value) {
        <line class="chart__grid" [attr.x1]="left" [attr.x2]="width - right" [attr.y1]="tick.y" [attr.y2]="tick.y" />
        <text class="chart__tick" [attr.x]="left - 6" [attr.y]="tick.y" text-anchor="end" dominant-baseline="middle">
          {{ tick.label }}
        </text>
      }
      @for (bar of bars(); track $index) {
        <rect
          class="chart__received"
          [attr.x]="bar.x"
          [attr.y]="bar.receivedY"
          [attr.width]="bar.width"
          [attr.height]="bar.receivedHeight"
        />
        <rect
          class="chart__resolved"
          [attr.x]="bar.x + bar.width"
          [attr.y]="bar.resolvedY"
          [attr.width]="bar.width"
          [attr.height]="bar.resolvedHeight"
        />
        @if (bar.showLabel) {
          <text class="chart__label" [attr.x]="bar.x + bar.width" [attr.y]="height - bottom + 18" text-anchor="middle">
            {{ bar.label }}
          </text>
        }
      }
      <line class="chart__axis" [attr.x1]="left" [attr.x2]="width - right" [attr.y1]="height - bottom" [attr.y2]="height - bottom" />
    </svg>
  `,
  styles: `
    :host {
      display: block;
    }
    .chart {
      display: block;
      width: 100%;
      height: auto;
      max-height: 22rem;
    }
    /* Both at least 3:1 against the white background (WCAG 1.4.11): 7.6:1 and 6.9:1. */
    .chart__received {
      fill: var(--color-primary, #0b5394);
    }
    .chart__resolved {
      fill: var(--color-success, #1e6b34);
    }
    .chart__grid {
      stroke: var(--color-border, #c9ced6);
      stroke-width: 1;
    }
    .chart__axis {
      stroke: var(--color-border-strong, #5f6670);
      stroke-width: 1;
    }
    .chart__tick,
    .chart__label {
      fill: var(--color-muted, #4a5058);
      font-size: 12px;
    }
  `,
})
export class StatisticsChart {
  readonly months = input.required<readonly StatisticsChartMonth[]>();
  /** What the chart shows, in words (its accessible name). */
  readonly summary = input.required<string>();
  /** Formats the axis numbers in the reader's language. */
  readonly format = input<(value: number) => string>((value) => String(value));

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly left = LEFT;
  protected readonly right = RIGHT;
  protected readonly bottom = BOTTOM;

  /** A round top for the axis: 1, 2 or 5 times a power of ten, split into four steps. */
  private readonly scaleMax = computed(() => {
    const max = Math.max(0, ...this.months().flatMap((m) => [m.received, m.resolved]));
    if (max === 0) return 4;
    const step = max / 4;
    const power = 10 ** Math.floor(Math.log10(step));
    const nice = [1, 2, 5, 10].map((f) => f * power).find((s) => s >= step) ?? step;
    return Math.max(4, Math.ceil(nice) * 4);
  });

  private readonly plotHeight = HEIGHT - TOP - BOTTOM;

  protected readonly ticks = computed(() => {
    const max = this.scaleMax();
    return [0, 1, 2, 3, 4].map((i) => {
      const value = (max / 4) * i;
      return { value, y: TOP + this.plotHeight - (value / max) * this.plotHeight, label: this.format()(value) };
    });
  });

  protected readonly bars = computed(() => {
    const months = this.months();
    const max = this.scaleMax();
    const slot = (WIDTH - LEFT - RIGHT) / Math.max(1, months.length);
    const width = Math.min(24, slot * 0.38);
    // Not every month name fits under 36 narrow groups: label every n-th.
    const every = Math.ceil(months.length / 12);
    const height = (value: number) => (value / max) * this.plotHeight;
    return months.map((m, i) => ({
      label: m.label,
      x: LEFT + slot * i + slot / 2 - width,
      width,
      receivedY: TOP + this.plotHeight - height(m.received),
      receivedHeight: height(m.received),
      resolvedY: TOP + this.plotHeight - height(m.resolved),
      resolvedHeight: height(m.resolved),
      showLabel: (months.length - 1 - i) % every === 0,
    }));
  });
}
