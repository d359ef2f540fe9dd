import { ChangeDetectionStrategy, Component, computed, inject, resource, signal, viewChild } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { FORUM_MODERATION_LIMITS, FORUM_WATCHED_ACTIONS } from '@walikota/shared-contracts';
import type { ForumWatchedAction, ForumWatchedWordDto } from '@walikota/shared-contracts';
import { API, CityFormat, FormState, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import {
  WkAlert,
  WkBadge,
  WkButton,
  WkCell,
  WkColumn,
  WkControl,
  WkErrorSummary,
  WkField,
  WkFieldset,
  WkPageHeader,
  WkTable,
} from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { ForumNav } from './forum-nav';
import { ForumStatus } from './forum-status';

const L = FORUM_MODERATION_LIMITS;
const LIST_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** `/admin/forum/kata-pantauan`: watched words by list, each blocking, holding or flagging a post; add and remove. */
@Component({
  selector: 'wk-admin-forum-watched-words-page',
  imports: [
    ReactiveFormsModule,
    WkAlert,
    WkBadge,
    WkButton,
    WkCell,
    WkControl,
    WkErrorSummary,
    WkField,
    WkFieldset,
    WkPageHeader,
    WkTable,
    ForumNav,
    ForumStatus,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.forum.title.watched')" [lead]="i18n.t('admin.forum.watched.lead')">
      <wk-admin-forum-nav />
    </wk-page-header>
    <wk-admin-forum-status [message]="done()" />
    @if (failure(); as message) {
      <wk-alert tone="danger">{{ message }}</wk-alert>
    }
    @if (words.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    @for (group of lists(); track group.list) {
      <div class="list">
        <wk-table
          [caption]="i18n.t('admin.forum.watched.listCaption', { list: group.list })"
          [columns]="columns()"
          [rows]="group.words"
          trackBy="id"
        >
          <ng-template wkCell="pattern" let-row
            ><span class="admin-id" lang="id">{{ row.pattern }}</span></ng-template
          >
          <ng-template wkCell="action" let-row>
            <wk-badge [tone]="row.action === 'block' ? 'danger' : row.action === 'hold' ? 'warning' : 'info'">{{
              i18n.t('admin.forum.watchedAction.' + row.action)
            }}</wk-badge>
          </ng-template>
          <ng-template wkCell="addedAt" let-row
            ><span class="admin-nowrap">{{ format.date(row.createdAt) }}</span></ng-template
          >
          <ng-template wkCell="remove" let-row>
            <button wkButton variant="link" type="button" [busy]="busy() === row.id" (click)="remove(row)">
              {{ i18n.t('admin.forum.watched.remove') }} <span class="wk-visually-hidden">{{ row.pattern }}</span>
            </button>
          </ng-template>
        </wk-table>
      </div>
    } @empty {
      @if (words.hasValue()) {
        <p>{{ i18n.t('admin.forum.watched.empty') }}</p>
      }
    }

    <section class="add" aria-labelledby="watched-add-heading">
      <h2 id="watched-add-heading">{{ i18n.t('admin.forum.watched.add') }}</h2>
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="add()" novalidate>
        <wk-field
          [label]="i18n.t('admin.forum.watched.list')"
          [hint]="i18n.t('admin.forum.watched.listHint')"
          [error]="state.error('list')"
          [max]="limits.watchedListMax"
          required
        >
          <input wkControl id="field-list" type="text" formControlName="list" autocomplete="off" spellcheck="false" list="watched-lists" />
          <datalist id="watched-lists">
            @for (group of lists(); track group.list) {
              <option [value]="group.list"></option>
            }
          </datalist>
        </wk-field>
        <wk-field
          [label]="i18n.t('admin.forum.watched.pattern')"
          [hint]="i18n.t('admin.forum.watched.patternHint')"
          [error]="state.error('pattern')"
          [max]="limits.watchedPatternMax"
          required
        >
          <input wkControl id="field-pattern" type="text" formControlName="pattern" autocomplete="off" spellcheck="false" />
        </wk-field>
        <wk-fieldset [legend]="i18n.t('admin.forum.watched.action')" [error]="state.error('action')" required>
          @for (a of actions; track a; let first = $first) {
            <label class="wk-check">
              <input type="radio" formControlName="action" [value]="a" [attr.id]="first ? 'field-action' : null" />
              <span
                ><strong>{{ i18n.t('admin.forum.watchedAction.' + a) }}</strong>
                <span class="action-help">{{ i18n.t('admin.forum.watchedAction.' + a + '.help') }}</span></span
              >
            </label>
          }
        </wk-fieldset>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('admin.forum.watched.submit') }}</button>
        </div>
      </form>
    </section>
  `,
  styles: `
    .list {
      margin-bottom: var(--space-5);
      max-width: 50rem;
    }
    .add {
      margin-top: var(--space-6);
      max-width: 40rem;
    }
    .action-help {
      display: block;
      color: var(--color-muted);
    }
  `,
})
export class ForumWatchedWordsPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly status = viewChild.required(ForumStatus);
  protected readonly actions = FORUM_WATCHED_ACTIONS;
  protected readonly limits = L;
  protected readonly words = resource({ loader: () => this.api.listForumWatchedWords() });
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.words.error()), this.i18n));
  /** The words by list, lists and words in alphabetical order. */
  protected readonly lists = computed(() => {
    const byList = new Map<string, ForumWatchedWordDto[]>();
    for (const word of this.words.value() ?? []) byList.set(word.list, [...(byList.get(word.list) ?? []), word]);
    return [...byList]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([list, words]) => ({ list, words: words.sort((a, b) => a.pattern.localeCompare(b.pattern)) }));
  });
  protected readonly busy = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);
  protected readonly failure = signal<string | null>(null);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'pattern', label: this.i18n.t('admin.forum.watched.pattern') },
    { key: 'action', label: this.i18n.t('admin.forum.watched.action') },
    { key: 'addedAt', label: this.i18n.t('admin.forum.watched.addedAt') },
    { key: 'remove', label: this.i18n.t('admin.forum.watched.remove') },
  ]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    list: ['', [Validators.required, Validators.maxLength(L.watchedListMax), Validators.pattern(LIST_PATTERN)]],
    pattern: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(L.watchedPatternMax)]],
    action: ['flag' as ForumWatchedAction, Validators.required],
  });

  protected async add(): Promise<void> {
    this.failure.set(null);
    const t = (key: string) => this.i18n.t(key);
    const labels = {
      list: t('admin.forum.watched.list'),
      pattern: t('admin.forum.watched.pattern'),
      action: t('admin.forum.watched.action'),
    };
    const out: { word?: ForumWatchedWordDto } = {};
    const ok = await this.state.submit(this.form, labels, async () => {
      const value = this.form.getRawValue();
      out.word = await this.api.addForumWatchedWord({ list: value.list.trim(), pattern: value.pattern.trim(), action: value.action });
    });
    if (ok && out.word) {
      this.announce(this.i18n.t('admin.forum.watched.added', { pattern: out.word.pattern, list: out.word.list }), false);
      // The list stays for the next word of the same list.
      this.form.reset({ list: out.word.list, pattern: '', action: out.word.action });
    }
  }

  protected async remove(word: ForumWatchedWordDto): Promise<void> {
    if (this.busy()) return;
    this.busy.set(word.id);
    this.failure.set(null);
    try {
      await this.api.removeForumWatchedWord(word.id);
      this.announce(this.i18n.t('admin.forum.watched.removed', { pattern: word.pattern }), true);
    } catch (error) {
      this.failure.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(null);
    }
  }

  /** `focus`: the button used is gone with its row. */
  private announce(message: string, focus: boolean): void {
    this.done.set(message);
    this.words.reload();
    if (focus) this.status().focus();
  }
}
