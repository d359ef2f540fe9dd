import { ChangeDetectionStrategy, Component, computed, inject, input, resource, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PetitionDetailDto } from '@walikota/shared-contracts';
import { API, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { petitionLabels } from '../../data-access/petition-labels';

/**
 * `/petisi/dukung/<token>`: the share link a petition's creator sends to possible sponsors. A
 * signed-in verified citizen reads the petition and backs it; a visitor is sent to sign in first
 * (the route's guard) and comes back here.
 */
@Component({
  selector: 'wk-petition-sponsor-page',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkPageHeader, WkSkeleton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('petitions.title.sponsor')" [lead]="i18n.t('petitions.sponsor.lead')" />
    @if (petition.isLoading() && !petition.hasValue()) {
      <wk-skeleton [lines]="5" />
    } @else if (value(); as p) {
      <article class="petition" aria-labelledby="sponsor-petition-title">
        <h2 id="sponsor-petition-title">{{ p.title }}</h2>
        <p class="wk-cluster badges">
          <wk-badge [tone]="labels.stateTone(p.state)">{{ labels.state(p.state) }}</wk-badge>
          <span class="wk-muted">{{ p.code }} · {{ p.category.name }} · {{ labels.scope(p) }}</span>
        </p>
        <h3>{{ i18n.t('petitions.field.background') }}</h3>
        <div class="prose">{{ p.background }}</div>
        @if (p.details) {
          <h3>{{ i18n.t('petitions.field.details') }}</h3>
          <div class="prose">{{ p.details }}</div>
        }
      </article>
      @if (p.moderation; as m) {
        <p class="progress">
          {{ i18n.t('petitions.sponsors.progress', { count: number(m.sponsorCount), needed: number(m.sponsorsNeeded) }) }}
        </p>
      }
      @if (p.mine) {
        <wk-alert tone="info">{{ i18n.t('petitions.sponsor.own') }}</wk-alert>
      } @else if (p.sponsoredByMe) {
        <wk-alert tone="success" [heading]="i18n.t('petitions.sponsor.done.heading')">{{ i18n.t('petitions.sponsor.done.text') }}</wk-alert>
      } @else if (p.state !== 'gathering_sponsors') {
        <wk-alert tone="info">{{ i18n.t('petitions.sponsor.closed') }}</wk-alert>
      } @else if (!session.profile()?.emailVerified) {
        <wk-alert tone="warning">{{ i18n.t('petitions.sponsor.unverified') }}</wk-alert>
      } @else {
        <p>{{ i18n.t('petitions.sponsor.explain') }}</p>
        <p>
          <button wkButton type="button" [busy]="busy()" (click)="sponsor()">{{ i18n.t('petitions.sponsor.submit') }}</button>
        </p>
      }
      @if (error(); as message) {
        <wk-alert tone="danger">{{ message }}</wk-alert>
      }
      <p>
        <a [routerLink]="['/petisi', p.code]">{{ i18n.t('petitions.sponsor.open') }}</a>
      </p>
    } @else if (notFound()) {
      <wk-alert tone="warning" [heading]="i18n.t('petitions.sponsor.notFound.heading')">{{
        i18n.t('petitions.sponsor.notFound.text')
      }}</wk-alert>
    } @else if (failure(); as message) {
      <wk-alert tone="danger" [heading]="i18n.t('petitions.load.error')">{{ message }}</wk-alert>
    }
  `,
  styles: `
    .petition {
      padding: var(--space-4);
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
      background: var(--color-surface);
      overflow-wrap: anywhere;
    }
    .petition h2 {
      margin-top: 0;
    }
    .petition h3 {
      font-size: 1em;
    }
    .badges {
      gap: var(--space-2);
    }
    .prose {
      white-space: pre-line;
    }
    .progress {
      font-weight: 600;
    }
  `,
})
export class SponsorPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly labels = petitionLabels(this.i18n);
  private readonly api = inject(API);
  readonly token = input.required<string>();
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);

  protected readonly petition = resource<PetitionDetailDto, string>({
    params: () => this.token(),
    loader: ({ params }) => this.api.petitionBySponsorLink(params),
  });
  protected readonly value = computed(() => (this.petition.hasValue() ? (this.petition.value() ?? null) : null));
  private readonly problem = computed(() => (this.petition.error() ? toApiProblem(this.petition.error()) : null));
  protected readonly notFound = computed(() => this.problem()?.status === 404);
  protected readonly failure = computed(() => {
    const problem = this.problem();
    return problem && problem.status !== 404 ? problemMessage(problem, this.i18n) : null;
  });

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected async sponsor(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.petition.set(await this.api.sponsorPetition(this.token()));
    } catch (error) {
      this.error.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
