import { ChangeDetectionStrategy, Component, inject, resource } from '@angular/core';
import { RouterLink } from '@angular/router';
import { API, CityFormat, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { PetitionItem } from '../list/petition-item';

/** `/petisi/saya`: the petitions the citizen started (drafts included) and those they signed. */
@Component({
  selector: 'wk-my-petitions-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, WkSkeleton, PetitionItem],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('petitions.title.mine')" [lead]="i18n.t('petitions.mine.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/petisi/baru">{{ i18n.t('petitions.list.new') }}</a>
        <a routerLink="/petisi">{{ i18n.t('petitions.page.back') }}</a>
      </p>
    </wk-page-header>
    <section aria-labelledby="mine-created">
      <h2 id="mine-created">{{ i18n.t('petitions.mine.created') }}</h2>
      @if (created.isLoading()) {
        <wk-skeleton [lines]="3" />
      } @else if (created.error()) {
        <wk-alert tone="danger">{{ message(created.error()) }}</wk-alert>
      } @else if (created.value()?.length) {
        <ul class="list">
          @for (petition of created.value(); track petition.code) {
            <li>
              <wk-petition-item [petition]="petition" />
              @if (petition.state === 'draft') {
                <p class="wk-muted">{{ i18n.t('petitions.mine.draftHint', { date: format.date(petition.createdAt) }) }}</p>
              } @else if (petition.moderation?.moderationDelayed) {
                <p class="wk-muted">{{ i18n.t('petitions.moderation.delayed.heading') }}</p>
              }
            </li>
          }
        </ul>
      } @else {
        <wk-empty-state [headingLevel]="3" [heading]="i18n.t('petitions.mine.createdEmpty')" />
      }
    </section>
    <section aria-labelledby="mine-signed">
      <h2 id="mine-signed">{{ i18n.t('petitions.mine.signed') }}</h2>
      @if (signed.isLoading()) {
        <wk-skeleton [lines]="3" />
      } @else if (signed.error()) {
        <wk-alert tone="danger">{{ message(signed.error()) }}</wk-alert>
      } @else if (signed.value()?.length) {
        <ul class="list">
          @for (petition of signed.value(); track petition.code) {
            <li>
              <wk-petition-item [petition]="petition" />
              <p class="wk-muted">{{ i18n.t('petitions.mine.signedAt', { date: format.date(petition.signedAt) }) }}</p>
            </li>
          }
        </ul>
      } @else {
        <wk-empty-state [headingLevel]="3" [heading]="i18n.t('petitions.mine.signedEmpty')" />
      }
    </section>
  `,
  styles: `
    section {
      margin-top: var(--space-6);
    }
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
  `,
})
export class MyPetitionsPage {
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  private readonly api = inject(API);
  protected readonly created = resource({ loader: () => this.api.myPetitions() });
  protected readonly signed = resource({ loader: () => this.api.mySignedPetitions() });

  protected message(error: unknown): string {
    return problemMessage(toApiProblem(error), this.i18n);
  }
}
