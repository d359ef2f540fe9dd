import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  RESPONSE_INIT,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  numberAttribute,
  resource,
  signal,
  viewChild,
} from '@angular/core';
import { DOCUMENT } from '@angular/common';
import { Router, RouterLink } from '@angular/router';
import type { ForumPostDto, ForumPostPageDto, ForumThreadDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, PageDetails, PageMeta, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkBreadcrumbs, WkButton, WkDialog, WkDialogActions, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { forumLabels } from '../../data-access/forum-labels';
import { writeProblem } from '../../data-access/write-problem';
import { ForumFlagDialog, PostFlagged } from './flag-dialog';
import { ForumPostItem, PostEdited } from './post-item';
import { ForumReplyComposer } from './reply-composer';

const PAGE_SIZE = 30;

interface ThreadView {
  thread: ForumThreadDetailDto;
  posts: ForumPostPageDto;
}

/** The start of a post's text for a link preview (the HTML is the API's sanitised rendering). */
export function excerptOf(html: string | null, max = 160): string {
  const text = (html ?? '')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}

/**
 * `/forum/t/<number>`: a thread and its posts in order, rendered on the server for visitors and
 * link previews (the title and the start of the first post). Signed-in readers react, follow,
 * quote, reply, edit and delete their own posts, and report others'.
 */
@Component({
  selector: 'wk-forum-thread-page',
  imports: [
    RouterLink,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkDialog,
    WkDialogActions,
    WkPageHeader,
    WkSkeleton,
    ForumFlagDialog,
    ForumPostItem,
    ForumReplyComposer,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './forum-thread.page.html',
  styleUrl: './forum-thread.page.css',
})
export class ForumThreadPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  protected readonly labels = forumLabels(this.i18n);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly injector = inject(Injector);
  private readonly document = inject(DOCUMENT);
  /** From the URL, `/forum/t/12`. */
  readonly number = input.required<number, unknown>({ transform: (value: unknown) => numberAttribute(value, 0) });

  protected readonly view = resource<ThreadView, number>({
    params: () => this.number(),
    loader: async ({ params }) => {
      const [thread, posts] = await Promise.all([this.api.getForumThread(params), this.api.listForumPosts(params, { limit: PAGE_SIZE })]);
      return { thread, posts };
    },
  });
  private readonly value = computed(() => (this.view.hasValue() ? this.view.value() : null));
  /** The thread as shown: its title follows an edit of the first post. */
  protected readonly thread = linkedSignal(() => this.value()?.thread ?? null);
  protected readonly posts = linkedSignal<ForumPostDto[]>(() => this.value()?.posts.items ?? []);
  protected readonly nextAfter = linkedSignal(() => this.value()?.posts.nextAfter ?? null);
  protected readonly following = linkedSignal(() => this.value()?.thread.following ?? false);
  protected readonly loadingMore = signal(false);
  protected readonly followBusy = signal(false);
  protected readonly status = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly quote = signal<ForumPostDto | null>(null);
  protected readonly flagging = signal<ForumPostDto | null>(null);
  protected readonly flagOpen = signal(false);
  protected readonly deleting = signal<ForumPostDto | null>(null);
  protected readonly deleteOpen = signal(false);
  protected readonly deleteBusy = signal(false);
  protected readonly deleteError = signal<string | null>(null);
  private readonly composer = viewChild(ForumReplyComposer);

  protected readonly writer = computed(() => this.session.signedIn() && this.session.hasRole('citizen', 'moderator', 'official'));
  private readonly loadProblem = computed(() => {
    const error = this.view.error();
    return error ? toApiProblem(error) : null;
  });
  protected readonly notFound = computed(() => this.loadProblem()?.status === 404);
  protected readonly failure = computed(() => {
    const problem = this.loadProblem();
    return problem && problem.status !== 404 ? problemMessage(problem, this.i18n) : null;
  });

  private readonly details = computed<PageDetails | null>(() => {
    const thread = this.value()?.thread;
    if (!thread) return null;
    const first = this.value()?.posts.items.find((p) => p.number === 1);
    const excerpt = first?.state === 'visible' ? excerptOf(first.bodyHtml) : '';
    return {
      title: thread.title ?? this.i18n.t('forums.thread.untitled'),
      type: 'article',
      description: excerpt || `${thread.categoryName} · ${this.i18n.t('forums.title.index')}`,
    };
  });

  constructor() {
    inject(PageMeta).follow(this.details);
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      if (response && this.notFound()) response.status = 404;
    });
  }

  protected async loadMore(): Promise<void> {
    const after = this.nextAfter();
    if (after === null || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.problem.set(null);
    try {
      const page = await this.api.listForumPosts(this.number(), { after, limit: PAGE_SIZE });
      const known = new Set(this.posts().map((p) => p.id));
      this.posts.update((posts) => [...posts, ...page.items.filter((p) => !known.has(p.id))].sort((a, b) => a.number - b.number));
      this.nextAfter.set(page.nextAfter);
    } catch (error) {
      this.problem.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.loadingMore.set(false);
    }
  }

  protected async toggleFollow(): Promise<void> {
    if (this.followBusy()) return;
    const on = !this.following();
    this.followBusy.set(true);
    this.problem.set(null);
    try {
      await (on ? this.api.followForumThread(this.number()) : this.api.unfollowForumThread(this.number()));
      this.following.set(on);
    } catch (error) {
      this.problem.set(writeProblem(error, this.i18n).general);
    } finally {
      this.followBusy.set(false);
    }
  }

  protected quotePost(post: ForumPostDto): void {
    this.quote.set(post);
    afterNextRender(() => this.composer()?.focus(), { injector: this.injector });
  }

  /** A reply was sent: it joins the conversation and takes the focus (a screen reader reads it). */
  protected posted(post: ForumPostDto): void {
    this.quote.set(null);
    this.posts.update((posts) => [...posts.filter((p) => p.id !== post.id), post].sort((a, b) => a.number - b.number));
    this.following.set(true);
    this.status.set(this.i18n.t(post.state === 'pending' ? 'forums.composer.held' : 'forums.composer.sent'));
    afterNextRender(
      () => {
        const element = this.document.getElementById(String(post.number));
        element?.scrollIntoView({ block: 'start' });
        element?.focus({ preventScroll: true });
      },
      { injector: this.injector },
    );
  }

  protected edited({ post, title }: PostEdited): void {
    this.replace(post);
    if (title) this.thread.update((thread) => (thread ? { ...thread, title } : thread));
  }

  protected askFlag(post: ForumPostDto): void {
    this.flagging.set(post);
    this.flagOpen.set(true);
  }

  protected async flagged({ post, hidden }: PostFlagged): Promise<void> {
    if (hidden) await this.reloadPost(post);
  }

  protected askDelete(post: ForumPostDto): void {
    this.deleting.set(post);
    this.deleteError.set(null);
    this.deleteOpen.set(true);
  }

  protected async confirmDelete(): Promise<void> {
    const post = this.deleting();
    if (!post || this.deleteBusy()) return;
    this.deleteBusy.set(true);
    this.deleteError.set(null);
    try {
      await this.api.deleteForumPost(post.id);
      this.deleteOpen.set(false);
      if (post.number === 1) {
        // Deleting the first post deletes the thread: back to its category.
        await this.router.navigate(['/forum', this.thread()?.categorySlug ?? '']);
        return;
      }
      this.status.set(this.i18n.t('forums.delete.done'));
      await this.reloadPost(post);
    } catch (error) {
      this.deleteError.set(writeProblem(error, this.i18n).general);
    } finally {
      this.deleteBusy.set(false);
    }
  }

  private async reloadPost(post: ForumPostDto): Promise<void> {
    try {
      this.replace(await this.api.getForumPost(post.id));
    } catch (error) {
      this.problem.set(problemMessage(toApiProblem(error), this.i18n));
    }
  }

  private replace(post: ForumPostDto): void {
    this.posts.update((posts) => posts.map((p) => (p.id === post.id ? post : p)));
  }
}
