import { NgTemplateOutlet } from '@angular/common';
import {
  ChangeDetectionStrategy,
  Component,
  Directive,
  TemplateRef,
  booleanAttribute,
  computed,
  contentChildren,
  effect,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkSkeleton } from './skeleton';
import { WkButton } from './button';
import { WkColumn, WkSort } from './types';

/** A custom cell: `<ng-template wkCell="status" let-row>…</ng-template>` inside `wk-table`. */
@Directive({ selector: 'ng-template[wkCell]' })
export class WkCell {
  readonly key = input.required<string>({ alias: 'wkCell' });
  readonly template = inject<TemplateRef<unknown>>(TemplateRef);
}

/**
 * A data table with a caption, sortable columns (the parent sorts), load-more paging, a loading
 * skeleton and an empty state. On a phone (below 40rem) each row becomes a card of label–value
 * lines (unless `stack` is false), so nothing hides off to the side; the explicit table roles keep it a table for screen
 * readers when CSS changes the display, and the sort buttons stay above the cards. On wider
 * screens it scrolls sideways inside a focusable region when its columns do not fit.
 */
@Component({
  selector: 'wk-table',
  imports: [NgTemplateOutlet, WkSkeleton, WkButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-table__scroll" [class.wk-table--stack]="stack()" role="region" tabindex="0" [attr.aria-label]="caption()">
      <table class="wk-table" role="table">
        <caption>
          {{
            caption()
          }}
        </caption>
        <thead role="rowgroup" [class.wk-table__head--sortable]="sortable()">
          <tr role="row">
            @for (col of columns(); track col.key) {
              <th
                scope="col"
                role="columnheader"
                [class.wk-table__end]="col.align === 'end'"
                [class.wk-table__th--sortable]="col.sortable"
                [attr.aria-sort]="ariaSort(col)"
              >
                @if (col.sortable) {
                  <button type="button" class="wk-table__sort" (click)="toggle(col)">
                    {{ col.label }}
                    <span class="wk-table__arrow" [class]="'wk-table__arrow--' + (ariaSort(col) ?? 'none')" aria-hidden="true"></span>
                  </button>
                } @else {
                  {{ col.label }}
                }
              </th>
            }
          </tr>
        </thead>
        <tbody role="rowgroup">
          @for (row of rows(); track rowKey(row, $index)) {
            <tr role="row">
              @for (col of columns(); track col.key) {
                <td role="cell" [class.wk-table__end]="col.align === 'end'">
                  <span class="wk-table__label" aria-hidden="true">{{ col.label }}</span>
                  <div class="wk-table__value">
                    @if (cells().get(col.key); as template) {
                      <ng-container *ngTemplateOutlet="template; context: { $implicit: row, row: row }" />
                    } @else {
                      {{ text(row, col.key) }}
                    }
                  </div>
                </td>
              }
            </tr>
          }
        </tbody>
      </table>
    </div>
    @if (loading()) {
      <wk-skeleton [lines]="3" />
    } @else if (!rows().length) {
      <p class="wk-table__empty">{{ emptyText() || i18n.t('ui.table.empty') }}</p>
    }
    @if (hasMore() && rows().length) {
      <p class="wk-table__more">
        <button
          wkButton
          variant="secondary"
          type="button"
          [class.wk-btn--busy]="loading()"
          [attr.aria-disabled]="loading() ? 'true' : null"
          (click)="more()"
        >
          {{ i18n.t('ui.loadMore') }}
        </button>
      </p>
    }
    <p class="wk-visually-hidden" aria-live="polite">{{ status() }}</p>
  `,
  styles: `
    :host {
      display: block;
    }
    .wk-table__scroll {
      overflow-x: auto;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
    }
    .wk-table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: 700;
      font-size: 1.125em;
      padding: var(--space-3) var(--space-4);
    }
    th,
    td {
      padding: var(--space-3) var(--space-4);
      text-align: start;
      vertical-align: top;
      border-top: 1px solid var(--color-border);
    }
    th {
      background: var(--color-surface);
    }
    .wk-table__label {
      display: none;
    }
    @media (max-width: 40rem) {
      .wk-table--stack {
        overflow-x: visible;
      }
      .wk-table--stack .wk-table,
      .wk-table--stack caption,
      .wk-table--stack tbody,
      .wk-table--stack tr,
      .wk-table--stack td {
        display: block;
      }
      /* Headers: only the sort buttons remain, as a row of choices above the cards. */
      .wk-table--stack thead {
        display: block;
      }
      .wk-table--stack thead tr {
        display: flex;
        flex-wrap: wrap;
        gap: 0 var(--space-4);
        padding: 0 var(--space-4) var(--space-2);
        background: var(--color-surface);
        border-top: 1px solid var(--color-border);
      }
      .wk-table--stack thead:not(.wk-table__head--sortable) tr,
      .wk-table--stack th:not(.wk-table__th--sortable) {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip-path: inset(50%);
        white-space: nowrap;
      }
      .wk-table--stack th {
        display: block;
        padding: var(--space-2) 0 0;
        border: 0;
        background: none;
      }
      .wk-table--stack tbody tr {
        padding: var(--space-3) var(--space-4);
        border-top: 1px solid var(--color-border);
      }
      .wk-table--stack td {
        display: grid;
        /* One label width for every row, so the values line up from card to card. */
        grid-template-columns: 8rem 1fr;
        gap: var(--space-3);
        padding: var(--space-1) 0;
        border: 0;
        text-align: start;
      }
      .wk-table--stack .wk-table__value {
        min-width: 0;
        overflow-wrap: anywhere;
      }
      .wk-table--stack .wk-table__label {
        display: block;
        font-size: 0.9375em;
        font-weight: 700;
        color: var(--color-muted);
        overflow-wrap: normal;
      }
    }
    .wk-table__end {
      text-align: end;
    }
    tbody tr:hover {
      background: #fafbfc;
    }
    .wk-table__sort {
      display: inline-flex;
      align-items: center;
      gap: var(--space-2);
      min-height: var(--tap);
      margin: -0.5rem 0;
      padding: 0;
      border: 0;
      background: none;
      color: var(--color-primary);
      font-weight: 700;
      cursor: pointer;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .wk-table__arrow {
      width: 0;
      height: 0;
      border: 0.35em solid transparent;
      border-top-color: currentColor;
      margin-top: 0.35em;
      opacity: 0.45;
    }
    .wk-table__arrow--ascending {
      border-top-color: transparent;
      border-bottom-color: currentColor;
      margin: 0 0 0.35em;
      opacity: 1;
    }
    .wk-table__arrow--descending {
      opacity: 1;
    }
    .wk-table__empty {
      margin: 0;
      padding: var(--space-5) var(--space-4);
      color: var(--color-muted);
      text-align: center;
    }
    .wk-table__more {
      margin: var(--space-4) 0 0;
    }
  `,
})
export class WkTable<T extends object = Record<string, unknown>> {
  readonly caption = input.required<string>();
  readonly columns = input.required<readonly WkColumn[]>();
  readonly rows = input.required<readonly T[]>();
  readonly sort = input<WkSort | null | undefined>(null);
  readonly loading = input(false, { transform: booleanAttribute });
  readonly hasMore = input(false, { transform: booleanAttribute });
  readonly emptyText = input<string | null | undefined>(null);
  /**
   * Rows as cards on a phone (the default). Off for tables of figures to compare down a column
   * (statistics), which read better scrolled sideways.
   */
  readonly stack = input(true, { transform: booleanAttribute });
  /** The row property that identifies a row (for stable rendering), e.g. 'id'. */
  readonly trackBy = input<string | null | undefined>(null);
  readonly sortChange = output<WkSort>();
  readonly loadMore = output<void>();

  protected readonly i18n = inject(I18n);
  private readonly cellTemplates = contentChildren(WkCell);
  protected readonly cells = computed(() => new Map(this.cellTemplates().map((cell) => [cell.key(), cell.template])));
  protected readonly status = signal('');
  protected readonly sortable = computed(() => this.columns().some((col) => col.sortable));
  private waitingForMore = false;

  constructor() {
    // After "load more", say how many rows there are now (the new rows appear silently otherwise).
    effect(() => {
      const count = this.rows().length;
      if (this.loading() || !this.waitingForMore) return;
      this.waitingForMore = false;
      this.status.set(this.i18n.t('ui.table.rowsShown', { count: numberFormat(this.i18n.locale()).format(count) }));
    });
  }

  protected ariaSort(col: WkColumn): 'ascending' | 'descending' | null {
    const sort = this.sort();
    if (!col.sortable || !sort || sort.key !== col.key) return null;
    return sort.direction === 'asc' ? 'ascending' : 'descending';
  }

  protected toggle(col: WkColumn): void {
    const sort = this.sort();
    const direction = sort?.key === col.key && sort.direction === 'asc' ? 'desc' : 'asc';
    this.status.set(
      this.i18n.t('ui.table.sorted', {
        column: col.label,
        direction: this.i18n.t(direction === 'asc' ? 'ui.table.sortAsc' : 'ui.table.sortDesc'),
      }),
    );
    this.sortChange.emit({ key: col.key, direction });
  }

  protected more(): void {
    if (this.loading()) return;
    this.waitingForMore = true;
    this.loadMore.emit();
  }

  protected rowKey(row: T, index: number): unknown {
    const key = this.trackBy();
    return key ? (row as Record<string, unknown>)[key] : index;
  }

  protected text(row: T, key: string): string {
    const value = (row as Record<string, unknown>)[key];
    return value === null || value === undefined ? '' : String(value);
  }
}
