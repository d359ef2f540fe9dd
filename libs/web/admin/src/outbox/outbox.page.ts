import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { ActivatedRoute, Router } from '@angular/router';
import type { OutboxEmailDto } from '@walikota/shared-contracts';
import { ApiProblem, CityFormat } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import {
  WkAlert,
  WkBadge,
  WkBreadcrumb,
  WkBreadcrumbs,
  WkButton,
  WkCell,
  WkColumn,
  WkControl,
  WkField,
  WkPageHeader,
  WkTable,
  WkTone,
} from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { OutboxStatus, OutboxStore } from '../data-access/stores';
import { ExpandedRows } from '../data-access/expanded-rows';
import { LinkPartsPipe } from './link-parts';

const STATUSES: readonly OutboxStatus[] = ['pending', 'sent', 'failed'];
const TONES: Record<OutboxStatus, WkTone> = { pending: 'info', sent: 'success', failed: 'danger' };

/**
 * The e-mail outbox. In embedded mode nothing is sent out: admins read the e-mails here, and
 * follow their links (verification, password reset) from here.
 */
@Component({
  selector: 'wk-admin-outbox-page',
  imports: [
    ReactiveFormsModule,
    LinkPartsPipe,
    WkAlert,
    WkBadge,
    WkBreadcrumbs,
    WkButton,
    WkCell,
    WkControl,
    WkField,
    WkPageHeader,
    WkTable,
  ],
  providers: [OutboxStore],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './outbox.page.html',
  styleUrl: '../styles/admin-list.css',
})
export class OutboxPage {
  protected readonly i18n = inject(I18n);
  protected readonly outbox = inject(OutboxStore);
  private readonly format = inject(CityFormat);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly statuses = STATUSES;
  protected readonly form = new FormGroup({ status: new FormControl('', { nonNullable: true }) });
  protected readonly filtered = signal(false);
  protected readonly rows = new ExpandedRows();
  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.title.outbox') },
  ]);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'createdAt', label: this.i18n.t('admin.outbox.time') },
    { key: 'toAddress', label: this.i18n.t('admin.outbox.to') },
    { key: 'subject', label: this.i18n.t('admin.outbox.subject') },
    { key: 'status', label: this.i18n.t('admin.outbox.status') },
    { key: 'attempts', label: this.i18n.t('admin.outbox.attempts'), align: 'end' },
  ]);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const value = params.get('status');
      const status = STATUSES.includes(value as OutboxStatus) ? (value as OutboxStatus) : undefined;
      this.filtered.set(status !== undefined);
      this.form.reset({ status: status ?? '' });
      this.rows.closeAll();
      void this.outbox.load(status ? { status } : {});
    });
  }

  protected filter(): void {
    const status = this.form.getRawValue().status;
    void this.router.navigate([], { relativeTo: this.route, queryParams: status ? { status } : {} });
  }

  protected clear(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }

  protected time(email: OutboxEmailDto): string {
    return this.format.dateTime(email.createdAt);
  }

  protected tone(email: OutboxEmailDto): WkTone {
    return TONES[email.status];
  }
}
