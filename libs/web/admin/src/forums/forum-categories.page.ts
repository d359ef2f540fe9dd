import { ChangeDetectionStrategy, Component, computed, inject, resource, signal } from '@angular/core';
import { FormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { FORUM_CATEGORY_SLUG_PATTERN, FORUM_LIMITS } from '@walikota/shared-contracts';
import type { ForumCategoryDto } from '@walikota/shared-contracts';
import { API, FormState, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkCell, WkColumn, WkControl, WkErrorSummary, WkField, WkPageHeader, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { ForumNav } from './forum-nav';
import { ForumStatus } from './forum-status';

const L = FORUM_LIMITS;

/** `/admin/forum/kategori`: the forum's categories, in use or retired; add and edit (admins). */
@Component({
  selector: 'wk-admin-forum-categories-page',
  imports: [
    ReactiveFormsModule,
    WkAlert,
    WkBadge,
    WkButton,
    WkCell,
    WkControl,
    WkErrorSummary,
    WkField,
    WkPageHeader,
    WkTable,
    ForumNav,
    ForumStatus,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  styleUrl: '../styles/admin-list.css',
  template: `
    <wk-page-header [heading]="i18n.t('admin.forum.title.categories')" [lead]="i18n.t('admin.forum.categories.lead')">
      <wk-admin-forum-nav />
    </wk-page-header>
    @if (categories.error()) {
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
    <wk-table
      [caption]="i18n.t('admin.forum.categories.caption')"
      [columns]="columns()"
      [rows]="rows()"
      [loading]="categories.isLoading()"
      trackBy="id"
    >
      <ng-template wkCell="name" let-row>
        <span class="admin-code">{{ row.nameId }}</span>
        <span class="admin-code wk-muted" lang="en">{{ row.nameEn }}</span>
      </ng-template>
      <ng-template wkCell="slug" let-row
        ><span class="admin-id">{{ row.slug }}</span></ng-template
      >
      <ng-template wkCell="state" let-row>
        <wk-badge [tone]="row.active ? 'success' : 'neutral'">{{
          i18n.t(row.active ? 'admin.forum.categories.active' : 'admin.forum.categories.inactive')
        }}</wk-badge>
      </ng-template>
      <ng-template wkCell="edit" let-row>
        <button wkButton variant="link" type="button" (click)="edit(row)">
          {{ i18n.t('admin.forum.categories.edit') }} <span class="wk-visually-hidden">{{ row.nameId }}</span>
        </button>
      </ng-template>
    </wk-table>

    <section class="category-form" aria-labelledby="category-form-heading">
      <h2 id="category-form-heading">
        {{ editing() ? i18n.t('admin.forum.categories.editing', { name: editing()!.nameId }) : i18n.t('admin.forum.categories.add') }}
      </h2>
      <wk-admin-forum-status [message]="saved() ? i18n.t('common.saved') : null" />
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form" [formGroup]="form" (ngSubmit)="save()" novalidate>
        <wk-field
          [label]="i18n.t('admin.forum.categories.slug')"
          [hint]="i18n.t('admin.forum.categories.slugHint')"
          [error]="state.error('slug')"
          [max]="limits.categorySlugMax"
          required
        >
          <input wkControl id="field-slug" type="text" formControlName="slug" autocomplete="off" spellcheck="false" />
        </wk-field>
        <wk-field [label]="i18n.t('admin.forum.categories.nameId')" [error]="state.error('nameId')" [max]="limits.categoryNameMax" required>
          <input wkControl id="field-nameId" type="text" formControlName="nameId" />
        </wk-field>
        <wk-field [label]="i18n.t('admin.forum.categories.nameEn')" [error]="state.error('nameEn')" [max]="limits.categoryNameMax" required>
          <input wkControl id="field-nameEn" type="text" formControlName="nameEn" lang="en" />
        </wk-field>
        <wk-field
          [label]="i18n.t('admin.forum.categories.descriptionId')"
          [error]="state.error('descriptionId')"
          [max]="limits.categoryDescriptionMax"
        >
          <textarea wkControl id="field-descriptionId" rows="3" formControlName="descriptionId"></textarea>
        </wk-field>
        <wk-field
          [label]="i18n.t('admin.forum.categories.descriptionEn')"
          [error]="state.error('descriptionEn')"
          [max]="limits.categoryDescriptionMax"
        >
          <textarea wkControl id="field-descriptionEn" rows="3" formControlName="descriptionEn" lang="en"></textarea>
        </wk-field>
        <wk-field [label]="i18n.t('admin.forum.categories.sortOrder')" [error]="state.error('sortOrder')">
          <input wkControl id="field-sortOrder" type="number" inputmode="numeric" formControlName="sortOrder" min="0" max="10000" />
        </wk-field>
        <label class="wk-check">
          <input type="checkbox" id="field-active" formControlName="active" />
          <span>{{ i18n.t('admin.forum.categories.activeLabel') }}</span>
        </label>
        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('common.save') }}</button>
          @if (editing()) {
            <button wkButton variant="link" type="button" (click)="clear()">{{ i18n.t('common.cancel') }}</button>
          }
        </div>
      </form>
    </section>
  `,
  styles: `
    .category-form {
      margin-top: var(--space-6);
      max-width: 40rem;
    }
  `,
})
export class ForumCategoriesPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  protected readonly limits = L;
  protected readonly categories = resource({ loader: () => this.api.manageForumCategories() });
  protected readonly rows = computed(() => [...(this.categories.value() ?? [])].sort((a, b) => a.sortOrder - b.sortOrder));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.categories.error()), this.i18n));
  protected readonly editing = signal<ForumCategoryDto | null>(null);
  protected readonly saved = signal(false);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'name', label: this.i18n.t('admin.forum.categories.name') },
    { key: 'slug', label: this.i18n.t('admin.forum.categories.slug') },
    { key: 'sortOrder', label: this.i18n.t('admin.forum.categories.sortOrder'), align: 'end' },
    { key: 'threadCount', label: this.i18n.t('admin.forum.categories.threads'), align: 'end' },
    { key: 'state', label: this.i18n.t('admin.forum.categories.state') },
    { key: 'edit', label: this.i18n.t('admin.forum.categories.edit') },
  ]);
  protected readonly form = inject(FormBuilder).nonNullable.group({
    slug: ['', [Validators.required, Validators.maxLength(L.categorySlugMax), Validators.pattern(FORUM_CATEGORY_SLUG_PATTERN)]],
    nameId: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(L.categoryNameMax)]],
    nameEn: ['', [Validators.required, Validators.minLength(2), Validators.maxLength(L.categoryNameMax)]],
    descriptionId: ['', Validators.maxLength(L.categoryDescriptionMax)],
    descriptionEn: ['', Validators.maxLength(L.categoryDescriptionMax)],
    sortOrder: [0, [Validators.min(0), Validators.max(10_000)]],
    active: [true],
  });

  protected edit(category: ForumCategoryDto): void {
    this.saved.set(false);
    this.state.reset();
    this.editing.set(category);
    this.form.setValue({
      slug: category.slug,
      nameId: category.nameId,
      nameEn: category.nameEn,
      descriptionId: category.descriptionId,
      descriptionEn: category.descriptionEn,
      sortOrder: category.sortOrder,
      active: category.active,
    });
    document.getElementById('field-slug')?.focus();
  }

  protected clear(): void {
    this.editing.set(null);
    this.form.reset();
    this.state.reset();
  }

  protected async save(): Promise<void> {
    this.saved.set(false);
    const t = (key: string) => this.i18n.t(key);
    const labels = {
      slug: t('admin.forum.categories.slug'),
      nameId: t('admin.forum.categories.nameId'),
      nameEn: t('admin.forum.categories.nameEn'),
      descriptionId: t('admin.forum.categories.descriptionId'),
      descriptionEn: t('admin.forum.categories.descriptionEn'),
      sortOrder: t('admin.forum.categories.sortOrder'),
    };
    const editing = this.editing();
    const ok = await this.state.submit(this.form, labels, async () => {
      const v = this.form.getRawValue();
      const body = {
        slug: v.slug.trim(),
        nameId: v.nameId.trim(),
        nameEn: v.nameEn.trim(),
        descriptionId: v.descriptionId.trim(),
        descriptionEn: v.descriptionEn.trim(),
        sortOrder: Number(v.sortOrder) || 0,
        active: v.active,
      };
      if (editing) await this.api.updateForumCategory(editing.id, body);
      else await this.api.createForumCategory(body);
    });
    if (ok) {
      this.saved.set(true);
      this.editing.set(null);
      this.form.reset();
      this.categories.reload();
    }
  }
}
