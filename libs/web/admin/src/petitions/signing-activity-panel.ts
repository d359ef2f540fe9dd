import { ChangeDetectionStrategy, Component, computed, inject, input, output, resource, signal } from '@angular/core';
import { PETITION_INVALIDATION_CRITERIA } from '@walikota/shared-contracts';
import type {
  InvalidateSignaturesDto,
  InvalidationResultDto,
  PetitionInvalidationCriterion,
  SigningActivityRowDto,
} from '@walikota/shared-contracts';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkCell, WkColumn, WkControl, WkField, WkFieldset, WkTable } from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';

/**
 * Unusual signing on a published petition (addresses and e-mail domains with many signatures in
 * the last hour) and invalidation by address, domain or time range: a dry run counts the
 * signatures first, then the moderator confirms with a reason (audited).
 */
@Component({
  selector: 'wk-admin-petition-signing-activity',
  imports: [WkAlert, WkButton, WkCell, WkControl, WkField, WkFieldset, WkTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="activity" aria-labelledby="activity-heading">
      <h2 id="activity-heading">{{ i18n.t('admin.petitions.activity.heading') }}</h2>
      @if (activity.value(); as a) {
        <p class="wk-muted">{{ i18n.t('admin.petitions.activity.lead', { threshold: a.threshold }) }}</p>
      }
      @if (activity.error()) {
        <wk-alert tone="danger">{{ activityError() }}</wk-alert>
      }
      <wk-table
        [caption]="i18n.t('admin.petitions.activity.caption')"
        [columns]="columns()"
        [rows]="activity.value()?.rows ?? []"
        [loading]="activity.isLoading()"
        [emptyText]="i18n.t('admin.petitions.activity.empty')"
      >
        <ng-template wkCell="kind" let-row>{{ i18n.t('admin.petitions.criterion.' + row.kind) }}</ng-template>
        <ng-template wkCell="action" let-row>
          <button wkButton variant="link" type="button" (click)="prepare(row)">
            {{ i18n.t('admin.petitions.activity.prepare') }} <span class="wk-visually-hidden">{{ row.value }}</span>
          </button>
        </ng-template>
      </wk-table>

      <h3 id="invalidate-heading">{{ i18n.t('admin.petitions.invalidate.heading') }}</h3>
      <form class="wk-form" novalidate aria-labelledby="invalidate-heading" (submit)="$event.preventDefault(); count()">
        <wk-fieldset [legend]="i18n.t('admin.petitions.invalidate.criterion')" required>
          @for (c of criteria; track c; let first = $first) {
            <label class="wk-check">
              <input
                type="radio"
                name="criterion"
                [value]="c"
                [attr.id]="first ? 'inv-criterion' : null"
                [checked]="criterion() === c"
                (change)="choose(c)"
              />
              <span>{{ i18n.t('admin.petitions.criterion.' + c) }}</span>
            </label>
          }
        </wk-fieldset>
        @switch (criterion()) {
          @case ('ip') {
            <wk-field [label]="i18n.t('admin.petitions.criterion.ip')" [error]="errors()['ip']" required>
              <input
                wkControl
                id="inv-ip"
                name="ip"
                type="text"
                autocomplete="off"
                [value]="ip()"
                (input)="ip.set(read($event)); reset()"
              />
            </wk-field>
          }
          @case ('email_domain') {
            <wk-field [label]="i18n.t('admin.petitions.criterion.email_domain')" [error]="errors()['emailDomain']" required>
              <input
                wkControl
                id="inv-domain"
                name="emailDomain"
                type="text"
                autocomplete="off"
                [value]="emailDomain()"
                (input)="emailDomain.set(read($event)); reset()"
              />
            </wk-field>
          }
          @case ('time_range') {
            <wk-field [label]="i18n.t('admin.petitions.invalidate.from')" [error]="errors()['from']" required>
              <input wkControl id="inv-from" name="from" type="datetime-local" [value]="from()" (input)="from.set(read($event)); reset()" />
            </wk-field>
            <wk-field [label]="i18n.t('admin.petitions.invalidate.to')" [error]="errors()['to']" required>
              <input wkControl id="inv-to" name="to" type="datetime-local" [value]="to()" (input)="to.set(read($event)); reset()" />
            </wk-field>
          }
        }
        <div class="wk-actions">
          <button wkButton variant="secondary" type="submit" [busy]="busy() && !dryRun()">
            {{ i18n.t('admin.petitions.invalidate.count') }}
          </button>
        </div>
      </form>
      @if (dryRun(); as result) {
        <div class="confirm" role="status">
          <p>{{ i18n.t('admin.petitions.invalidate.matched', { count: number(result.matched) }) }}</p>
          @if (result.matched > 0) {
            <wk-field [label]="i18n.t('admin.petitions.invalidate.reason')" [error]="errors()['reason']" required>
              <textarea wkControl id="inv-reason" name="reason" rows="3" [value]="reason()" (input)="reason.set(read($event))"></textarea>
            </wk-field>
            <p class="wk-actions">
              <button wkButton variant="danger" type="button" [busy]="busy()" (click)="invalidate()">
                {{ i18n.t('admin.petitions.invalidate.confirm', { count: number(result.matched) }) }}
              </button>
              <button wkButton variant="link" type="button" (click)="reset()">{{ i18n.t('common.cancel') }}</button>
            </p>
          }
        </div>
      }
      @if (general(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      @if (done(); as message) {
        <wk-alert tone="success">{{ message }}</wk-alert>
      }
    </section>
  `,
  styles: `
    .activity {
      margin-top: var(--space-6);
    }
    .confirm {
      margin-top: var(--space-4);
      padding: var(--space-4);
      border: 1px solid var(--color-danger);
      border-radius: var(--radius);
    }
  `,
})
export class SigningActivityPanel {
  readonly code = input.required<string>();
  /** After an invalidation: the petition's count was recomputed. */
  readonly recounted = output<void>();

  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  protected readonly criteria = PETITION_INVALIDATION_CRITERIA;
  protected readonly activity = resource({
    params: () => this.code(),
    loader: ({ params }) => this.api.petitionSigningActivity(params),
  });
  protected readonly activityError = computed(() => loadErrorText(toApiProblem(this.activity.error()), this.i18n));
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'kind', label: this.i18n.t('admin.petitions.activity.kind') },
    { key: 'value', label: this.i18n.t('admin.petitions.activity.value') },
    { key: 'signatures', label: this.i18n.t('petitions.field.signatures'), align: 'end' },
    { key: 'action', label: this.i18n.t('admin.petitions.activity.action') },
  ]);

  protected readonly criterion = signal<PetitionInvalidationCriterion>('ip');
  protected readonly ip = signal('');
  protected readonly emailDomain = signal('');
  protected readonly from = signal('');
  protected readonly to = signal('');
  protected readonly reason = signal('');
  protected readonly dryRun = signal<InvalidationResultDto | null>(null);
  protected readonly busy = signal(false);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly general = signal<string | null>(null);
  protected readonly done = signal<string | null>(null);

  protected read(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected choose(criterion: PetitionInvalidationCriterion): void {
    this.criterion.set(criterion);
    this.reset();
  }

  protected prepare(row: SigningActivityRowDto): void {
    this.criterion.set(row.kind);
    if (row.kind === 'ip') this.ip.set(row.value);
    else this.emailDomain.set(row.value);
    this.reset();
    void this.count();
  }

  protected reset(): void {
    this.dryRun.set(null);
    this.errors.set({});
    this.general.set(null);
  }

  private body(dryRun: boolean): InvalidateSignaturesDto {
    const criterion = this.criterion();
    const iso = (local: string) => (local ? new Date(local).toISOString() : undefined);
    return {
      criterion,
      dryRun,
      ip: criterion === 'ip' ? this.ip().trim() : undefined,
      emailDomain: criterion === 'email_domain' ? this.emailDomain().trim() : undefined,
      from: criterion === 'time_range' ? iso(this.from()) : undefined,
      to: criterion === 'time_range' ? iso(this.to()) : undefined,
      reason: dryRun ? undefined : this.reason().trim(),
    };
  }

  protected async count(): Promise<void> {
    this.done.set(null);
    await this.send(true);
  }

  protected async invalidate(): Promise<void> {
    if (!this.reason().trim()) {
      this.errors.set({ reason: this.i18n.t('form.required', { field: this.i18n.t('admin.petitions.invalidate.reason') }) });
      return;
    }
    await this.send(false);
  }

  private async send(dryRun: boolean): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.errors.set({});
    this.general.set(null);
    try {
      const result = await this.api.invalidatePetitionSignatures(this.code(), this.body(dryRun));
      if (dryRun) {
        this.dryRun.set(result);
      } else {
        this.dryRun.set(null);
        this.reason.set('');
        this.done.set(
          this.i18n.t('admin.petitions.invalidate.done', { count: this.number(result.matched), total: this.number(result.signatureCount) }),
        );
        this.activity.reload();
        this.recounted.emit();
      }
    } catch (error) {
      const problem = toApiProblem(error);
      this.errors.set(problem.fields);
      if (!Object.keys(problem.fields).length) this.general.set(problemMessage(problem, this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
