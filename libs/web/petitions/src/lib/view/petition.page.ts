import { ChangeDetectionStrategy, Component, RESPONSE_INIT, computed, effect, inject, input, resource, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import type { PetitionDetailDto, PetitionThresholdDto, SignatureResultDto } from '@walikota/shared-contracts';
import { API, CityFormat, PageDetails, PageMeta, Session, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n, numberFormat } from '@walikota/web-i18n';
import { WkAlert, WkBadge, WkButton, WkPageHeader, WkSkeleton } from '@walikota/web-ui';
import { petitionLabels } from '../../data-access/petition-labels';
import { pollPetitionCount } from './count-poller';
import { SignPanel } from './sign-panel';
import { SignaturesByArea } from './signatures-by-area';
import { SponsorPanel } from './sponsor-panel';

interface ThresholdLine {
  key: 'response' | 'agenda';
  signatures: string;
  reached: string | null;
  remaining: string | null;
  progress: number;
  max: number;
}

/**
 * `/petisi/<code>`: a petition's page. Rendered on the server for visitors and link previews (its
 * own title and a line with its count and status); its count follows while the page is open.
 * Its creator and sponsors see the draft's and sponsors' state; moderators and the responding
 * department's officials a link to their pages.
 */
@Component({
  selector: 'wk-petition-page',
  imports: [RouterLink, WkAlert, WkBadge, WkButton, WkPageHeader, WkSkeleton, SignPanel, SignaturesByArea, SponsorPanel],
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './petition.page.html',
  styleUrl: './petition.page.css',
})
export class PetitionPage {
  protected readonly i18n = inject(I18n);
  protected readonly session = inject(Session);
  protected readonly format = inject(CityFormat);
  protected readonly labels = petitionLabels(this.i18n);
  private readonly api = inject(API);
  /** From the URL, `/petisi/PTS-2026-000123`. */
  readonly code = input.required<string>();
  /** Just saved by the drafting form (router state). */
  protected readonly saved = signal(!!inject(Router).currentNavigation()?.extras.state?.['saved']);

  protected readonly petition = resource<PetitionDetailDto, string>({
    params: () => this.code().trim().toUpperCase(),
    loader: ({ params }) => this.api.getPetition(params),
  });
  protected readonly value = computed(() => (this.petition.hasValue() ? (this.petition.value() ?? null) : null));
  private readonly problem = computed(() => {
    const error = this.petition.error();
    return error ? toApiProblem(error) : null;
  });
  protected readonly notFound = computed(() => this.problem()?.status === 404);
  protected readonly failure = computed(() => {
    const problem = this.problem();
    return problem && problem.status !== 404 ? problemMessage(problem, this.i18n) : null;
  });

  /** The count asked for while an open petition's page is open (browser only). */
  private readonly live = pollPetitionCount(
    computed(() => {
      const p = this.value();
      return p?.state === 'open' ? p.code : null;
    }),
    (code) => this.api.getPetitionCount(code),
  );
  /** The newest of the petition's count and the one asked for since. */
  protected readonly count = computed(() => {
    const p = this.value();
    const live = this.live();
    if (!p) return 0;
    return live && live.countedAt >= p.countedAt ? live.signatureCount : p.signatureCount;
  });
  protected readonly countText = computed(() => numberFormat(this.i18n.locale()).format(this.count()));

  protected readonly published = computed(() => ['open', 'closed'].includes(this.value()?.state ?? ''));
  protected readonly showSponsorPanel = computed(() => {
    const p = this.value();
    return !!p && !!p.moderation && ['draft', 'gathering_sponsors', 'pending_moderation'].includes(p.state);
  });
  protected readonly moderates = computed(() => this.session.hasRole('moderator', 'admin'));
  /** An official of the responding department, or an admin, may write the response. */
  protected readonly responds = computed(() => {
    const p = this.value();
    if (!p || !['open', 'closed'].includes(p.state)) return false;
    if (this.session.hasRole('admin')) return true;
    return this.session.hasRole('official') && !!p.department && (this.session.profile()?.departmentIds ?? []).includes(p.department.id);
  });

  protected readonly thresholds = computed<ThresholdLine[]>(() => {
    const p = this.value();
    if (!p) return [];
    const format = numberFormat(this.i18n.locale());
    const line = (key: ThresholdLine['key'], t: PetitionThresholdDto): ThresholdLine => ({
      key,
      signatures: format.format(t.signatures),
      reached: t.reachedAt ? this.format.date(t.reachedAt) : null,
      remaining: t.reachedAt ? null : format.format(Math.max(0, t.signatures - this.count())),
      progress: Math.min(this.count(), t.signatures),
      max: t.signatures,
    });
    return [line('response', p.responseThreshold), line('agenda', p.agendaThreshold)];
  });

  /** What a shared link shows: the title, the count and the status (in the page's language). */
  private readonly details = computed<PageDetails | null>(() => {
    const p = this.value();
    if (!p) return null;
    const params = { count: numberFormat(this.i18n.locale()).format(p.signatureCount), status: this.labels.status(p) };
    return {
      title: p.title,
      type: 'article',
      description: this.i18n.t(p.state === 'open' ? 'petitions.meta.open' : 'petitions.meta.other', params),
    };
  });

  constructor() {
    inject(PageMeta).follow(this.details);
    // Rendered on the server: a code that names no visible petition answers 404.
    const response = inject(RESPONSE_INIT, { optional: true });
    effect(() => {
      if (response && this.notFound()) response.status = 404;
    });
  }

  protected signed(result: SignatureResultDto): void {
    this.saved.set(false);
    void result;
    this.petition.reload();
  }

  protected updated(petition: PetitionDetailDto): void {
    this.saved.set(false);
    this.petition.set(petition);
  }
}
