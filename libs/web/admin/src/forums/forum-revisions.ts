import { ChangeDetectionStrategy, Component, computed, inject, input, resource } from '@angular/core';
import { API, CityFormat, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';

/** Every version of one post, oldest first, the current one last (moderators read what was edited away). */
@Component({
  selector: 'wk-admin-forum-revisions',
  imports: [WkAlert, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="revisions" [attr.aria-labelledby]="'rev-' + postId()">
      <h3 [id]="'rev-' + postId()">{{ heading() }}</h3>
      @if (revisions.error()) {
        <wk-alert tone="danger">{{ errorText() }}</wk-alert>
      } @else if (revisions.isLoading() && !revisions.hasValue()) {
        <wk-skeleton [lines]="3" />
      } @else {
        <ol class="revisions__list">
          @for (r of list(); track r.version; let last = $last) {
            <li>
              <p class="revisions__when">
                {{
                  i18n.t(last ? 'admin.forum.revisions.current' : 'admin.forum.revisions.version', {
                    version: r.version,
                    date: format.dateTime(r.writtenAt),
                  })
                }}
              </p>
              @if (r.title) {
                <p class="revisions__title">{{ i18n.t('admin.forum.revisions.title', { title: r.title }) }}</p>
              }
              <pre class="revisions__body">{{ r.body }}</pre>
            </li>
          }
        </ol>
      }
    </section>
  `,
  styles: `
    .revisions__list {
      margin: 0;
      padding-left: var(--space-5);
    }
    .revisions__when {
      margin: var(--space-3) 0 var(--space-1);
      font-weight: 600;
    }
    .revisions__title {
      margin: 0 0 var(--space-1);
    }
    .revisions__body {
      margin: 0;
      padding: var(--space-3);
      border-radius: var(--radius);
      background: var(--color-surface);
      font: inherit;
      white-space: pre-wrap;
      overflow-wrap: anywhere;
    }
  `,
})
export class ForumRevisions {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  readonly postId = input.required<string>();
  readonly heading = input.required<string>();
  protected readonly revisions = resource({ params: () => this.postId(), loader: ({ params }) => this.api.listForumPostRevisions(params) });
  protected readonly list = computed(() => (this.revisions.hasValue() ? this.revisions.value() : []));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.revisions.error()), this.i18n));
}
