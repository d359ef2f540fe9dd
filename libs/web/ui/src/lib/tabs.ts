import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  contentChildren,
  forwardRef,
  inject,
  input,
  model,
  viewChildren,
} from '@angular/core';
import { wkId } from './types';

/** One tab panel of `wk-tabs`; its content is rendered only while it is selected. */
@Component({
  selector: 'wk-tab',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: {
    class: 'wk-tab',
    role: 'tabpanel',
    tabindex: '0',
    '[id]': 'panelId()',
    '[attr.aria-labelledby]': 'tabId()',
    '[hidden]': '!selected()',
  },
  template: `
    @if (selected()) {
      <ng-content />
    }
  `,
})
export class WkTab {
  readonly label = input.required<string>();
  private readonly tabs = inject(forwardRef(() => WkTabs));
  private readonly index = computed(() => this.tabs.panels().indexOf(this));
  protected readonly selected = computed(() => this.index() === this.tabs.current());
  protected readonly panelId = computed(() => `${this.tabs.baseId}-panel-${this.index()}`);
  protected readonly tabId = computed(() => `${this.tabs.baseId}-tab-${this.index()}`);
}

/** WAI-ARIA tabs: roving tabindex, Left/Right/Home/End move and select (automatic activation). */
@Component({
  selector: 'wk-tabs',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-tabs__list" role="tablist" [attr.aria-label]="label()">
      @for (tab of panels(); track tab; let i = $index) {
        <button
          #tabButton
          type="button"
          role="tab"
          class="wk-tabs__tab"
          [id]="baseId + '-tab-' + i"
          [attr.aria-selected]="i === current()"
          [attr.aria-controls]="baseId + '-panel-' + i"
          [tabIndex]="i === current() ? 0 : -1"
          (click)="select(i)"
          (keydown)="onKey($event, i)"
        >
          {{ tab.label() }}
        </button>
      }
    </div>
    <ng-content />
  `,
  styles: `
    :host {
      display: block;
    }
    .wk-tabs__list {
      display: flex;
      gap: var(--space-1);
      overflow-x: auto;
      border-bottom: 1px solid var(--color-border-strong);
      margin-bottom: var(--space-5);
      padding: 8px 8px 0;
      margin-inline: -8px;
    }
    .wk-tabs__tab {
      flex: none;
      min-height: var(--tap);
      padding: 0.5rem 1rem;
      margin-bottom: -1px;
      border: 1px solid transparent;
      border-radius: var(--radius) var(--radius) 0 0;
      background: var(--color-surface);
      color: var(--color-primary);
      text-decoration: underline;
      text-underline-offset: 0.15em;
      cursor: pointer;
    }
    .wk-tabs__tab:hover {
      color: var(--color-primary-dark);
      text-decoration-thickness: 2px;
    }
    .wk-tabs__tab[aria-selected='true'] {
      background: #fff;
      color: var(--color-text);
      border-color: var(--color-border-strong);
      border-bottom-color: #fff;
      font-weight: 700;
      text-decoration: none;
    }
  `,
})
export class WkTabs {
  /** The tab list's accessible name. */
  readonly label = input<string | null | undefined>(null);
  /** The selected tab's index (two-way: `[(selected)]`). */
  readonly selected = model(0);

  readonly baseId = wkId('tabs');
  readonly panels = contentChildren(WkTab);
  /** The selected index, kept within range. */
  readonly current = computed(() => Math.min(Math.max(0, this.selected()), Math.max(0, this.panels().length - 1)));
  private readonly buttons = viewChildren<ElementRef<HTMLButtonElement>>('tabButton');

  protected select(index: number): void {
    this.selected.set(index);
  }

  protected onKey(event: KeyboardEvent, index: number): void {
    const count = this.panels().length;
    const target = {
      ArrowRight: (index + 1) % count,
      ArrowLeft: (index - 1 + count) % count,
      Home: 0,
      End: count - 1,
    }[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.select(target);
    this.buttons()[target]?.nativeElement.focus();
  }
}
