import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FORUM_MODERATION_LIMITS } from '@walikota/shared-contracts';
import type { ForumModerationActionDto, ForumSanctionDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkEmptyState, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { forumLabels } from '../../data-access/forum-labels';
import { writeProblem } from '../../data-access/write-problem';

interface Mine {
  acts: ForumModerationActionDto[];
  sanctions: ForumSanctionDto[];
}

/** `/forum/moderasi-saya`: moderators' acts on my content, each appealable once, and the sanctions on my account. */
@Component({
  selector: 'wk-forum-my-moderation-page',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkControl, WkEmptyState, WkField, WkPageHeader, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('forums.title.mine')" [lead]="i18n.t('forums.mine.lead')" />
    @if (mine.hasValue()) {
      @let m = mine.value();
      <section aria-labelledby="mine-acts">
        <h2 id="mine-acts">{{ i18n.t('forums.mine.acts') }}</h2>
        @if (!m.acts.length) {
          <wk-empty-state [headingLevel]="3" [heading]="i18n.t('forums.mine.empty')" />
        } @else {
          <ul class="acts" role="list">
            @for (act of m.acts; track act.id) {
              <li class="act">
                <h3 class="act__title">{{ labels.action(act.action) }}</h3>
                <p class="wk-muted act__meta">
                  <time [attr.datetime]="act.createdAt">{{ format.dateTime(act.createdAt) }}</time>
                  @if (act.link) {
                    · <a [routerLink]="path(act.link)" [fragment]="fragment(act.link)">{{ i18n.t('forums.mine.open') }}</a>
                  }
                </p>
                @if (act.reason) {
                  <p>{{ i18n.t('forums.mine.reason', { reason: labels.reason(act.reason) }) }}</p>
                }
                @if (act.details) {
                  <p class="act__details">{{ act.details }}</p>
                }
                @if (appealState(act); as state) {
                  <p>
                    <wk-badge [tone]="state.tone">{{ state.label }}</wk-badge>
                  </p>
                } @else if (act.appealable) {
                  <form class="wk-form appeal" (submit)="$event.preventDefault(); appeal(act)" novalidate>
                    <wk-field [label]="i18n.t('forums.mine.appealText')" [error]="errors()[act.id]" required [max]="limits.appealMax">
                      <textarea wkControl [id]="'appeal-' + act.id" name="text" rows="3" (input)="text(act.id, $event)"></textarea>
                    </wk-field>
                    <div class="wk-actions">
                      <button wkButton variant="secondary" type="submit" [busy]="busy() === act.id">
                        {{ i18n.t('forums.mine.appealSubmit') }}
                      </button>
                    </div>
                  </form>
                }
              </li>
            }
          </ul>
        }
      </section>
      <section aria-labelledby="mine-sanctions" class="sanctions">
        <h2 id="mine-sanctions">{{ i18n.t('forums.mine.sanctions') }}</h2>
        @if (!m.sanctions.length) {
          <p>{{ i18n.t('forums.mine.noSanctions') }}</p>
        } @else {
          <ul class="acts" role="list">
            @for (s of m.sanctions; track s.id) {
              <li class="act">
                <h3 class="act__title">{{ labels.sanction(s.kind) }}</h3>
                <p>
                  <wk-badge [tone]="s.active ? 'danger' : 'neutral'">{{
                    i18n.t(s.active ? 'forums.sanction.active' : 'forums.sanction.ended')
                  }}</wk-badge>
                  @if (s.kind !== 'warn') {
                    {{
                      s.endsAt ? i18n.t('forums.sanction.until', { date: format.dateTime(s.endsAt) }) : i18n.t('forums.sanction.forever')
                    }}
                  }
                </p>
                <p class="act__details">{{ s.reason }}</p>
              </li>
            }
          </ul>
        }
      </section>
    } @else if (mine.isLoading()) {
      <wk-skeleton [lines]="6" />
    } @else if (failure(); as message) {
      <wk-alert tone="danger" [heading]="i18n.t('forums.load.error')">
        {{ message }}
        <button wkButton variant="link" type="button" (click)="mine.reload()">{{ i18n.t('forums.retry') }}</button>
      </wk-alert>
    }
    <p class="wk-visually-hidden" aria-live="polite">{{ status() }}</p>
  `,
  styles: `
    .acts {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .act {
      padding: var(--space-4) 0;
      border-top: 1px solid var(--color-border);
    }
    .act p {
      margin: var(--space-1) 0;
    }
    .act__title {
      margin: 0;
      font-size: 1.0625em;
    }
    .act__details {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .appeal {
      margin-top: var(--space-3);
    }
    .sanctions {
      margin-top: var(--space-6);
    }
  `,
})
export class MyModerationPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly labels = forumLabels(this.i18n);
  private readonly api = inject(API);
  protected readonly limits = FORUM_MODERATION_LIMITS;
  protected readonly mine = resource<Mine, true>({
    params: () => true,
    loader: async () => {
      const [acts, sanctions] = await Promise.all([this.api.listMyForumModeration(), this.api.listMyForumSanctions()]);
      return { acts, sanctions };
    },
  });
  protected readonly failure = computed(() => {
    const error = this.mine.error();
    return error ? problemMessage(toApiProblem(error), this.i18n) : null;
  });
  private readonly texts = new Map<string, string>();
  protected readonly busy = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly status = signal('');
  /** Appeals sent in this visit. */
  private readonly sent = signal<readonly string[]>([]);

  protected appealState(act: ForumModerationActionDto): { label: string; tone: 'info' | 'success' | 'neutral' } | null {
    const appeal = this.sent().includes(act.id) ? 'pending' : act.appeal;
    if (!appeal) return null;
    return {
      label: this.i18n.t(`forums.appeal.${appeal}`),
      tone: appeal === 'overturned' ? 'success' : appeal === 'pending' ? 'info' : 'neutral',
    };
  }

  /** `/forum/t/12#3` → the path; the fragment apart (a router link takes them apart). */
  protected path(link: string): string {
    return link.split('#')[0];
  }

  protected fragment(link: string): string | undefined {
    return link.split('#')[1];
  }

  protected text(id: string, event: Event): void {
    this.texts.set(id, (event.target as HTMLTextAreaElement).value);
  }

  protected async appeal(act: ForumModerationActionDto): Promise<void> {
    if (this.busy()) return;
    const text = (this.texts.get(act.id) ?? '').trim();
    if (!text) {
      this.errors.update((e) => ({ ...e, [act.id]: this.i18n.t('form.required', { field: this.i18n.t('forums.mine.appealText') }) }));
      return;
    }
    this.busy.set(act.id);
    this.errors.update((e) => ({ ...e, [act.id]: '' }));
    try {
      await this.api.appealForumModeration({ actionId: act.id, text });
      this.sent.update((ids) => [...ids, act.id]);
      this.status.set(this.i18n.t('forums.mine.appealSent'));
    } catch (error) {
      const problem = writeProblem(error, this.i18n, ['text']);
      this.errors.update((e) => ({ ...e, [act.id]: problem.fields['text'] ?? problem.general ?? '' }));
    } finally {
      this.busy.set(null);
    }
  }
}
