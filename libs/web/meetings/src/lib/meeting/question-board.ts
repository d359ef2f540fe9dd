import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  linkedSignal,
  resource,
  signal,
  untracked,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { MEETING_LIMITS } from '@walikota/shared-contracts';
import type { MeetingDetailDto, QuestionDto, QuestionListDto } from '@walikota/shared-contracts';
import { API, CityFormat, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkField, WkSkeleton } from '@walikota/web-ui';
import { QuestionFlagDialog, QuestionFlagged } from './question-flag-dialog';
import { followQuestions } from './question-live';

/** A list older than the version announced is read again, this often, at most this many times. */
const STALE_RETRY_MS = 1000;
const STALE_RETRIES = 3;

/**
 * "Pertanyaan warga": the questions by votes, then age, as the API orders them; citizens ask,
 * vote (a toggle) and report. Before and during the meeting the list follows the event stream
 * in the browser (or polls), and says politely when it changed.
 */
@Component({
  selector: 'wk-meeting-questions',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkControl, WkField, WkSkeleton, QuestionFlagDialog],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let m = meeting();
    <section id="pertanyaan" class="board" aria-labelledby="questions-heading">
      <h2 id="questions-heading">{{ i18n.t('meetings.questions.heading') }}</h2>
      <p class="wk-muted">{{ i18n.t('meetings.questions.lead') }}</p>

      @if (canAsk()) {
        <form class="ask" (submit)="$event.preventDefault(); ask()" novalidate>
          <wk-field
            [label]="i18n.t('meetings.questions.field')"
            [hint]="i18n.t('meetings.questions.fieldHint')"
            [error]="askError()"
            [max]="limits.questionMax"
            counter
          >
            <textarea
              #questionInput
              wkControl
              id="question-text"
              name="text"
              rows="3"
              [value]="text()"
              (input)="text.set(questionInput.value)"
            ></textarea>
          </wk-field>
          <p class="wk-actions">
            <button wkButton type="submit" [busy]="asking()">{{ i18n.t('meetings.questions.submit') }}</button>
          </p>
        </form>
      } @else if (open() && !session.signedIn()) {
        <p>
          <a routerLink="/masuk" [queryParams]="{ kembali: '/balai-kota/rapat/' + m.code }">{{ i18n.t('meetings.questions.signIn') }}</a>
        </p>
      }

      <p class="wk-visually-hidden" aria-live="polite">{{ announcement() }}</p>
      @if (problem(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }

      @if (questions.hasValue() || items().length) {
        @if (!items().length) {
          <p>{{ i18n.t('meetings.questions.empty') }}</p>
        } @else {
          <ol class="list">
            @for (q of items(); track q.id) {
              <li class="question">
                <p class="question__votes">{{ votes(q) }}</p>
                <div class="question__body">
                  @if (q.mergedIntoId) {
                    <p class="question__text wk-muted" [id]="'question-' + q.id">{{ i18n.t('meetings.questions.merged') }}</p>
                  } @else if (q.text === null) {
                    <p class="question__text wk-muted" [id]="'question-' + q.id">{{ hiddenText(q) }}</p>
                  } @else {
                    <p class="question__text" [id]="'question-' + q.id">{{ q.text }}</p>
                    @if (q.hidden) {
                      <p class="wk-muted">{{ hiddenText(q) }} {{ i18n.t('meetings.questions.hiddenYouSee') }}</p>
                    }
                  }
                  <p class="wk-cluster question__meta">
                    @if (q.answeredAt) {
                      <wk-badge tone="success">{{ i18n.t('meetings.questions.answered') }}</wk-badge>
                    }
                    @if (q.mine) {
                      <wk-badge>{{ i18n.t('meetings.questions.mine') }}</wk-badge>
                    }
                    <span class="wk-muted"
                      ><time [attr.datetime]="q.createdAt">{{ format.dateTime(q.createdAt) }}</time></span
                    >
                  </p>
                  @if (canVote(q) || canFlag(q)) {
                    <p class="wk-actions question__actions">
                      @if (canVote(q)) {
                        <button
                          wkButton
                          variant="secondary"
                          type="button"
                          class="vote"
                          [class.vote--on]="q.votedByMe"
                          [attr.aria-pressed]="q.votedByMe"
                          [attr.aria-describedby]="'question-' + q.id"
                          [busy]="voting() === q.id"
                          (click)="toggleVote(q)"
                        >
                          {{ i18n.t('meetings.questions.vote') }}
                        </button>
                      }
                      @if (canFlag(q)) {
                        <button wkButton variant="link" type="button" [attr.aria-describedby]="'question-' + q.id" (click)="askFlag(q)">
                          {{ i18n.t('meetings.questions.flag') }}
                        </button>
                      }
                    </p>
                  }
                </div>
              </li>
            }
          </ol>
        }
      } @else if (questions.isLoading()) {
        <wk-skeleton [lines]="4" [label]="i18n.t('meetings.questions.loading')" />
      } @else if (questions.error(); as error) {
        <wk-alert tone="danger">
          {{ message(error) }}
          <button wkButton variant="link" type="button" (click)="questions.reload()">{{ i18n.t('meetings.retry') }}</button>
        </wk-alert>
      }
    </section>
    <wk-question-flag-dialog [question]="flagging()" [(open)]="flagOpen" (flagged)="flagged($event)" />
  `,
  styles: `
    .board {
      margin-top: var(--space-6);
    }
    .ask {
      margin-bottom: var(--space-5);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-bottom: 1px solid var(--color-border);
    }
    .question {
      display: flex;
      gap: var(--space-3);
      padding: var(--space-3) 0;
      border-top: 1px solid var(--color-border);
    }
    .question__votes {
      flex: none;
      min-width: 6.5rem;
      margin: 0;
      white-space: nowrap;
      font-weight: 700;
    }
    .question__body {
      flex: 1;
      min-width: 0;
    }
    .question__text {
      margin: 0 0 var(--space-1);
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .question__meta,
    .question__actions {
      gap: var(--space-2);
      margin: 0 0 var(--space-1);
    }
    .vote--on {
      font-weight: 700;
      box-shadow: inset 0 0 0 2px currentColor;
    }
  `,
})
export class MeetingQuestionBoard {
  readonly meeting = input.required<MeetingDetailDto>();

  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  private readonly injector = inject(Injector);
  protected readonly limits = MEETING_LIMITS;

  private readonly code = computed(() => this.meeting().code);
  /** Questions are asked, and the list changes, before and during the meeting. */
  protected readonly open = computed(() => ['scheduled', 'live'].includes(this.meeting().status));
  private readonly citizen = computed(() => this.session.signedIn() && this.session.hasRole('citizen'));
  protected readonly canAsk = computed(() => this.open() && this.citizen());

  protected readonly questions = resource<QuestionListDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.listMeetingQuestions(params),
  });
  protected readonly items = linkedSignal<QuestionDto[]>(() => (this.questions.hasValue() ? this.questions.value().items : []));
  private readonly version = linkedSignal(() => (this.questions.hasValue() ? this.questions.value().version : -1));

  protected readonly text = signal('');
  protected readonly askError = signal<string | null>(null);
  protected readonly asking = signal(false);
  protected readonly voting = signal<string | null>(null);
  protected readonly problem = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly flagging = signal<QuestionDto | null>(null);
  protected readonly flagOpen = signal(false);
  private refreshing = false;
  /** A refresh asked for while another ran: it runs after it. */
  private pending = false;
  private announceTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;

  constructor() {
    // In the browser only (afterNextRender never runs on the server): follow the list while it can change.
    afterNextRender(() => {
      let stop: (() => void) | null = null;
      effect(
        (onCleanup) => {
          const code = this.code();
          if (!this.open()) return;
          stop = untracked(() =>
            followQuestions(code, {
              onVersion: (version) => {
                if (version > this.version()) void this.refresh(true, version);
              },
              onPoll: () => void this.poll(),
            }),
          );
          onCleanup(() => {
            stop?.();
            stop = null;
          });
        },
        { injector: this.injector },
      );
    });
    inject(DestroyRef).onDestroy(() => {
      if (this.announceTimer) clearTimeout(this.announceTimer);
      if (this.retryTimer) clearTimeout(this.retryTimer);
    });
  }

  protected votes(q: QuestionDto): string {
    return this.i18n.t('meetings.questions.votes', { count: numberFormat(this.i18n.locale()).format(q.votes) });
  }

  protected hiddenText(q: QuestionDto): string {
    if (!q.hidden) return '';
    const reason = this.i18n.t('meetings.reason.' + q.hidden.reason);
    return this.i18n.t(q.hidden.byFlags ? 'meetings.questions.hiddenByFlags' : 'meetings.questions.hiddenByModerator', { reason });
  }

  protected canVote(q: QuestionDto): boolean {
    return this.open() && this.citizen() && !q.mine && !q.hidden && !q.mergedIntoId;
  }

  protected canFlag(q: QuestionDto): boolean {
    return this.session.signedIn() && !q.mine && !q.hidden && !q.mergedIntoId;
  }

  protected message(error: unknown): string {
    return problemMessage(toApiProblem(error), this.i18n);
  }

  protected async ask(): Promise<void> {
    if (this.asking()) return;
    const text = this.text().trim();
    const field = this.i18n.t('meetings.questions.field');
    if (text.length < MEETING_LIMITS.questionMin) {
      this.askError.set(
        text ? this.i18n.t('meetings.questions.tooShort', { min: MEETING_LIMITS.questionMin }) : this.i18n.t('form.required', { field }),
      );
      return;
    }
    if (text.length > MEETING_LIMITS.questionMax) {
      this.askError.set(this.i18n.t('meetings.questions.tooLong', { max: MEETING_LIMITS.questionMax }));
      return;
    }
    this.askError.set(null);
    this.problem.set(null);
    this.asking.set(true);
    try {
      await this.api.askMeetingQuestion(this.code(), { text });
      this.text.set('');
      this.announce(this.i18n.t('meetings.questions.sent'));
      await this.refresh(false);
    } catch (error) {
      const problem = toApiProblem(error);
      if (problem.status === 429) this.askError.set(this.i18n.t('meetings.error.rateLimited'));
      else if (problem.fields['text']) this.askError.set(problem.fields['text']);
      else this.askError.set(problemMessage(problem, this.i18n));
    } finally {
      this.asking.set(false);
    }
  }

  protected async toggleVote(q: QuestionDto): Promise<void> {
    if (this.voting()) return;
    this.voting.set(q.id);
    this.problem.set(null);
    try {
      const result = q.votedByMe
        ? await this.api.withdrawMeetingQuestionVote(this.code(), q.id)
        : await this.api.voteForMeetingQuestion(this.code(), q.id);
      this.items.update((items) =>
        items.map((item) => (item.id === q.id ? { ...item, votes: result.votes, votedByMe: result.votedByMe } : item)),
      );
    } catch (error) {
      this.problem.set(toApiProblem(error).status === 429 ? this.i18n.t('meetings.error.rateLimited') : this.message(error));
    } finally {
      this.voting.set(null);
    }
  }

  protected askFlag(q: QuestionDto): void {
    this.flagging.set(q);
    this.flagOpen.set(true);
  }

  protected async flagged({ hidden }: QuestionFlagged): Promise<void> {
    if (hidden) await this.refresh(false);
  }

  /**
   * The whole list again (a newer version was announced, or after the reader's own change). A
   * list older than the announced `expected` version (the change was announced before its
   * transaction committed, or another replica is behind) is read again a moment later.
   */
  private async refresh(announce: boolean, expected = 0, attempt = 0): Promise<void> {
    if (this.refreshing) {
      this.pending = true;
      return;
    }
    this.refreshing = true;
    try {
      const list = await this.api.listMeetingQuestions(this.code());
      this.apply(list, announce);
      if (list.version < expected && attempt < STALE_RETRIES && !this.retryTimer)
        this.retryTimer = setTimeout(() => {
          this.retryTimer = null;
          void this.refresh(announce, expected, attempt + 1);
        }, STALE_RETRY_MS);
    } catch {
      // The next event or poll tries again.
    } finally {
      this.refreshing = false;
    }
    if (this.pending) {
      this.pending = false;
      await this.refresh(announce);
    }
  }

  /** Changes since the version shown (`changed: false`: nothing new). */
  private async poll(): Promise<void> {
    if (this.refreshing) return;
    this.refreshing = true;
    try {
      const since = this.version();
      const list = await this.api.listMeetingQuestions(this.code(), since >= 0 ? { since } : {});
      if (list.changed) this.apply(list, true);
    } catch {
      // A missed beat: the next poll tries again.
    } finally {
      this.refreshing = false;
    }
  }

  private apply(list: QuestionListDto, announce: boolean): void {
    if (list.version < this.version()) return;
    this.items.set(list.items);
    this.version.set(list.version);
    if (announce) this.announce(this.i18n.t('meetings.questions.updated'));
  }

  /** Says it once; cleared first so that the same words are read again next time. */
  private announce(text: string): void {
    this.announcement.set('');
    if (this.announceTimer) clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announcement.set(text), 150);
  }
}
