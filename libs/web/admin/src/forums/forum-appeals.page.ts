import { ChangeDetectionStrategy, Component, computed, inject, resource, signal, viewChild } from '@angular/core';
import type { ForumAppealDecision } from '@walikota/shared-contracts';
import { API, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { ForumAppealCard } from './forum-appeal-card';
import { ForumNav } from './forum-nav';
import { ForumStatus } from './forum-status';

/** `/admin/forum/banding`: appeals against moderation acts, open ones first (oldest first), then the last decided. */
@Component({
  selector: 'wk-admin-forum-appeals-page',
  imports: [WkAlert, WkPageHeader, WkSkeleton, ForumAppealCard, ForumNav, ForumStatus],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.forum.title.appeals')" [lead]="i18n.t('admin.forum.appeals.lead')">
      <wk-admin-forum-nav />
    </wk-page-header>
    <wk-admin-forum-status [message]="done()" />
    @if (appeals.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    @if (appeals.isLoading() && !appeals.hasValue()) {
      <wk-skeleton [lines]="6" />
    } @else if (appeals.hasValue()) {
      <section aria-labelledby="appeals-open">
        <h2 id="appeals-open">{{ i18n.t('admin.forum.appeals.open') }}</h2>
        @if (open().length) {
          <ol class="appeals">
            @for (a of open(); track a.id) {
              <li><wk-admin-forum-appeal-card [appeal]="a" (decided)="decided($event)" /></li>
            }
          </ol>
        } @else {
          <p>{{ i18n.t('admin.forum.appeals.openEmpty') }}</p>
        }
      </section>
      @if (closed().length) {
        <section aria-labelledby="appeals-decided">
          <h2 id="appeals-decided">{{ i18n.t('admin.forum.appeals.decided') }}</h2>
          <ol class="appeals">
            @for (a of closed(); track a.id) {
              <li><wk-admin-forum-appeal-card [appeal]="a" /></li>
            }
          </ol>
        </section>
      }
    }
  `,
  styles: `
    .appeals {
      display: grid;
      gap: var(--space-4);
      margin: 0 0 var(--space-6);
      padding: 0;
      list-style: none;
      max-width: 50rem;
    }
  `,
})
export class ForumAppealsPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly status = viewChild.required(ForumStatus);
  protected readonly appeals = resource({ loader: () => this.api.listForumAppeals() });
  protected readonly open = computed(() => (this.appeals.value() ?? []).filter((a) => !a.decision));
  protected readonly closed = computed(() => (this.appeals.value() ?? []).filter((a) => a.decision));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.appeals.error()), this.i18n));
  protected readonly done = signal<string | null>(null);

  protected decided(decision: ForumAppealDecision): void {
    this.done.set(this.i18n.t('admin.forum.appeals.done.' + decision));
    this.appeals.reload();
    this.status().focus();
  }
}
