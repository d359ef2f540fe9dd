import { ChangeDetectionStrategy, Component, Injector, afterNextRender, computed, effect, inject, input, resource } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormArray, FormBuilder, FormControl, FormGroup, ReactiveFormsModule, ValidatorFn, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { MEETING_LIMITS as L, MEETING_TYPES } from '@walikota/shared-contracts';
import type { AgendaPetitionOptionDto, MeetingDetailDto, MeetingInputDto, MeetingType } from '@walikota/shared-contracts';
import { API, AreaBoundaries, FormState, Session, SiteStore, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import {
  WkAlert,
  WkAreaMap,
  WkBadge,
  WkButton,
  WkControl,
  WkErrorSummary,
  WkField,
  WkFieldset,
  WkLatLng,
  WkPageHeader,
  WkSkeleton,
} from '@walikota/web-ui';
import { loadErrorText } from '../data-access/paths';
import { DepartmentsStore } from '../data-access/stores';
import { cityLocalToInstant, instantToCityLocal, zoneAbbreviation } from './city-time';
import { meetingPath, parseDecimal } from './meeting-labels';

const DECIMAL = /^\s*-?\d{1,3}([.,]\d+)?\s*$/;
const LOCAL_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/;

type AgendaRow = FormGroup<{
  title: FormControl<string>;
  durationMinutes: FormControl<number | null>;
  presenterName: FormControl<string>;
  petitionCode: FormControl<string>;
}>;

/**
 * `/admin/balai-kota/baru` and `/admin/balai-kota/<code>/ubah`: schedules a meeting or edits a
 * scheduled one — what, how (in person, online, hybrid), where, when (in the city's time zone),
 * how many places, which department, and the agenda, to which the petitions that reached the
 * agenda threshold can be added. The API's field problems show next to their fields.
 */
@Component({
  selector: 'wk-admin-meeting-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    WkAlert,
    WkAreaMap,
    WkBadge,
    WkButton,
    WkControl,
    WkErrorSummary,
    WkField,
    WkFieldset,
    WkPageHeader,
    WkSkeleton,
  ],
  providers: [FormState],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <wk-page-header [heading]="i18n.t(code() ? 'admin.meetings.title.edit' : 'admin.meetings.title.new')" [lead]="meetingTitle()">
      <p>
        <a [routerLink]="backPath()">{{ i18n.t(code() ? 'admin.meetings.backToMeeting' : 'admin.meetings.backToList') }}</a>
      </p>
    </wk-page-header>
    @if (code() && meeting.isLoading() && !meeting.hasValue()) {
      <wk-skeleton [lines]="8" />
    } @else if (code() && meeting.error()) {
      <wk-alert tone="danger">{{ loadError() }}</wk-alert>
    } @else if (notEditable()) {
      <wk-alert tone="warning">{{ i18n.t('admin.meetings.form.notEditable') }}</wk-alert>
    } @else {
      <wk-error-summary [errors]="state.problems()" />
      <form class="wk-form meeting-form" [formGroup]="form" (ngSubmit)="submit()" novalidate>
        <wk-field [label]="i18n.t('admin.meetings.field.title')" [error]="state.error('title')" [max]="limits.titleMax" required>
          <input wkControl id="field-title" type="text" formControlName="title" />
        </wk-field>
        <wk-field
          [label]="i18n.t('admin.meetings.field.description')"
          [hint]="i18n.t('admin.meetings.field.descriptionHint')"
          [error]="state.error('description')"
          [max]="limits.descriptionMax"
        >
          <textarea wkControl id="field-description" rows="8" formControlName="description"></textarea>
        </wk-field>
        <wk-fieldset [legend]="i18n.t('admin.meetings.field.type')" [error]="state.error('type')" required>
          @for (t of types; track t; let first = $first) {
            <label class="wk-check">
              <input type="radio" formControlName="type" [value]="t" [attr.id]="first ? 'field-type' : null" />
              <span>{{ i18n.t('admin.meetings.type.' + t) }}</span>
            </label>
          }
        </wk-fieldset>
        @if (type() !== 'online') {
          <wk-field
            [label]="i18n.t('admin.meetings.field.venueName')"
            [error]="state.error('venueName')"
            [max]="limits.venueNameMax"
            required
          >
            <input wkControl id="field-venueName" type="text" formControlName="venueName" />
          </wk-field>
          <wk-field
            [label]="i18n.t('admin.meetings.field.venueAddress')"
            [error]="state.error('venueAddress')"
            [max]="limits.venueAddressMax"
            required
          >
            <input wkControl id="field-venueAddress" type="text" formControlName="venueAddress" autocomplete="off" />
          </wk-field>
          <fieldset class="wk-fieldset">
            <legend class="wk-fieldset__legend">{{ i18n.t('admin.meetings.field.point') }}</legend>
            <p class="wk-field__hint">{{ i18n.t('admin.meetings.field.pointHint') }}</p>
            @if (boundaries.value(); as b) {
              <p class="wk-field__hint">{{ i18n.t('admin.meetings.field.mapHint') }}</p>
              <wk-area-map
                mode="pick"
                size="small"
                [features]="b.features"
                [bbox]="b.bbox"
                [attribution]="b.attribution"
                [label]="i18n.t('admin.meetings.field.mapLabel')"
                [picked]="picked()"
                (pick)="pickPoint($event)"
              />
            }
            <div class="meeting-pair">
              <wk-field [label]="i18n.t('admin.meetings.field.latitude')" [error]="state.error('latitude')" required>
                <input wkControl id="field-latitude" type="text" inputmode="decimal" autocomplete="off" formControlName="latitude" />
              </wk-field>
              <wk-field [label]="i18n.t('admin.meetings.field.longitude')" [error]="state.error('longitude')" required>
                <input wkControl id="field-longitude" type="text" inputmode="decimal" autocomplete="off" formControlName="longitude" />
              </wk-field>
            </div>
          </fieldset>
        }
        @if (type() !== 'in_person') {
          <wk-field
            [label]="i18n.t('admin.meetings.field.onlineUrl')"
            [hint]="i18n.t('admin.meetings.field.onlineUrlHint')"
            [error]="state.error('onlineUrl')"
            [max]="limits.onlineUrlMax"
            required
          >
            <input wkControl id="field-onlineUrl" type="url" inputmode="url" autocomplete="off" formControlName="onlineUrl" />
          </wk-field>
        }
        <div class="meeting-pair">
          <wk-field [label]="i18n.t('admin.meetings.field.startsAt')" [hint]="zoneHint()" [error]="state.error('startsAt')" required>
            <input wkControl id="field-startsAt" type="datetime-local" formControlName="startsAt" />
          </wk-field>
          <wk-field [label]="i18n.t('admin.meetings.field.endsAt')" [hint]="zoneHint()" [error]="state.error('endsAt')" required>
            <input wkControl id="field-endsAt" type="datetime-local" formControlName="endsAt" />
          </wk-field>
        </div>
        <wk-field
          [label]="i18n.t('admin.meetings.field.capacity')"
          [hint]="i18n.t('admin.meetings.field.capacityHint')"
          [error]="state.error('capacity')"
          required
        >
          <input
            wkControl
            id="field-capacity"
            type="number"
            inputmode="numeric"
            min="1"
            [max]="limits.capacityMax"
            formControlName="capacity"
          />
        </wk-field>
        <wk-field [label]="i18n.t('admin.meetings.field.department')" [error]="state.error('departmentId')" required>
          <select wkControl id="field-departmentId" formControlName="departmentId">
            <option value="">{{ i18n.t('admin.meetings.field.chooseDepartment') }}</option>
            @for (d of departmentOptions(); track d.id) {
              <option [value]="d.id">{{ d.name }}</option>
            }
          </select>
        </wk-field>

        <section class="meeting-agenda" aria-labelledby="agenda-heading">
          <h2 id="agenda-heading">{{ i18n.t('admin.meetings.agenda.heading') }}</h2>
          <p class="wk-field__hint">{{ i18n.t('admin.meetings.agenda.hint') }}</p>
          @if (state.error('agenda'); as error) {
            <p class="wk-field__error">{{ error }}</p>
          }
          <ol class="meeting-rows" formArrayName="agenda">
            @for (row of agenda.controls; track row; let i = $index; let last = $last) {
              <li [formGroupName]="i">
                <fieldset class="wk-fieldset meeting-row">
                  <legend class="wk-fieldset__legend">{{ rowName(i) }}</legend>
                  @if (row.controls.petitionCode.value; as petition) {
                    <p class="wk-field__hint">{{ i18n.t('admin.meetings.agenda.petition', { code: petition }) }}</p>
                  }
                  <wk-field
                    [label]="i18n.t('admin.meetings.agenda.title')"
                    [error]="state.error('agenda.' + i + '.title') || state.error('agenda.' + i + '.petitionCode')"
                    [max]="limits.agendaTitleMax"
                    required
                  >
                    <input wkControl [id]="'field-agenda.' + i + '.title'" type="text" formControlName="title" />
                  </wk-field>
                  <div class="meeting-pair">
                    <wk-field
                      [label]="i18n.t('admin.meetings.agenda.minutes')"
                      [error]="state.error('agenda.' + i + '.durationMinutes')"
                      required
                    >
                      <input
                        wkControl
                        [id]="'field-agenda.' + i + '.durationMinutes'"
                        type="number"
                        inputmode="numeric"
                        min="1"
                        [max]="limits.agendaMinutesMax"
                        formControlName="durationMinutes"
                      />
                    </wk-field>
                    <wk-field
                      [label]="i18n.t('admin.meetings.agenda.presenter')"
                      [error]="state.error('agenda.' + i + '.presenterName')"
                      [max]="limits.presenterMax"
                    >
                      <input wkControl [id]="'field-agenda.' + i + '.presenterName'" type="text" formControlName="presenterName" />
                    </wk-field>
                  </div>
                  <div class="wk-actions">
                    <button wkButton variant="secondary" type="button" [id]="'agenda-up-' + i" [disabled]="i === 0" (click)="move(i, -1)">
                      {{ i18n.t('admin.meetings.row.up') }}<span class="wk-visually-hidden"> {{ rowName(i) }}</span>
                    </button>
                    <button wkButton variant="secondary" type="button" [id]="'agenda-down-' + i" [disabled]="last" (click)="move(i, 1)">
                      {{ i18n.t('admin.meetings.row.down') }}<span class="wk-visually-hidden"> {{ rowName(i) }}</span>
                    </button>
                    <button wkButton variant="link" type="button" (click)="remove(i)">
                      {{ i18n.t('admin.meetings.row.remove') }}<span class="wk-visually-hidden"> {{ rowName(i) }}</span>
                    </button>
                  </div>
                </fieldset>
              </li>
            }
          </ol>
          <p>
            <button wkButton variant="secondary" type="button" id="field-agenda" (click)="add()">
              {{ i18n.t('admin.meetings.agenda.add') }}
            </button>
          </p>
        </section>

        <section class="meeting-agenda" aria-labelledby="petitions-heading">
          <h2 id="petitions-heading">{{ i18n.t('admin.meetings.petitions.heading') }}</h2>
          <p class="wk-field__hint">{{ i18n.t('admin.meetings.petitions.hint') }}</p>
          @if (petitions.isLoading() && !petitions.hasValue()) {
            <wk-skeleton [lines]="2" />
          } @else if (petitions.error()) {
            <wk-alert tone="danger">{{ petitionsError() }}</wk-alert>
          } @else if (petitionOptions().length) {
            <ul class="meeting-petitions">
              @for (p of petitionOptions(); track p.code) {
                <li>
                  <span class="meeting-petition-title">{{ p.title }}</span>
                  <span class="wk-muted"
                    >{{ p.code }} · {{ i18n.t('admin.meetings.petitions.signatures', { count: p.signatureCount }) }}</span
                  >
                  @if (p.scheduled) {
                    <wk-badge tone="info">{{ i18n.t('admin.meetings.petitions.scheduled') }}</wk-badge>
                  }
                  @if (inAgenda(p.code)) {
                    <span>{{ i18n.t('admin.meetings.petitions.added') }}</span>
                  } @else {
                    <button wkButton variant="secondary" type="button" (click)="addPetition(p)">
                      {{ i18n.t('admin.meetings.petitions.add') }}<span class="wk-visually-hidden">: {{ p.title }}</span>
                    </button>
                  }
                </li>
              }
            </ul>
          } @else {
            <p>{{ i18n.t('admin.meetings.petitions.empty') }}</p>
          }
        </section>

        <div class="wk-actions">
          <button wkButton type="submit" [busy]="state.busy()">{{ i18n.t('common.save') }}</button>
          <a [routerLink]="backPath()">{{ i18n.t('common.cancel') }}</a>
        </div>
      </form>
    }
  `,
  styles: `
    .meeting-form {
      max-width: 42rem;
    }
    .meeting-pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: var(--space-4);
    }
    .meeting-rows,
    .meeting-petitions {
      display: grid;
      gap: var(--space-4);
      margin: 0 0 var(--space-4);
      padding: 0;
      list-style: none;
    }
    .meeting-row {
      display: grid;
      gap: var(--space-4);
      padding: var(--space-4);
      border: 1px solid var(--color-border-strong);
      border-radius: var(--radius);
    }
    .meeting-row > legend {
      padding: 0 var(--space-2);
    }
    .meeting-petitions > li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-2) var(--space-3);
      align-items: center;
    }
    .meeting-petition-title {
      flex-basis: 100%;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
  `,
})
export class MeetingFormPage {
  protected readonly i18n = inject(I18n);
  protected readonly state = inject(FormState);
  private readonly api = inject(API);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  private readonly site = inject(SiteStore);
  private readonly departments = inject(DepartmentsStore);
  private readonly injector = inject(Injector);
  private readonly fb = inject(FormBuilder).nonNullable;
  /** Set on `:code/ubah` (route parameter); absent on `baru`. */
  readonly code = input<string>();
  protected readonly limits = L;
  protected readonly types = MEETING_TYPES;

  private readonly timeZone = computed(() => this.site.site()?.timeZone ?? 'Asia/Jakarta');
  protected readonly zoneHint = computed(() =>
    this.i18n.t('admin.meetings.field.timeHint', { zone: zoneAbbreviation(this.timeZone()), name: this.timeZone() }),
  );

  protected readonly meeting = resource<MeetingDetailDto | null, string | undefined>({
    params: () => this.code(),
    loader: ({ params }) => (params ? this.api.getMeeting(params) : Promise.resolve(null)),
  });
  private readonly detail = computed(() => (this.meeting.hasValue() ? this.meeting.value() : null));
  protected readonly meetingTitle = computed(() => this.detail()?.title ?? null);
  protected readonly notEditable = computed(() => {
    const m = this.detail();
    return !!m && (m.status !== 'scheduled' || !m.canManage);
  });
  protected readonly loadError = computed(() => loadErrorText(toApiProblem(this.meeting.error()), this.i18n));
  protected readonly backPath = computed(() => (this.code() ? meetingPath(this.code() ?? '') : meetingPath()));

  protected readonly petitions = resource({ loader: () => this.api.listMeetingAgendaPetitions() });
  protected readonly petitionOptions = computed(() => (this.petitions.hasValue() ? this.petitions.value() : []));
  protected readonly petitionsError = computed(() => loadErrorText(toApiProblem(this.petitions.error()), this.i18n));

  /** Admins organise for any department; officials for their own. */
  protected readonly departmentOptions = computed(() => {
    const own = this.session.profile()?.departmentIds ?? [];
    const all = this.session.hasRole('admin');
    const current = this.detail()?.department;
    const options = this.departments
      .items()
      .filter((d) => all || own.includes(d.id))
      .map((d) => ({ id: d.id, name: this.departments.name(d) }));
    if (current && !options.some((o) => o.id === current.id)) options.push({ id: current.id, name: current.name });
    return options;
  });

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(L.titleMin), Validators.maxLength(L.titleMax)]],
    description: ['', Validators.maxLength(L.descriptionMax)],
    type: ['in_person' as MeetingType, Validators.required],
    venueName: [''],
    venueAddress: [''],
    latitude: [''],
    longitude: [''],
    onlineUrl: [''],
    startsAt: ['', [Validators.required, Validators.pattern(LOCAL_TIME)]],
    endsAt: ['', [Validators.required, Validators.pattern(LOCAL_TIME)]],
    capacity: [null as number | null, [Validators.required, Validators.min(1), Validators.max(L.capacityMax)]],
    departmentId: ['', Validators.required],
    agenda: this.fb.array<AgendaRow>([]),
  });
  protected readonly agenda: FormArray<AgendaRow> = this.form.controls.agenda;
  protected readonly type = toSignal(this.form.controls.type.valueChanges, { initialValue: this.form.controls.type.value });
  /** The venue's outlines map (absent when this deployment has no polygons: the two fields remain). */
  protected readonly boundaries = inject(AreaBoundaries);
  private readonly latitudeText = toSignal(this.form.controls.latitude.valueChanges, { initialValue: '' });
  private readonly longitudeText = toSignal(this.form.controls.longitude.valueChanges, { initialValue: '' });
  protected readonly picked = computed<WkLatLng | null>(() => {
    const latitude = parseDecimal(this.latitudeText());
    const longitude = parseDecimal(this.longitudeText());
    return latitude === null || longitude === null ? null : { latitude, longitude };
  });
  private filled = false;

  constructor() {
    void this.departments.load();
    void this.boundaries.load();
    // Editing: the meeting's values, once. An official with one department has it chosen already.
    effect(() => {
      const m = this.detail();
      if (m && !this.filled) {
        this.filled = true;
        this.fill(m);
      }
    });
    effect(() => {
      const options = this.departmentOptions();
      if (!this.code() && options.length === 1 && !this.form.controls.departmentId.value)
        this.form.controls.departmentId.setValue(options[0].id);
    });
  }

  protected rowName(i: number): string {
    return this.i18n.t('admin.meetings.agenda.row', { n: i + 1 });
  }

  protected add(): void {
    this.agenda.push(this.agendaRow());
    this.focusLater(`field-agenda.${this.agenda.length - 1}.title`);
  }

  protected remove(i: number): void {
    this.agenda.removeAt(i);
    this.state.reset();
    this.focusLater('field-agenda');
  }

  /** Swaps a row with its neighbour; focus stays on the same button of the moved row (or its other one at an end). */
  protected move(i: number, by: -1 | 1): void {
    const j = i + by;
    if (j < 0 || j >= this.agenda.length) return;
    const row = this.agenda.at(i);
    this.agenda.removeAt(i, { emitEvent: false });
    this.agenda.insert(j, row);
    this.state.reset();
    const atEnd = by < 0 ? j === 0 : j === this.agenda.length - 1;
    this.focusLater(`agenda-${by < 0 !== atEnd ? 'up' : 'down'}-${j}`);
  }

  protected pickPoint(point: WkLatLng): void {
    const round = (value: number) => String(Math.round(value * 1e6) / 1e6);
    this.form.controls.latitude.setValue(round(point.latitude));
    this.form.controls.longitude.setValue(round(point.longitude));
  }

  protected inAgenda(code: string): boolean {
    return this.agenda.controls.some((row) => row.controls.petitionCode.value === code);
  }

  protected addPetition(petition: AgendaPetitionOptionDto): void {
    this.agenda.push(this.agendaRow({ title: petition.title.slice(0, L.agendaTitleMax), petitionCode: petition.code }));
    this.focusLater(`field-agenda.${this.agenda.length - 1}.durationMinutes`);
  }

  protected async submit(): Promise<void> {
    const v = this.form.getRawValue();
    this.setConditionalValidators(v.type);
    const t = (key: string) => this.i18n.t(key);
    const labels: Record<string, string> = {
      title: t('admin.meetings.field.title'),
      description: t('admin.meetings.field.description'),
      type: t('admin.meetings.field.type'),
      ...(v.type !== 'online'
        ? {
            venueName: t('admin.meetings.field.venueName'),
            venueAddress: t('admin.meetings.field.venueAddress'),
            latitude: t('admin.meetings.field.latitude'),
            longitude: t('admin.meetings.field.longitude'),
          }
        : {}),
      ...(v.type !== 'in_person' ? { onlineUrl: t('admin.meetings.field.onlineUrl') } : {}),
      startsAt: t('admin.meetings.field.startsAt'),
      endsAt: t('admin.meetings.field.endsAt'),
      capacity: t('admin.meetings.field.capacity'),
      departmentId: t('admin.meetings.field.department'),
      agenda: t('admin.meetings.agenda.heading'),
    };
    this.agenda.controls.forEach((_, i) => {
      const row = this.rowName(i);
      labels[`agenda.${i}.title`] = `${t('admin.meetings.agenda.title')} (${row})`;
      labels[`agenda.${i}.durationMinutes`] = `${t('admin.meetings.agenda.minutes')} (${row})`;
      labels[`agenda.${i}.presenterName`] = `${t('admin.meetings.agenda.presenter')} (${row})`;
      labels[`agenda.${i}.petitionCode`] = `${t('admin.meetings.agenda.title')} (${row})`;
    });
    const saved: { code?: string } = {};
    const ok = await this.state.submit(this.form, labels, async () => {
      const body = this.body();
      const code = this.code();
      saved.code = (code ? await this.api.updateMeeting(code, body) : await this.api.createMeeting(body)).code;
    });
    if (ok && saved.code) await this.router.navigateByUrl(meetingPath(saved.code));
  }

  private body(): MeetingInputDto {
    const v = this.form.getRawValue();
    const zone = this.timeZone();
    const venue = v.type !== 'online';
    return {
      title: v.title.trim(),
      description: v.description,
      type: v.type,
      venueName: venue ? v.venueName.trim() : undefined,
      venueAddress: venue ? v.venueAddress.trim() : undefined,
      latitude: venue ? (parseDecimal(v.latitude) ?? undefined) : undefined,
      longitude: venue ? (parseDecimal(v.longitude) ?? undefined) : undefined,
      onlineUrl: v.type !== 'in_person' ? v.onlineUrl.trim() : undefined,
      startsAt: cityLocalToInstant(v.startsAt, zone) ?? v.startsAt,
      endsAt: cityLocalToInstant(v.endsAt, zone) ?? v.endsAt,
      capacity: Number(v.capacity),
      departmentId: v.departmentId,
      agenda: v.agenda.map((row) => ({
        title: row.title.trim(),
        durationMinutes: Number(row.durationMinutes),
        presenterName: row.presenterName.trim() || null,
        petitionCode: row.petitionCode || null,
      })),
    };
  }

  /** Venue and point unless online; the link unless in person. */
  private setConditionalValidators(type: MeetingType): void {
    const c = this.form.controls;
    const venue = type !== 'online';
    const set = (control: FormControl<string>, validators: ValidatorFn[]) => {
      control.setValidators(validators);
      control.updateValueAndValidity();
    };
    set(c.venueName, venue ? [Validators.required, Validators.minLength(3), Validators.maxLength(L.venueNameMax)] : []);
    set(c.venueAddress, venue ? [Validators.required, Validators.minLength(3), Validators.maxLength(L.venueAddressMax)] : []);
    set(c.latitude, venue ? [Validators.required, Validators.pattern(DECIMAL)] : []);
    set(c.longitude, venue ? [Validators.required, Validators.pattern(DECIMAL)] : []);
    set(
      c.onlineUrl,
      type !== 'in_person' ? [Validators.required, Validators.pattern(/^https:\/\/\S+$/i), Validators.maxLength(L.onlineUrlMax)] : [],
    );
  }

  private agendaRow(
    value: { title?: string; durationMinutes?: number; presenterName?: string | null; petitionCode?: string | null } = {},
  ): AgendaRow {
    return this.fb.group({
      title: [value.title ?? '', [Validators.required, Validators.minLength(L.agendaTitleMin), Validators.maxLength(L.agendaTitleMax)]],
      durationMinutes: [
        (value.durationMinutes ?? 15) as number | null,
        [Validators.required, Validators.min(1), Validators.max(L.agendaMinutesMax)],
      ],
      presenterName: [value.presenterName ?? '', Validators.maxLength(L.presenterMax)],
      petitionCode: [value.petitionCode ?? ''],
    });
  }

  private fill(m: MeetingDetailDto): void {
    const zone = this.timeZone();
    this.agenda.clear();
    for (const item of [...m.agenda].sort((a, b) => a.position - b.position)) this.agenda.push(this.agendaRow(item));
    this.form.patchValue({
      title: m.title,
      description: m.description ?? '',
      type: m.type,
      venueName: m.venueName ?? '',
      venueAddress: m.venueAddress ?? '',
      latitude: m.latitude === null ? '' : String(m.latitude),
      longitude: m.longitude === null ? '' : String(m.longitude),
      onlineUrl: m.onlineUrl ?? '',
      startsAt: instantToCityLocal(m.startsAt, zone),
      endsAt: instantToCityLocal(m.endsAt, zone),
      capacity: m.capacity,
      departmentId: m.department.id,
    });
  }

  private focusLater(id: string): void {
    afterNextRender({ write: () => document.getElementById(id)?.focus() }, { injector: this.injector });
  }
}
