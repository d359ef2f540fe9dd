import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { WkTimelineItem } from './types';

/** A history (status changes, replies) as an ordered list, oldest first as given. */
@Component({
  selector: 'wk-timeline',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ol class="wk-timeline">
      @for (item of items(); track item.id) {
        <li class="wk-timeline__item" [class]="'wk-timeline__item--' + (item.tone ?? 'neutral')">
          <p class="wk-timeline__heading">{{ item.heading }}</p>
          @if (item.meta) {
            <p class="wk-timeline__meta">{{ item.meta }}</p>
          }
          @if (item.body) {
            <p class="wk-timeline__body">{{ item.body }}</p>
          }
        </li>
      }
    </ol>
  `,
  styles: `
    :host {
      display: block;
    }
    .wk-timeline {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .wk-timeline__item {
      position: relative;
      padding: 0 0 var(--space-5) var(--space-6);
      border-left: 2px solid var(--color-border);
      margin-left: 0.5rem;
    }
    .wk-timeline__item:last-child {
      border-left-color: transparent;
      padding-bottom: 0;
    }
    .wk-timeline__item::before {
      content: '';
      position: absolute;
      left: calc(-0.5rem - 1px);
      top: 0.3em;
      width: 1rem;
      height: 1rem;
      border: 3px solid #fff;
      border-radius: 50%;
      background: var(--color-border-strong);
      box-shadow: 0 0 0 1px var(--color-border-strong);
    }
    .wk-timeline__item--info::before {
      background: var(--color-info);
    }
    .wk-timeline__item--success::before {
      background: var(--color-success);
    }
    .wk-timeline__item--warning::before {
      background: #a86b00;
    }
    .wk-timeline__item--danger::before {
      background: var(--color-danger);
    }
    .wk-timeline__heading {
      font-weight: 700;
      margin: 0;
    }
    .wk-timeline__meta {
      color: var(--color-muted);
      font-size: var(--font-size-sm);
      margin: 0;
    }
    .wk-timeline__body {
      margin: var(--space-2) 0 0;
    }
  `,
})
export class WkTimeline {
  readonly items = input.required<readonly WkTimelineItem[]>();
}
