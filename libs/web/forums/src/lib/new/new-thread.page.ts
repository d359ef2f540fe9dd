import { ChangeDetectionStrategy, Component, computed, inject, input, linkedSignal, resource, signal } from '@angular/core';
import { Router } from '@angular/router';
import { FORUM_LIMITS } from '@walikota/shared-contracts';
import type { ForumCategoryDto } from '@walikota/shared-contracts';
import { API, Session, fieldId, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { writeProblem } from '../../data-access/write-problem';
import { ForumBodyField } from '../shared/body-field';

const FIELDS = ['categoryId', 'title', 'body'] as const;
type Field = (typeof FIELDS)[number];

/** `/forum/baru`: a signed-in writer starts a thread (category, title, text with preview), then reads it. */
@Component({
  selector: 'wk-forum-new-thread-page',
  imports: [WkAlert, WkButton, WkControl, WkErrorSummary, WkField, WkPageHeader, WkSkeleton, ForumBodyField],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('forums.title.new')" [lead]="i18n.t('forums.new.lead')" />
    @if (!session.profile()?.emailVerified) {
      <wk-alert tone="warning">{{ i18n.t('forums.composer.unverified') }}</wk-alert>
    } @else if (!session.hasRole('citizen', 'moderator', 'official')) {
      <wk-alert tone="info">{{ i18n.t('forums.composer.notWriter') }}</wk-alert>
    } @else if (categories.isLoading()) {
      <wk-skeleton [lines]="6" />
    } @else if (loadProblem(); as message) {
      <wk-alert tone="danger" [heading]="i18n.t('forums.load.error')">{{ message }}</wk-alert>
    } @else {
      <wk-error-summary [errors]="summary()" />
      <form class="wk-form" (submit)="$event.preventDefault(); submit()" novalidate>
        <wk-field [label]="i18n.t('forums.field.category')" [error]="errors()['categoryId']" required>
          <select #categorySelect wkControl id="field-categoryId" name="categoryId" (change)="categoryId.set(categorySelect.value)">
            <option value="">{{ i18n.t('forums.new.chooseCategory') }}</option>
            @for (category of active(); track category.id) {
              <option [value]="category.id" [selected]="category.id === categoryId()">{{ category.name }}</option>
            }
          </select>
        </wk-field>
        <wk-field
          [label]="i18n.t('forums.field.title')"
          [hint]="i18n.t('forums.new.titleHint', { min: limits.titleMin, max: limits.titleMax })"
          [error]="errors()['title']"
          required
          counter
          [max]="limits.titleMax"
        >
          <input
            #titleInput
            wkControl
            id="field-title"
            type="text"
            name="title"
            autocomplete="off"
            [value]="title()"
            (input)="title.set(titleInput.value)"
          />
        </wk-field>
        <wk-forum-body-field [label]="i18n.t('forums.field.body')" [error]="errors()['body'] ?? null" [(body)]="body" />
        @if (general(); as message) {
          <wk-alert tone="danger">{{ message }}</wk-alert>
        }
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="busy()">{{ i18n.t('forums.new.submit') }}</button>
        </div>
      </form>
    }
  `,
})
export class NewThreadPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  /** `?kategori=<slug>` from a category's page chooses it. */
  readonly kategori = input<string | undefined>(undefined);
  protected readonly limits = FORUM_LIMITS;

  protected readonly categories = resource<ForumCategoryDto[], true>({ params: () => true, loader: () => this.api.listForumCategories() });
  protected readonly active = computed(() => (this.categories.hasValue() ? this.categories.value().filter((c) => c.active) : []));
  protected readonly loadProblem = computed(() => {
    const error = this.categories.error();
    return error ? problemMessage(toApiProblem(error), this.i18n) : null;
  });
  /** The chosen category; the URL's until the writer picks another. */
  protected readonly categoryId = linkedSignal(() => this.active().find((c) => c.slug === this.kategori())?.id ?? '');
  protected readonly title = signal('');
  protected readonly body = signal('');
  protected readonly busy = signal(false);
  protected readonly errors = signal<Partial<Record<Field, string>>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly summary = computed(() => {
    const errors = this.errors();
    const items = FIELDS.filter((f) => errors[f]).map((f) => ({ fieldId: fieldId(f), message: errors[f] as string }));
    const general = this.general();
    return general ? [...items, { message: general }] : items;
  });

  protected async submit(): Promise<void> {
    if (this.busy()) return;
    const label = (field: Field) => this.i18n.t(field === 'categoryId' ? 'forums.field.category' : `forums.field.${field}`);
    const errors: Partial<Record<Field, string>> = {};
    const title = this.title().trim();
    if (!this.categoryId()) errors.categoryId = this.i18n.t('form.required', { field: label('categoryId') });
    if (!title) errors.title = this.i18n.t('form.required', { field: label('title') });
    else if (title.length < FORUM_LIMITS.titleMin)
      errors.title = this.i18n.t('form.minlength', { field: label('title'), min: FORUM_LIMITS.titleMin });
    if (!this.body().trim()) errors.body = this.i18n.t('form.required', { field: label('body') });
    this.errors.set(errors);
    this.general.set(null);
    if (Object.keys(errors).length) return;
    this.busy.set(true);
    try {
      const created = await this.api.createForumThread({ categoryId: this.categoryId(), title, body: this.body() });
      await this.router.navigate(['/forum/t', created.threadNumber]);
    } catch (error) {
      const problem = writeProblem(error, this.i18n, FIELDS);
      this.errors.set(problem.fields);
      this.general.set(problem.general);
    } finally {
      this.busy.set(false);
    }
  }
}
