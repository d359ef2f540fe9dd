import { ChangeDetectionStrategy, Component, DestroyRef, computed, effect, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { FormControl, FormGroup, ReactiveFormsModule, Validators } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import type { AuditEntryDto } from '@walikota/shared-contracts';
import { API, ApiProblem, CityFormat, FormState } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const FILTERS = ['action', 'targetType', 'targetId', 'actorId'] as const;

/** The audit log, newest first; filters live in the URL (`?action=&targetType=&targetId=&actorId=`). */
@Component({
  selector: 'wk-admin-audit-page',
  imports: [ReactiveFormsModule, RouterLink, WkAlert, WkBreadcrumbs, WkButton, WkCell, WkControl, WkField, WkPageHeader, WkTable],
  providers: [AuditStore, FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './audit.page.html',
  styleUrl: '../styles/admin-list.css',
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
    action: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(80)] }),
    targetType: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(40)] }),
    targetId: new FormControl('', { nonNullable: true, validators: [Validators.maxLength(64)] }),
    actorId: new FormControl('', { nonNullable: true, validators: [Validators.pattern(UUID)] }),
  });
  protected readonly filtered = signal(false);
  protected readonly rows = new ExpandedRows();
  /** Names of the users on screen (actors, targets), looked up once each. */
  private readonly names = signal<ReadonlyMap<string, string>>(new Map());
  private readonly asked = new Set<string>();

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
  protected readonly userLink = (id: string) => adminPath('pengguna', id);

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed(inject(DestroyRef))).subscribe((params) => {
      const query: AuditQuery = compact(Object.fromEntries(FILTERS.map((key) => [key, params.get(key)?.trim() || undefined])));
      this.filtered.set(Object.keys(query).length > 0);
      this.form.reset({
        action: query.action ?? '',
        targetType: query.targetType ?? '',
        targetId: query.targetId ?? '',
        actorId: query.actorId ?? '',
      });
      this.rows.closeAll();
      void this.audit.load(query).then(() => this.showProblem());
    });
    effect(() => {
      for (const entry of this.audit.items()) {
        if (entry.actorId) void this.lookUp(entry.actorId);
        if (entry.targetType === 'user' && entry.targetId) void this.lookUp(entry.targetId);
      }
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

  protected loadError(problem: ApiProblem): string {
    return loadErrorText(problem, this.i18n);
  }

  protected time(entry: AuditEntryDto): string {
    return this.format.dateTime(entry.occurredAt);
  }

  protected userName(id: string): string {
    return this.names().get(id) ?? id;
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

  private async lookUp(id: string): Promise<void> {
    if (this.asked.has(id)) return;
    this.asked.add(id);
    try {
      const user = await this.api.getUser(id);
      this.names.update((names) => new Map(names).set(id, user.name));
    } catch {
      // The short id stays on screen.
    }
  }
}
