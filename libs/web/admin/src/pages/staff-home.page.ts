import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Session } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkBadge, WkCard, WkPageHeader } from '@walikota/web-ui';
import { adminPath } from '../data-access/paths';
import { DepartmentsStore, ROLES } from '../data-access/stores';
import { ReportWorkCounts, WorkCount, workCountText } from '../reports/report-work-counts';

interface Section {
  link: string;
  title: string;
  text: string;
}

interface WorkCard extends Section {
  counts: string[];
}

/** "Ruang staf": who you are here, and the sections your roles open. */
@Component({
  selector: 'wk-admin-staff-home-page',
  imports: [WkBadge, WkCard, WkPageHeader],
  providers: [ReportWorkCounts],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t('admin.home.greeting', { name: session.profile()?.name ?? '' })" [lead]="i18n.t('admin.home.lead')" />
    <div class="wk-stack">
      <section aria-labelledby="admin-home-you">
        <h2 id="admin-home-you">{{ i18n.t('admin.home.you') }}</h2>
        <dl class="admin-facts">
          <dt>{{ i18n.t('admin.home.roles') }}</dt>
          <dd>
            <ul class="wk-cluster admin-plain-list">
              @for (role of roles(); track role) {
                <li>
                  <wk-badge tone="info">{{ i18n.t('admin.role.' + role) }}</wk-badge>
                </li>
              }
            </ul>
          </dd>
          <dt>{{ i18n.t('admin.home.departments') }}</dt>
          <dd>
            @if (departmentNames().length) {
              <ul class="admin-plain-list">
                @for (name of departmentNames(); track name) {
                  <li>{{ name }}</li>
                }
              </ul>
            } @else {
              <span class="wk-muted">{{ i18n.t('admin.home.noDepartments') }}</span>
            }
          </dd>
        </dl>
      </section>
      @if (sections().length) {
        <section aria-labelledby="admin-home-sections">
          <h2 id="admin-home-sections">{{ i18n.t('admin.home.sections') }}</h2>
          <ul class="wk-card-grid">
            @for (section of sections(); track section.link) {
              <li>
                <wk-card [heading]="section.title" [link]="section.link" headingLevel="3">
                  <p>{{ section.text }}</p>
                </wk-card>
              </li>
            }
          </ul>
        </section>
      }
      @if (workCards().length) {
        <section aria-labelledby="admin-home-queues">
          <h2 id="admin-home-queues">{{ i18n.t('admin.home.queues.heading') }}</h2>
          <ul class="wk-card-grid">
            @for (card of workCards(); track card.link) {
              <li>
                <wk-card [heading]="card.title" [link]="card.link" headingLevel="3">
                  <p>{{ card.text }}</p>
                  @for (line of card.counts; track $index) {
                    <p class="admin-count" [class.admin-count--first]="$first">{{ line }}</p>
                  }
                </wk-card>
              </li>
            }
          </ul>
        </section>
      }
    </div>
  `,
  styles: `
    .admin-facts {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: var(--space-3) var(--space-5);
      margin: 0;
    }
    .admin-facts dt {
      font-weight: 600;
    }
    .admin-facts dd {
      margin: 0;
    }
    /* On a phone the terms sit above their values: a role badge does not wrap. */
    @media (max-width: 30rem) {
      .admin-facts {
        grid-template-columns: 1fr;
        gap: var(--space-1);
      }
      .admin-facts dd {
        margin-bottom: var(--space-3);
      }
    }
    .admin-plain-list {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .wk-card-grid > li {
      display: flex;
    }
    .wk-card-grid wk-card {
      flex: 1;
    }
    .admin-count {
      margin: 0;
      color: var(--color-text);
      font-weight: 600;
    }
    .admin-count--first {
      margin-top: var(--space-2);
    }
  `,
})
export class StaffHomePage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  private readonly departments = inject(DepartmentsStore);
  private readonly counts = inject(ReportWorkCounts);
  /** Admins may work both lists; the API counts them as moderators and as officials of every department. */
  private readonly moderates = computed(() => this.session.hasRole('moderator', 'admin'));
  private readonly handles = computed(() => this.session.hasRole('official', 'admin'));

  protected readonly roles = computed(() => ROLES.filter((role) => this.session.roles().includes(role)));
  protected readonly departmentNames = computed(() => this.departments.names(this.session.profile()?.departmentIds ?? []));
  protected readonly sections = computed<Section[]>(() => {
    if (!this.session.hasRole('admin')) return [];
    const t = (key: string) => this.i18n.t(key);
    return [
      { link: adminPath('pengguna'), title: t('admin.title.users'), text: t('admin.home.users.text') },
      { link: adminPath('perangkat-daerah'), title: t('admin.title.departments'), text: t('admin.home.departments.text') },
      { link: adminPath('audit'), title: t('admin.title.audit'), text: t('admin.home.audit.text') },
      { link: adminPath('kotak-keluar'), title: t('admin.title.outbox'), text: t('admin.home.outbox.text') },
      { link: adminPath('petisi', 'alasan'), title: t('admin.home.petitionReasons.title'), text: t('admin.home.petitionReasons.text') },
      {
        link: adminPath('petisi', 'domain-diblokir'),
        title: t('admin.home.petitionDomains.title'),
        text: t('admin.home.petitionDomains.text'),
      },
      { link: adminPath('forum', 'kategori'), title: t('admin.home.forumCategories.title'), text: t('admin.home.forumCategories.text') },
    ];
  });

  protected readonly workCards = computed<WorkCard[]>(() => {
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    const lines = (count: WorkCount | null) => (count ? workCountText(count, t) : []);
    const cards: WorkCard[] = [];
    if (this.moderates())
      cards.push({
        link: adminPath('laporan'),
        title: t('admin.home.reportQueue.title'),
        text: t('admin.home.reportQueue.text'),
        counts: lines(this.counts.queue()),
      });
    if (this.handles())
      cards.push({
        link: adminPath('laporan', 'masuk'),
        title: t('admin.home.reportInbox.title'),
        text: t('admin.home.reportInbox.text'),
        counts: lines(this.counts.inbox()),
      });
    if (this.moderates())
      cards.push({
        link: adminPath('petisi'),
        title: t('admin.home.petitionQueue.title'),
        text: t('admin.home.petitionQueue.text'),
        counts: [],
      });
    if (this.moderates())
      cards.push({
        link: adminPath('forum'),
        title: t('admin.home.forumQueue.title'),
        text: t('admin.home.forumQueue.text'),
        counts: [],
      });
    if (this.moderates() || this.handles())
      cards.push({
        link: adminPath('balai-kota'),
        title: t('admin.home.meetings.title'),
        text: t('admin.home.meetings.text'),
        counts: [],
      });
    if (this.moderates() || this.handles())
      cards.push({
        link: adminPath('petisi', 'agenda'),
        title: t('admin.home.petitionAgenda.title'),
        text: t('admin.home.petitionAgenda.text'),
        counts: [],
      });
    return cards;
  });

  constructor() {
    void this.departments.load();
    void this.counts.load({ queue: this.moderates(), inbox: this.handles() });
  }
}
