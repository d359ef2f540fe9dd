import { ChangeDetectionStrategy, Component, ViewEncapsulation, input } from '@angular/core';

/**
 * A post's text: the API's sanitised HTML (docs/architecture.md, "User-written text"), bound
 * through `[innerHTML]` so that Angular's sanitiser checks it once more. Never bypassed.
 * Unencapsulated styles: the bound HTML carries no component attributes.
 */
@Component({
  selector: 'wk-forum-prose',
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  host: { class: 'forum-prose' },
  template: `<div class="forum-prose__body" data-testid="post-body" [innerHTML]="html()"></div>`,
  styles: `
    .forum-prose {
      display: block;
      max-width: 45rem;
      overflow-wrap: anywhere;
    }
    .forum-prose__body > :first-child {
      margin-top: 0;
    }
    .forum-prose__body > :last-child {
      margin-bottom: 0;
    }
    .forum-prose__body h3,
    .forum-prose__body h4,
    .forum-prose__body h5,
    .forum-prose__body h6 {
      font-size: 1.0625em;
    }
    .forum-prose__body blockquote {
      margin: var(--space-3) 0;
      padding-left: var(--space-4);
      border-left: 4px solid var(--color-border-strong);
      color: var(--color-muted);
    }
    .forum-prose__body pre {
      overflow-x: auto;
      padding: var(--space-3);
      background: var(--color-surface);
      border-radius: var(--radius);
    }
    .forum-prose__body ul,
    .forum-prose__body ol {
      padding-left: var(--space-5);
    }
  `,
})
export class ForumProse {
  readonly html = input.required<string>();
}
