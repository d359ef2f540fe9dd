import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PetitionSummaryDto } from '@walikota/shared-contracts';
import { CityFormat } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkBadge } from '@walikota/web-ui';
import { petitionLabels } from '../../data-access/petition-labels';

/** One petition in a list: its title (a link), count, state or response, and the thresholds it reached. */
@Component({
  selector: 'wk-petition-item',
  imports: [RouterLink, WkBadge],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let p = petition();
    <article class="item" [attr.aria-labelledby]="'petition-' + p.code">
      <h3 class="item__title" [id]="'petition-' + p.code">
        <a [routerLink]="['/petisi', p.code]">{{ p.title }}</a>
      </h3>
      <p class="item__count">{{ labels.count(p.signatureCount) }}</p>
      <p class="wk-cluster item__badges">
        <wk-badge [tone]="labels.stateTone(p.state)">{{ labels.state(p.state) }}</wk-badge>
        @if (labels.response(p); as response) {
          <wk-badge [tone]="labels.responseTone(p)">{{ response }}</wk-badge>
        }
      </p>
      <p class="item__meta wk-muted">
        {{ p.code }} · {{ p.category.name }} · {{ labels.scope(p) }}
        @if (p.openedAt) {
          · {{ i18n.t('petitions.item.opened', { date: format.date(p.openedAt) }) }}
        }
      </p>
      @if (reached().length) {
        <ul class="item__reached">
          @for (line of reached(); track line) {
            <li>{{ line }}</li>
          }
        </ul>
      }
    </article>
  `,
  styles: `
    .item {
      display: grid;
      gap: var(--space-1);
      padding: var(--space-4) 0;
      border-top: 1px solid var(--color-border);
    }
    .item__title {
      margin: 0;
      font-size: 1.125em;
      overflow-wrap: anywhere;
    }
    .item__count {
      margin: 0;
      font-weight: 700;
      font-size: 1.125em;
    }
    .item__badges,
    .item__meta {
      margin: 0;
      gap: var(--space-2);
    }
    .item__reached {
      margin: 0;
      padding-left: var(--space-5);
    }
  `,
})
export class PetitionItem {
  readonly petition = input.required<PetitionSummaryDto>();
  protected readonly i18n = inject(I18n);
  protected readonly format = inject(CityFormat);
  protected readonly labels = petitionLabels(this.i18n);
  protected readonly reached = computed(() => {
    const p = this.petition();
    const lines: string[] = [];
    if (p.responseThresholdAt) lines.push(`${this.i18n.t('petitions.reached.response')}: ${this.format.date(p.responseThresholdAt)}`);
    if (p.agendaThresholdAt) lines.push(`${this.i18n.t('petitions.reached.agenda')}: ${this.format.date(p.agendaThresholdAt)}`);
    return lines;
  });
}
