import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ReportSummaryDto } from '@walikota/shared-contracts';
import { API, ApiProblem, problemMessage, KeysetList } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAlert, WkButton, WkEmptyState, WkPageHeader } from '@walikota/web-ui';
import { ReportSummaryTable } from '../list/report-summary-table';

const PAGE_SIZE = 20;

/** `/aspirasi/saya`: the reports the signed-in citizen filed, confidential and unverified ones too. */
@Component({
  selector: 'wk-my-reports-page',
  imports: [RouterLink, WkAlert, WkButton, WkEmptyState, WkPageHeader, ReportSummaryTable],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('reports.title.mine')" [lead]="i18n.t('reports.mine.lead')">
      <p class="wk-actions">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('reports.list.new') }}</a>
      </p>
    </wk-page-header>
    @if (pages.problem(); as problem) {
      <wk-alert tone="danger" [heading]="i18n.t('reports.load.error')">
        {{ problemText(problem) }}
        <button wkButton variant="link" type="button" (click)="pages.retry()">{{ i18n.t('reports.retry') }}</button>
      </wk-alert>
    }
    @if (pages.loaded() && !pages.items().length && !pages.problem()) {
      <wk-empty-state [heading]="i18n.t('reports.mine.empty.heading')" [text]="i18n.t('reports.mine.empty.text')">
        <a wkButton routerLink="/aspirasi/baru">{{ i18n.t('reports.list.new') }}</a>
      </wk-empty-state>
    } @else {
      <wk-report-summary-table [caption]="i18n.t('reports.mine.caption')" [list]="pages" audience="mine" />
    }
  `,
})
export class MyReportsPage {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  protected readonly pages = new KeysetList<ReportSummaryDto, void>((_query, after) => this.api.listMyReports({ after, limit: PAGE_SIZE }));

  constructor() {
    void this.pages.load();
  }

  protected problemText(problem: ApiProblem): string {
    return problemMessage(problem, this.i18n);
  }
}
