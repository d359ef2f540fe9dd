import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { FORUM_FLAG_REASONS, MEETING_LIMITS as L } from '@walikota/shared-contracts';
import type { ForumFlagReason, QuestionDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkField, WkSkeleton } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';

/** Every 15 seconds while the meeting is live (and the tab is visible). */
const POLL_MS = 15_000;

type OpenForm = { id: string; kind: 'merge' | 'hide' } | null;

/**
 * The questions of a meeting for its staff: every question with its text (hidden ones too), votes
 * and state, and the acts — mark answered, merge a duplicate into another, hide with a reason, show
 * again. The list reloads after each act, on "Muat ulang" and, while live, every 15 seconds.
 */
@Component({
  selector: 'wk-admin-meeting-questions',
  imports: [ReactiveFormsModule, WkAlert, WkBadge, WkButton, WkControl, WkField, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="wk-cluster questions-bar">
      <p class="wk-muted questions-count">{{ i18n.t('admin.meetings.questions.count', { count: items().length }) }}</p>
      <button wkButton variant="secondary" type="button" [busy]="questions.isLoading()" (click)="questions.reload()">
        {{ i18n.t('admin.meetings.questions.reload') }}
      </button>
    </div>
    @if (live()) {
      <p class="wk-muted">{{ i18n.t('admin.meetings.questions.polling') }}</p>
    }
    <div role="status" class="questions-status">
      @if (done()) {
        <wk-alert tone="success">{{ done() }}</wk-alert>
      }
    </div>
    @if (questions.error()) {
      <wk-alert tone="danger">{{ loadError() }}</wk-alert>
    }
    @if (questions.isLoading() && !questions.hasValue()) {
      <wk-skeleton [lines]="4" />
    } @else if (items().length) {
      <ol class="questions">
        @for (q of items(); track q.id; let n = $index) {
          <li class="question">
            <p class="question__text">
              @if (q.text) {
                {{ q.text }}
              } @else {
                <span class="wk-muted">{{ i18n.t('admin.meetings.questions.noText') }}</span>
              }
            </p>
            <p class="wk-cluster question__meta">
              <span>{{ i18n.t('admin.meetings.questions.votes', { count: q.votes }) }}</span>
              <span class="wk-muted">{{ format.dateTime(q.createdAt) }}</span>
              @if (q.answeredAt) {
                <wk-badge tone="success">{{ i18n.t('admin.meetings.questions.answered') }}</wk-badge>
              }
              @if (q.mergedIntoId) {
                <wk-badge tone="neutral">{{ i18n.t('admin.meetings.questions.merged', { n: position(q.mergedIntoId) }) }}</wk-badge>
              }
              @if (q.hidden; as hidden) {
                <wk-badge tone="warning">{{
                  i18n.t('admin.meetings.questions.hidden', { reason: i18n.t('admin.meetings.reason.' + hidden.reason) })
                }}</wk-badge>
                @if (hidden.byFlags) {
                  <span>{{ i18n.t('admin.meetings.questions.byFlags') }}</span>
                }
              }
            </p>
            @if (q.hidden?.details; as details) {
              <p class="wk-muted">{{ details }}</p>
            }
            @if (!q.mergedIntoId) {
              <div class="wk-actions">
                @if (!q.answeredAt) {
                  <button wkButton variant="secondary" type="button" [busy]="busy() === q.id" (click)="answer(q)">
                    {{ i18n.t('admin.meetings.questions.markAnswered') }}<span class="wk-visually-hidden"> {{ name(n) }}</span>
                  </button>
                }
                @if (mergeTargets(q).length) {
                  <button wkButton variant="secondary" type="button" [attr.aria-expanded]="isOpen(q, 'merge')" (click)="toggle(q, 'merge')">
                    {{ i18n.t('admin.meetings.questions.merge') }}<span class="wk-visually-hidden"> {{ name(n) }}</span>
                  </button>
                }
                @if (q.hidden) {
                  <button wkButton variant="secondary" type="button" [busy]="busy() === q.id" (click)="unhide(q)">
                    {{ i18n.t('admin.meetings.questions.unhide') }}<span class="wk-visually-hidden"> {{ name(n) }}</span>
                  </button>
                } @else {
                  <button wkButton variant="danger" type="button" [attr.aria-expanded]="isOpen(q, 'hide')" (click)="toggle(q, 'hide')">
                    {{ i18n.t('admin.meetings.questions.hide') }}<span class="wk-visually-hidden"> {{ name(n) }}</span>
                  </button>
                }
              </div>
            }
            @if (isOpen(q, 'merge')) {
              <form class="question__form" [formGroup]="mergeForm" (ngSubmit)="merge(q)" novalidate>
                <wk-field [label]="i18n.t('admin.meetings.questions.mergeInto')" [error]="formError()" required>
                  <select wkControl [id]="'merge-into-' + q.id" formControlName="intoId">
                    <option value="">{{ i18n.t('admin.meetings.questions.chooseQuestion') }}</option>
                    @for (target of mergeTargets(q); track target.id) {
                      <option [value]="target.id">{{ optionText(target) }}</option>
                    }
                  </select>
                </wk-field>
                <div class="wk-actions">
                  <button wkButton type="submit" [busy]="busy() === q.id">{{ i18n.t('admin.meetings.questions.mergeSubmit') }}</button>
                  <button wkButton variant="link" type="button" (click)="close()">{{ i18n.t('common.cancel') }}</button>
                </div>
              </form>
            }
            @if (isOpen(q, 'hide')) {
              <form class="question__form" [formGroup]="hideForm" (ngSubmit)="hide(q)" novalidate>
                <wk-field [label]="i18n.t('admin.meetings.questions.reason')" [error]="formError()" required>
                  <select wkControl [id]="'hide-reason-' + q.id" formControlName="reason">
                    <option value="">{{ i18n.t('admin.meetings.questions.chooseReason') }}</option>
                    @for (r of reasons; track r) {
                      <option [value]="r">{{ i18n.t('admin.meetings.reason.' + r) }}</option>
                    }
                  </select>
                </wk-field>
                <wk-field
                  [label]="i18n.t('admin.meetings.questions.details')"
                  [hint]="i18n.t('admin.meetings.questions.detailsHint')"
                  [max]="limits.hiddenDetailsMax"
                >
                  <textarea wkControl [id]="'hide-details-' + q.id" rows="2" formControlName="details"></textarea>
                </wk-field>
                <div class="wk-actions">
                  <button wkButton variant="danger" type="submit" [busy]="busy() === q.id">
                    {{ i18n.t('admin.meetings.questions.hideSubmit') }}
                  </button>
                  <button wkButton variant="link" type="button" (click)="close()">{{ i18n.t('common.cancel') }}</button>
                </div>
              </form>
            }
            @if (failed()?.id === q.id) {
              <wk-alert tone="danger">{{ failed()?.message }}</wk-alert>
            }
          </li>
        }
      </ol>
    } @else if (questions.hasValue()) {
      <p>{{ i18n.t('admin.meetings.questions.empty') }}</p>
    }
  `,
  styles: `
    .questions-bar {
      justify-content: space-between;
    }
    .questions-count {
      margin: 0;
    }
    .questions {
      display: grid;
      gap: var(--space-4);
      margin: var(--space-4) 0 0;
      padding-left: 1.5rem;
    }
    .question {
      overflow-wrap: anywhere;
    }
    .question__text {
      margin: 0 0 var(--space-1);
      white-space: pre-line;
    }
    .question__meta {
      gap: var(--space-2) var(--space-3);
      margin: 0 0 var(--space-2);
    }
    .question__form {
      display: grid;
      gap: var(--space-3);
      max-width: 30rem;
      margin-top: var(--space-3);
    }
    .questions-status wk-alert {
      margin-top: var(--space-3);
    }
  `,
})
export class MeetingQuestions {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  private readonly fb = inject(FormBuilder).nonNullable;
  readonly code = input.required<string>();
  readonly live = input(false);
  protected readonly reasons = FORUM_FLAG_REASONS;
  protected readonly limits = L;

  protected readonly questions = resource({
    params: () => this.code(),
    loader: ({ params }) => this.api.listMeetingQuestions(params),
  });
  protected readonly items = computed(() => (this.questions.hasValue() ? this.questions.value().items : []));
  protected readonly loadError = computed(() => loadErrorText(toApiProblem(this.questions.error()), this.i18n));
  protected readonly open = signal<OpenForm>(null);
  protected readonly busy = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly failed = signal<{ id: string; message: string } | null>(null);
  protected readonly formError = signal<string | null>(null);
  protected readonly mergeForm = this.fb.group({ intoId: ['', Validators.required] });
  protected readonly hideForm = this.fb.group({
    reason: ['' as ForumFlagReason | '', Validators.required],
    details: ['', Validators.maxLength(L.hiddenDetailsMax)],
  });

  constructor() {
    effect((onCleanup) => {
      if (!this.live()) return;
      const timer = setInterval(() => {
        if (document.visibilityState === 'visible' && !this.busy()) this.questions.reload();
      }, POLL_MS);
      onCleanup(() => clearInterval(timer));
    });
  }

  /** "pertanyaan 3": names the question in the buttons' accessible names. */
  protected name(index: number): string {
    return this.i18n.t('admin.meetings.questions.name', { n: index + 1 });
  }

  protected position(id: string): number {
    return this.items().findIndex((q) => q.id === id) + 1;
  }

  protected mergeTargets(question: QuestionDto): QuestionDto[] {
    return this.items().filter((q) => q.id !== question.id && !q.mergedIntoId);
  }

  protected optionText(q: QuestionDto): string {
    const text = q.text ?? this.i18n.t('admin.meetings.questions.noText');
    const short = text.length > 80 ? `${text.slice(0, 79)}…` : text;
    return `${this.position(q.id)}. ${short} (${this.i18n.t('admin.meetings.questions.votes', { count: q.votes })})`;
  }

  protected isOpen(q: QuestionDto, kind: 'merge' | 'hide'): boolean {
    const open = this.open();
    return open?.id === q.id && open.kind === kind;
  }

  protected toggle(q: QuestionDto, kind: 'merge' | 'hide'): void {
    this.formError.set(null);
    this.failed.set(null);
    if (this.isOpen(q, kind)) {
      this.open.set(null);
      return;
    }
    this.mergeForm.reset();
    this.hideForm.reset();
    this.open.set({ id: q.id, kind });
  }

  protected close(): void {
    this.open.set(null);
  }

  protected answer(q: QuestionDto): Promise<void> {
    return this.act(q, () => this.api.markMeetingQuestionAnswered(this.code(), q.id), 'admin.meetings.questions.done.answered');
  }

  protected unhide(q: QuestionDto): Promise<void> {
    return this.act(q, () => this.api.unhideMeetingQuestion(this.code(), q.id), 'admin.meetings.questions.done.unhidden');
  }

  protected merge(q: QuestionDto): Promise<void> {
    const intoId = this.mergeForm.controls.intoId.value;
    if (!intoId) {
      this.formError.set(this.i18n.t('form.required', { field: this.i18n.t('admin.meetings.questions.mergeInto') }));
      return Promise.resolve();
    }
    return this.act(q, () => this.api.mergeMeetingQuestion(this.code(), q.id, { intoId }), 'admin.meetings.questions.done.merged');
  }

  protected hide(q: QuestionDto): Promise<void> {
    const { reason, details } = this.hideForm.getRawValue();
    if (!reason) {
      this.formError.set(this.i18n.t('form.required', { field: this.i18n.t('admin.meetings.questions.reason') }));
      return Promise.resolve();
    }
    const body = { reason, details: details.trim() || undefined };
    return this.act(q, () => this.api.hideMeetingQuestion(this.code(), q.id, body), 'admin.meetings.questions.done.hidden');
  }

  private async act(q: QuestionDto, call: () => Promise<void>, doneKey: string): Promise<void> {
    if (this.busy()) return;
    this.busy.set(q.id);
    this.done.set(null);
    this.failed.set(null);
    this.formError.set(null);
    try {
      await call();
      this.open.set(null);
      this.done.set(this.i18n.t(doneKey));
      this.questions.reload();
    } catch (error) {
      this.failed.set({ id: q.id, message: problemMessage(toApiProblem(error), this.i18n) });
    } finally {
      this.busy.set(null);
    }
  }
}
