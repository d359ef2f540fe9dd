import { DOCUMENT } from '@angular/common';
import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PetitionDetailDto } from '@walikota/shared-contracts';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkButton } from '@walikota/web-ui';

/**
 * For the creator and the sponsors (and moderators) of a petition not yet published: the draft's
 * actions (edit, ask for sponsors), the share link sponsors open, how many backed it, and the
 * moderation target (with "delayed" once it has passed).
 */
@Component({
  selector: 'wk-petition-sponsor-panel',
  imports: [RouterLink, WkAlert, WkButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = petition();
    <section class="panel" aria-labelledby="sponsor-heading">
      <h2 id="sponsor-heading">{{ i18n.t(p.state === 'draft' ? 'petitions.draft.heading' : 'petitions.sponsors.heading') }}</h2>
      @if (p.state === 'draft' && p.mine) {
        <p>{{ i18n.t('petitions.draft.lead', { needed: moderation()?.sponsorsNeeded ?? '' }) }}</p>
        <p class="wk-actions">
          <button wkButton type="button" [busy]="busy()" (click)="requestSponsors()">{{ i18n.t('petitions.draft.request') }}</button>
          <a wkButton variant="secondary" [routerLink]="['/petisi', p.code, 'ubah']">{{ i18n.t('petitions.draft.edit') }}</a>
        </p>
        @if (error(); as message) {
          <wk-alert tone="danger">{{ message }}</wk-alert>
        }
      }
      @if (moderation(); as m) {
        @if (p.state === 'gathering_sponsors' || p.state === 'pending_moderation') {
          <p class="panel__progress">
            {{ i18n.t('petitions.sponsors.progress', { count: number(m.sponsorCount), needed: number(m.sponsorsNeeded) }) }}
          </p>
          <progress [value]="m.sponsorCount" [max]="m.sponsorsNeeded" [attr.aria-label]="i18n.t('petitions.sponsors.heading')"></progress>
        }
        @if (p.state === 'gathering_sponsors' && shareUrl(); as url) {
          <p>{{ i18n.t('petitions.sponsors.shareLead') }}</p>
          <div class="panel__share">
            <label class="wk-visually-hidden" for="sponsor-link">{{ i18n.t('petitions.sponsors.link') }}</label>
            <input id="sponsor-link" class="wk-control" type="text" readonly [value]="url" (focus)="select($event)" />
            <button wkButton variant="secondary" type="button" (click)="copy(url)">{{ i18n.t('petitions.sponsors.copy') }}</button>
          </div>
          <p class="wk-visually-hidden" aria-live="polite">{{ copied() ? i18n.t('petitions.sponsors.copied') : '' }}</p>
          @if (copied()) {
            <p class="panel__copied" aria-hidden="true">{{ i18n.t('petitions.sponsors.copied') }}</p>
          }
        }
        @if (p.state === 'pending_moderation') {
          @if (m.moderationDelayed) {
            <wk-alert tone="warning" [heading]="i18n.t('petitions.moderation.delayed.heading')">
              {{ i18n.t('petitions.moderation.delayed.text', { date: m.moderationDueAt ? format.date(m.moderationDueAt) : '' }) }}
            </wk-alert>
          } @else if (m.moderationDueAt) {
            <p>{{ i18n.t('petitions.moderation.due', { date: format.date(m.moderationDueAt) }) }}</p>
          }
        }
      }
    </section>
  `,
  styles: `
    .panel {
      padding: var(--space-4);
      border: 1px solid var(--color-info);
      border-left-width: 6px;
      border-radius: var(--radius);
      background: var(--color-info-tint);
    }
    .panel h2 {
      margin-top: 0;
      font-size: 1.25em;
    }
    .panel__progress {
      font-weight: 600;
      margin-bottom: var(--space-1);
    }
    progress {
      width: 100%;
      max-width: 24rem;
    }
    .panel__share {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2);
    }
    .panel__share input {
      flex: 1 1 14rem;
      min-width: 0;
    }
    .panel__copied {
      margin: var(--space-2) 0 0;
      font-weight: 600;
      color: var(--color-success);
    }
  `,
})
export class SponsorPanel {
  readonly petition = input.required<PetitionDetailDto>();
  readonly changed = output<PetitionDetailDto>();

  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  private readonly document = inject(DOCUMENT);
  protected readonly busy = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly copied = signal(false);
  protected readonly moderation = computed(() => this.petition().moderation);
  /** The share link as a whole address, to paste into a chat. */
  protected readonly shareUrl = computed(() => {
    const link = this.moderation()?.sponsorLink;
    return link ? new URL(link, this.document.location?.origin ?? 'http://localhost').toString() : null;
  });

  protected number(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected select(event: FocusEvent): void {
    (event.target as HTMLInputElement).select();
  }

  protected async copy(url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // Without clipboard access the link stays selected in its field, ready to copy by hand.
      (this.document.getElementById('sponsor-link') as HTMLInputElement | null)?.select();
    }
    this.copied.set(true);
  }

  protected async requestSponsors(): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      this.changed.emit(await this.api.requestPetitionSponsors(this.petition().code));
    } catch (error) {
      this.error.set(problemMessage(toApiProblem(error), this.i18n));
    } finally {
      this.busy.set(false);
    }
  }
}
