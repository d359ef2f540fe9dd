import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FORUM_LIMITS, FORUM_REACTIONS } from '@walikota/shared-contracts';
import type { ForumPostDto, ForumReaction, ForumThreadDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, Session } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkField } from '@walikota/web-ui';
import { forumLabels } from '../../data-access/forum-labels';
import { htmlToMarkdown } from '../../data-access/html-to-markdown';
import { writeProblem } from '../../data-access/write-problem';
import { ForumBodyField } from '../shared/body-field';
import { ForumProse } from '../shared/forum-prose';

/** After an edit: the post as it now is, and the thread's title when the first post changed it. */
export interface PostEdited {
  post: ForumPostDto;
  title: string | null;
}

/**
 * One post of a thread, at its anchor `#<number>`: author, time, the sanitised text, its quote,
 * readers' reactions, and what the reader may do with it (quote, edit in place, delete, report).
 * Hidden, deleted and held posts show as their placeholders.
 */
@Component({
  selector: 'wk-forum-post',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkControl, WkField, ForumBodyField, ForumProse],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './post-item.html',
  styleUrl: './post-item.css',
})
export class ForumPostItem {
  readonly post = input.required<ForumPostDto>();
  readonly thread = input.required<ForumThreadDetailDto>();
  readonly quote = output<ForumPostDto>();
  readonly remove = output<ForumPostDto>();
  readonly flag = output<ForumPostDto>();
  readonly edited = output<PostEdited>();

  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly session = inject(Session);
  protected readonly labels = forumLabels(this.i18n);
  private readonly api = inject(API);
  protected readonly reactions = FORUM_REACTIONS;
  protected readonly limits = FORUM_LIMITS;

  /** The post as shown, updated in place by reactions. */
  protected readonly view = linkedSignal(() => this.post());
  protected readonly headingId = computed(() => `post-heading-${this.post().number}`);
  protected readonly author = computed(() => this.labels.author(this.view().authorName));
  protected readonly writer = computed(() => this.session.signedIn() && this.session.hasRole('citizen', 'moderator', 'official'));
  protected readonly canReact = computed(() => this.writer() && !this.view().mine && this.view().state === 'visible');
  protected readonly canFlag = computed(() => this.writer() && !this.view().mine && this.view().state === 'visible');
  protected readonly canDelete = computed(() => this.view().mine && this.view().state !== 'deleted');
  protected readonly shownReactions = computed(() => this.reactions.filter((kind) => this.view().reactions[kind] > 0));
  protected readonly reacting = signal<ForumReaction | null>(null);
  protected readonly reactError = signal<string | null>(null);

  protected readonly editing = signal(false);
  protected readonly editBody = signal('');
  protected readonly editTitle = signal('');
  protected readonly saving = signal(false);
  protected readonly editErrors = signal<Record<string, string>>({});
  protected readonly editGeneral = signal<string | null>(null);
  protected readonly saved = signal(false);

  protected count(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected pressed(kind: ForumReaction): boolean {
    return this.view().myReactions.includes(kind);
  }

  protected async toggle(kind: ForumReaction): Promise<void> {
    if (this.reacting()) return;
    const post = this.view();
    const on = !this.pressed(kind);
    this.reacting.set(kind);
    this.reactError.set(null);
    try {
      await (on ? this.api.reactToForumPost(post.id, kind) : this.api.unreactToForumPost(post.id, kind));
      this.view.update((p) => ({
        ...p,
        myReactions: on ? [...p.myReactions, kind] : p.myReactions.filter((k) => k !== kind),
        reactions: { ...p.reactions, [kind]: Math.max(0, p.reactions[kind] + (on ? 1 : -1)) },
      }));
    } catch (error) {
      this.reactError.set(writeProblem(error, this.i18n).general);
    } finally {
      this.reacting.set(null);
    }
  }

  protected startEdit(): void {
    const post = this.view();
    this.editBody.set(htmlToMarkdown(post.bodyHtml ?? ''));
    this.editTitle.set(this.thread().title ?? '');
    this.editErrors.set({});
    this.editGeneral.set(null);
    this.saved.set(false);
    this.editing.set(true);
  }

  protected cancelEdit(): void {
    this.editing.set(false);
  }

  protected async saveEdit(): Promise<void> {
    if (this.saving()) return;
    const first = this.view().number === 1;
    const required: Record<string, string> = {};
    if (!this.editBody().trim()) required['body'] = this.i18n.t('form.required', { field: this.i18n.t('forums.field.body') });
    if (first && !this.editTitle().trim()) required['title'] = this.i18n.t('form.required', { field: this.i18n.t('forums.field.title') });
    this.editErrors.set(required);
    this.editGeneral.set(null);
    if (Object.keys(required).length) return;
    this.saving.set(true);
    try {
      const title = first ? this.editTitle().trim() : undefined;
      const result = await this.api.editForumPost(this.view().id, { body: this.editBody(), ...(title ? { title } : {}) });
      this.view.set(result.post);
      this.editing.set(false);
      this.saved.set(true);
      this.edited.emit({ post: result.post, title: title ?? null });
    } catch (error) {
      const problem = writeProblem(error, this.i18n, first ? ['body', 'title'] : ['body']);
      this.editErrors.set(problem.fields);
      this.editGeneral.set(problem.general);
    } finally {
      this.saving.set(false);
    }
  }
}
