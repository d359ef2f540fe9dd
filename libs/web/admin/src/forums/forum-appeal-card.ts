import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FORUM_APPEAL_DECISIONS, FORUM_MODERATION_LIMITS } from '@walikota/shared-contracts';
import type { ForumAppealDecision, ForumAppealDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkControl, WkField, WkFieldset } from '@walikota/web-ui';

/**
 * One appeal: who, against which act (and where), their text; an open one is decided here —
 * the act stands, or it is undone — with a note for the appellant. The API refuses the moderator
 * who took the act (409); its message shows here.
 */
@Component({
  selector: 'wk-admin-forum-appeal-card',
  imports: [WkAlert, WkBadge, WkButton, WkControl, WkField, WkFieldset],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let a = appeal();
    <article class="appeal" [attr.aria-labelledby]="'appeal-' + a.id">
      <h3 class="appeal__title" [id]="'appeal-' + a.id">{{ i18n.t('admin.forum.appeals.heading', { name: a.userName ?? a.userId }) }}</h3>
      <dl class="appeal__facts">
        <dt>{{ i18n.t('admin.forum.appeals.act') }}</dt>
        <dd>
          {{ i18n.t('admin.forum.act.' + a.action) }}
          @if (a.link) {
            · <a [href]="a.link">{{ i18n.t('admin.forum.appeals.openLink') }}</a>
          }
        </dd>
        @if (a.actionDetails) {
          <dt>{{ i18n.t('admin.forum.appeals.actDetails') }}</dt>
          <dd>{{ a.actionDetails }}</dd>
        }
        <dt>{{ i18n.t('admin.forum.appeals.filed') }}</dt>
        <dd>{{ format.dateTime(a.createdAt) }}</dd>
        <dt>{{ i18n.t('admin.forum.appeals.text') }}</dt>
        <dd class="appeal__text">{{ a.text }}</dd>
        @if (a.decision) {
          <dt>{{ i18n.t('admin.forum.appeals.decision') }}</dt>
          <dd>
            <wk-badge [tone]="a.decision === 'overturned' ? 'success' : 'neutral'">{{
              i18n.t('admin.forum.decided.' + a.decision)
            }}</wk-badge>
            @if (a.decidedAt) {
              <span class="wk-muted"> {{ format.dateTime(a.decidedAt) }}</span>
            }
            @if (a.note) {
              <span class="appeal__note">{{ a.note }}</span>
            }
          </dd>
        }
      </dl>
      @if (!a.decision) {
        <form class="wk-form appeal__form" novalidate (submit)="$event.preventDefault(); decide()">
          <wk-fieldset [legend]="i18n.t('admin.forum.appeals.decision')" [error]="errors()['decision']" required>
            @for (d of decisions; track d) {
              <label class="wk-check">
                <input type="radio" [name]="'decision-' + a.id" [value]="d" [checked]="decision() === d" (change)="decision.set(d)" />
                <span>{{ i18n.t('admin.forum.decision.' + d) }}</span>
              </label>
            }
          </wk-fieldset>
          <wk-field
            [label]="i18n.t('admin.forum.appeals.note')"
            [hint]="i18n.t('admin.forum.appeals.noteHint')"
            [error]="errors()['note']"
            [max]="limits.reasonDetailsMax"
          >
            <textarea wkControl [id]="'appeal-note-' + a.id" rows="3" [value]="note()" (input)="note.set(read($event))"></textarea>
          </wk-field>
          @if (failure(); as message) {
            <wk-alert tone="danger">{{ message }}</wk-alert>
          }
          <div class="wk-actions">
            <button wkButton type="submit" [busy]="busy()">
              {{ i18n.t('admin.forum.appeals.submit') }}<span class="wk-visually-hidden">: {{ a.userName }}</span>
            </button>
          </div>
        </form>
      }
    </article>
  `,
  styles: `
    .appeal {
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .appeal__title {
      margin: 0 0 var(--space-3);
    }
    .appeal__facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--space-2) var(--space-4);
      margin: 0;
    }
    .appeal__facts dt {
      font-weight: 600;
    }
    .appeal__facts dd {
      margin: 0;
      overflow-wrap: anywhere;
    }
    .appeal__text,
    .appeal__note {
      white-space: pre-line;
    }
    .appeal__note {
      display: block;
      margin-top: var(--space-1);
    }
    @media (max-width: 30rem) {
      .appeal__facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
      .appeal__facts dd {
        margin-bottom: var(--space-2);
      }
    }
    .appeal__form {
      margin-top: var(--space-4);
      max-width: 36rem;
    }
  `,
})
export class ForumAppealCard {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  readonly appeal = input.required<ForumAppealDto>();
  readonly decided = output<ForumAppealDecision>();
  protected readonly decisions = FORUM_APPEAL_DECISIONS;
  protected readonly limits = FORUM_MODERATION_LIMITS;
  protected readonly decision = signal<ForumAppealDecision | null>(null);
  protected readonly note = signal('');
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly failure = signal<string | null>(null);

  protected read(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected async decide(): Promise<void> {
    if (this.busy()) return;
    const decision = this.decision();
    this.failure.set(null);
    this.errors.set(decision ? {} : { decision: this.i18n.t('form.required', { field: this.i18n.t('admin.forum.appeals.decision') }) });
    if (!decision) return;
    this.busy.set(true);
    try {
      await this.api.decideForumAppeal(this.appeal().id, { decision, note: this.note().trim() || undefined });
      this.decided.emit(decision);
    } catch (error) {
      const problem = toApiProblem(error);
      this.errors.set(problem.fields);
      if (!Object.keys(problem.fields).length) this.failure.set(problemMessage(problem, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
