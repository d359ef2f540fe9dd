import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AuditEntryDto, AuditVerificationDto } from '@walikota/shared-contracts';
import { AUDIT_TARGET_TYPES, isAuditAction } from '@walikota/shared-contracts';
import { API, ApiProblem, CityFormat, FormState, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import {
  WkAlert,
  WkBreadcrumb,
  WkBreadcrumbs,
  WkButton,
  WkCell,
  WkColumn,
  WkControl,
  WkField,
  WkPageHeader,
  WkTable,
} from '@walikota/web-ui';
import { adminPath, loadErrorText } from '../data-access/paths';
import { AuditQuery, AuditStore, compact } from '../data-access/stores';
import { ExpandedRows } from '../data-access/expanded-rows';
import { auditActionGroups, auditActionKey, auditActor, auditChainBreakKey, auditTarget, auditTargetTypeKey } from './audit-labels';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERS = ['action', 'targetType', 'targetId', 'actorId'] as const;

/**
 * The audit log, newest first; filters live in the URL (`?action=&targetType=&targetId=&actorId=`).
 * Above it, a check of the whole hash chain.
 */
@Component({
  selector: 'wk-admin-audit-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkBreadcrumbs, WkButton, WkCell, WkControl, WkField, WkPageHeader, WkTable],
  providers: [AuditStore, FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrls: ['../styles/admin-list.css', './audit.page.css'],
})
export class AuditPage {
  protected readonly i18n = inject(I18n);
  protected readonly audit = inject(AuditStore);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly format = inject(CityFormat);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly form = new FormGroup({
    action: new FormControl('', { nonNullable: true }),
    targetType: new FormControl('', { nonNullable: true }),
    targetId: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(64)] }),
    actorId: new FormControl('', { nonNullable: true, validators: [Validators.pattern(UUID)] }),
  });
  protected readonly filtered = signal(false);
  protected readonly rows = new ExpandedRows();
  protected readonly actionGroups = auditActionGroups();
  protected readonly targetTypes = AUDIT_TARGET_TYPES;

  /** The last chain check: its answer, or why it could not run. */
  protected readonly verifying = signal(false);
  protected readonly verification = signal<AuditVerificationDto | null>(null);
  protected readonly verificationProblem = signal<ApiProblem | null>(null);

  protected readonly crumbs = computed<WkBreadcrumb[]>(() => [
    { label: this.i18n.t('admin.title.home'), link: adminPath() },
    { label: this.i18n.t('admin.title.audit') },
  ]);
  protected readonly columns = computed<WkColumn[]>(() => [
    { key: 'occurredAt', label: this.i18n.t('admin.audit.time') },
    { key: 'actor', label: this.i18n.t('admin.audit.actor') },
    { key: 'action', label: this.i18n.t('admin.audit.action') },
    { key: 'target', label: this.i18n.t('admin.audit.target') },
    { key: 'reason', label: this.i18n.t('admin.audit.reason') },
  ]);

  protected readonly actionKey = auditActionKey;
  protected readonly targetTypeKey = auditTargetTypeKey;
  protected readonly actor = auditActor;
  protected readonly target = auditTarget;

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const query: AuditQuery = compact(Object.fromEntries(FILTERS.map((key) => [key, params.get(key)?.trim() || undefined])));
      this.filtered.set(Object.keys(query).length > 0);
      // A code the lists do not know (an old bookmark) shows as "all", as the store ignores it too.
      this.form.reset({
        action: query.action && isAuditAction(query.action) ? query.action : '',
        targetType: AUDIT_TARGET_TYPES.find((type) => type === query.targetType) ?? '',
        targetId: query.targetId ?? '',
        actorId: query.actorId ?? '',
      });
      this.rows.closeAll();
      void this.audit.load(query).then(() => this.showProblem());
    });
  }

  protected async filter(): Promise<void> {
    // Checked here; the list itself loads when the URL changes (so back/forward work too).
    await this.state.submit(this.form, this.labels(), async () => {
      const values = this.form.getRawValue();
      const queryParams = compact(Object.fromEntries(FILTERS.map((key) => [key, values[key].trim()])));
      await this.router.navigate([], { relativeTo: this.route, queryParams });
    });
  }

  protected clear(): void {
    this.state.reset();
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected async verify(): Promise<void> {
    if (this.verifying()) return;
    this.verifying.set(true);
    this.verification.set(null);
    this.verificationProblem.set(null);
    try {
      this.verification.set(await this.api.verifyAuditLog());
    } catch (error) {
      this.verificationProblem.set(toApiProblem(error));
    } finally {
      this.verifying.set(false);
    }
  }

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }

  protected time(entry: AuditEntryDto): string {
    return this.format.dateTime(entry.occurredAt);
  }

  protected dateTime(value: string): string {
    return this.format.dateTime(value);
  }

  protected count(value: number): string {
    return numberFormat(this.i18n.locale()).format(value);
  }

  protected breakText(result: AuditVerificationDto): string {
    return result.reason ? this.i18n.t(auditChainBreakKey(result.reason)) : this.i18n.t('admin.audit.verify.broken');
  }

  protected json(value: Record<string, unknown> | null): string {
    return value === null ? this.i18n.t('admin.none') : JSON.stringify(value, null, 2);
  }

  private labels(): Record<string, string> {
    return Object.fromEntries(FILTERS.map((key) => [key, this.i18n.t(`admin.audit.${key}`)]));
  }

  /** The API checks the filters too (e.g. an actor id that is no id): its messages go next to the fields. */
  private showProblem(): void {
    const problem = this.audit.problem();
    if (problem && Object.keys(problem.fields).length) this.state.fail(problem, this.labels());
    else this.state.reset();
  }
}
