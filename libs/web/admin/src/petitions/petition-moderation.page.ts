import { ChangeDetectionStrategy, Component, computed, effect, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { PETITION_LIMITS } from '@walikota/shared-contracts';
import type { PetitionDetailDto, PetitionModerationAction } from '@walikota/shared-contracts';
import { API, CityFormat, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { petitionLabels } from '@walikota/web-petitions';
import { WkAlert, WkBadge, WkBreadcrumbs, WkButton, WkControl, WkField, WkFieldset, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { SigningActivityPanel } from './signing-activity-panel';

/**
 * `/admin/petisi/<code>`: a moderator reads a petition and decides — publish (naming the
 * responding department, by default the category's), reject or, once published, take it down,
 * with a reason from the admins' list and an explanation the creator and the public read. For a
 * published petition: the signing activity and invalidation.
 */
@Component({
  selector: 'wk-admin-petition-moderation-page',
  imports: [
    RouterLink,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkControl,
    WkField,
    WkFieldset,
    WkPageHeader,
    WkSkeleton,
    SigningActivityPanel,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-breadcrumbs [items]="crumbs()" />
    @if (petition.isLoading() && !petition.hasValue()) {
      <wk-skeleton [lines]="8" />
    } @else if (value(); as p) {
      <wk-page-header [heading]="p.title">
        <p class="wk-cluster meta">
          <wk-badge [tone]="labels.stateTone(p.state)">{{ labels.state(p.state) }}</wk-badge>
          @if (labels.response(p); as response) {
            <wk-badge [tone]="labels.responseTone(p)">{{ response }}</wk-badge>
          }
          <span class="wk-muted">{{ p.code }} · {{ p.category.name }} · {{ labels.scope(p) }}</span>
        </p>
      </wk-page-header>
      @if (done(); as message) {
        <wk-alert tone="success">{{ message }}</wk-alert>
      }
      <dl class="facts">
        <dt>{{ i18n.t('petitions.field.signatures') }}</dt>
        <dd>{{ labels.count(p.signatureCount) }}</dd>
        @if (p.moderation; as m) {
          <dt>{{ i18n.t('admin.petitions.sponsors') }}</dt>
          <dd>{{ m.sponsorCount }} / {{ m.sponsorsNeeded }}</dd>
          @if (m.submittedAt) {
            <dt>{{ i18n.t('admin.petitions.column.submitted') }}</dt>
            <dd>{{ format.dateTime(m.submittedAt) }}</dd>
          }
          @if (m.moderationDueAt) {
            <dt>{{ i18n.t('admin.petitions.column.due') }}</dt>
            <dd>
              {{ format.date(m.moderationDueAt) }}
              @if (m.moderationDelayed) {
                <wk-badge tone="danger">{{ i18n.t('admin.petitions.queue.delayed') }}</wk-badge>
              }
            </dd>
          }
        }
        @if (p.department) {
          <dt>{{ i18n.t('petitions.field.department') }}</dt>
          <dd>{{ p.department.name }}</dd>
        }
      </dl>
      <section aria-labelledby="mod-text">
        <h2 id="mod-text">{{ i18n.t('admin.petitions.text') }}</h2>
        <h3>{{ i18n.t('petitions.field.background') }}</h3>
        <div class="prose">{{ p.background ?? '—' }}</div>
        @if (p.details) {
          <h3>{{ i18n.t('petitions.field.details') }}</h3>
          <div class="prose">{{ p.details }}</div>
        }
        @if (p.reports.length) {
          <h3>{{ i18n.t('petitions.field.reportCodes') }}</h3>
          <ul>
            @for (r of p.reports; track r.code) {
              <li>
                <a [routerLink]="['/lacak', r.code]">{{ r.code }}</a> {{ r.title }}
              </li>
            }
          </ul>
        }
        <p>
          <a [routerLink]="['/petisi', p.code]">{{ i18n.t('admin.petitions.publicPage') }}</a>
        </p>
      </section>

      @if (actions().length) {
        <section class="decide" aria-labelledby="mod-decide">
          <h2 id="mod-decide">{{ i18n.t('admin.petitions.decide.heading') }}</h2>
          <form class="wk-form" novalidate (submit)="$event.preventDefault(); decide()">
            <wk-fieldset [legend]="i18n.t('admin.petitions.decide.action')" required>
              @for (a of actions(); track a; let first = $first) {
                <label class="wk-check">
                  <input
                    type="radio"
                    name="action"
                    [value]="a"
                    [attr.id]="first ? 'mod-action' : null"
                    [checked]="action() === a"
                    (change)="action.set(a)"
                  />
                  <span>{{ i18n.t('admin.petitions.action.' + a) }}</span>
                </label>
              }
            </wk-fieldset>
            @if (action() === 'publish') {
              <wk-field
                [label]="i18n.t('petitions.field.department')"
                [hint]="i18n.t('admin.petitions.decide.departmentHint')"
                [error]="errors()['departmentId']"
              >
                <select wkControl id="mod-department" name="departmentId" (change)="departmentId.set(read($event))">
                  @for (d of departments.value() ?? []; track d.id) {
                    <option [value]="d.id" [selected]="d.id === departmentId()">{{ d.name }} ({{ d.shortName }})</option>
                  }
                </select>
              </wk-field>
            } @else if (action()) {
              <wk-field [label]="i18n.t('admin.petitions.decide.reason')" [error]="errors()['reasonCode']" required>
                <select wkControl id="mod-reason" name="reasonCode" (change)="reasonCode.set(read($event))">
                  <option value="">{{ i18n.t('admin.petitions.decide.chooseReason') }}</option>
                  @for (r of activeReasons(); track r.code) {
                    <option [value]="r.code" [selected]="r.code === reasonCode()">
                      {{ reasonLabel(r) }}{{ r.hidesText ? ' — ' + i18n.t('admin.petitions.reasons.hides') : '' }}
                    </option>
                  }
                </select>
              </wk-field>
              <wk-field
                [label]="i18n.t('admin.petitions.decide.details')"
                [hint]="i18n.t('admin.petitions.decide.detailsHint')"
                [error]="errors()['details']"
                required
                counter
                [max]="limits.rejectionDetailsMax"
              >
                <textarea
                  wkControl
                  id="mod-details"
                  name="details"
                  rows="4"
                  [value]="details()"
                  (input)="details.set(read($event))"
                ></textarea>
              </wk-field>
            }
            @if (general(); as message) {
              <wk-alert tone="danger">{{ message }}</wk-alert>
            }
            <div class="wk-actions">
              <button
                wkButton
                type="submit"
                [variant]="action() === 'publish' ? 'primary' : 'danger'"
                [busy]="busy()"
                [disabled]="!action()"
              >
                {{ i18n.t(action() ? 'admin.petitions.submit.' + action() : 'admin.petitions.decide.submit') }}
              </button>
            </div>
          </form>
        </section>
      }

      @if (p.state === 'open' || p.state === 'closed') {
        <wk-admin-petition-signing-activity [code]="p.code" (recounted)="petition.reload()" />
      }
    } @else if (petition.error()) {
      <wk-page-header [heading]="i18n.t('admin.petitions.title.moderate')" />
      <wk-alert tone="danger">{{ errorText() }}</wk-alert>
    }
  `,
  styles: `
    .meta {
      gap: var(--space-2);
      margin: 0;
    }
    .facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--space-2) var(--space-5);
    }
    .facts dt {
      font-weight: 600;
    }
    .facts dd {
      margin: 0;
    }
    @media (max-width: 30rem) {
      .facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
    }
    .prose {
      white-space: pre-line;
      overflow-wrap: anywhere;
      max-width: 45rem;
    }
    .decide {
      margin-top: var(--space-6);
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .decide h2 {
      margin-top: 0;
    }
  `,
})
export class PetitionModerationPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly session = inject(Session);
  protected readonly labels = petitionLabels(this.i18n);
  protected readonly limits = PETITION_LIMITS;
  private readonly api = inject(API);
  readonly code = input.required<string>();

  protected readonly petition = resource<PetitionDetailDto, string>({
    params: () => this.code(),
    loader: ({ params }) => this.api.getPetition(params),
  });
  protected readonly value = computed(() => (this.petition.hasValue() ? (this.petition.value() ?? null) : null));
  protected readonly errorText = computed(() => loadErrorText(toApiProblem(this.petition.error()), this.i18n));
  protected readonly reasons = resource({ loader: () => this.api.petitionRejectionReasons() });
  protected readonly activeReasons = computed(() =>
    [...(this.reasons.value() ?? [])].filter((r) => r.active).sort((a, b) => a.sortOrder - b.sortOrder),
  );
  protected readonly departments = resource({ loader: () => this.api.listDepartments() });
  private readonly categories = resource({ loader: () => this.api.listCategories({ module: 'petition' }) });

  protected readonly actions = computed<PetitionModerationAction[]>(() => {
    const state = this.value()?.state;
    if (state === 'pending_moderation') return ['publish', 'reject'];
    if (state === 'open' || state === 'closed') return ['hide'];
    return [];
  });
  protected readonly action = signal<PetitionModerationAction | null>(null);
  protected readonly departmentId = signal('');
  protected readonly reasonCode = signal('');
  protected readonly details = signal('');
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected readonly crumbs = computed(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.petitions.title.queue'), link: adminPath('petisi') },
    { label: this.code() },
  ]);

  constructor() {
    // The category's department answers by default; the moderator may name another.
    effect(() => {
      const p = this.value();
      const categories = this.categories.value();
      const departments = this.departments.value();
      if (!p || !departments?.length || this.departmentId()) return;
      const fromCategory = categories?.find((c) => c.id === p.categoryId)?.departmentId;
      this.departmentId.set(p.department?.id ?? fromCategory ?? departments[0].id);
    });
  }

  protected read(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected reasonLabel(reason: { labelId: string; labelEn: string }): string {
    return this.i18n.language() === 'en' ? reason.labelEn : reason.labelId;
  }

  protected async decide(): Promise<void> {
    const action = this.action();
    const petition = this.value();
    if (!action || !petition || this.busy()) return;
    const errors: Record<string, string> = {};
    if (action !== 'publish') {
      if (!this.reasonCode()) errors['reasonCode'] = this.i18n.t('form.required', { field: this.i18n.t('admin.petitions.decide.reason') });
      if (!this.details().trim())
        errors['details'] = this.i18n.t('form.required', { field: this.i18n.t('admin.petitions.decide.details') });
    }
    this.errors.set(errors);
    this.general.set(null);
    if (Object.keys(errors).length) return;
    this.busy.set(true);
    try {
      const body =
        action === 'publish'
          ? { action, departmentId: this.departmentId() || undefined }
          : { action, reasonCode: this.reasonCode(), details: this.details().trim() };
      this.petition.set(await this.api.moderatePetition(petition.code, body));
      this.done.set(this.i18n.t('admin.petitions.done.' + action));
      this.action.set(null);
      this.reasonCode.set('');
      this.details.set('');
    } catch (error) {
      const problem = toApiProblem(error);
      this.errors.set(problem.fields);
      if (!Object.keys(problem.fields).length) this.general.set(problemMessage(problem, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
