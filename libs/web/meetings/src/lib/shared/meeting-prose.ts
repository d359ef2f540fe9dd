import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/**
 * A description or minutes: the API's sanitised HTML, bound through `[innerHTML]` so that
 * Angular's sanitiser checks it once more (as the forums do). Never bypassed.
 * Unencapsulated styles: the bound HTML carries no component attributes.
 */
@Component({
  selector: 'wk-meeting-prose',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: { class: 'meeting-prose' },
  template: `<div class="meeting-prose__body" [innerHTML]="html()"></div>`,
  styles: `
    .meeting-prose {
      display: block;
      max-width: 45rem;
      overflow-wrap: anywhere;
    }
    .meeting-prose__body > :first-child {
      margin-top: 0;
    }
    .meeting-prose__body > :last-child {
      margin-bottom: 0;
    }
    .meeting-prose__body h3,
    .meeting-prose__body h4,
    .meeting-prose__body h5,
    .meeting-prose__body h6 {
      font-size: 1.0625em;
    }
    .meeting-prose__body pre {
      overflow-x: auto;
    }
    .meeting-prose__body ul,
    .meeting-prose__body ol {
      padding-left: var(--space-5);
    }
  `,
})
export class MeetingProse {
  readonly html = input.required<string>();
}
