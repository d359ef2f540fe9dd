import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { AreaBoundaries } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkAreaMap, WkMapPoint } from '@walikota/web-ui';

/**
 * A small map of the venue on the city's areas, drawn in the browser once the outlines arrived
 * (never on the server); the address is on the page as text.
 */
@Component({
  selector: 'wk-meeting-point-map',
  imports: [WkAreaMap],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (boundaries.value(); as b) {
      <wk-area-map
        size="small"
        fitPoints
        [features]="b.features"
        [bbox]="b.bbox"
        [attribution]="b.attribution"
        [label]="i18n.t('meetings.meeting.map')"
        [summary]="summary()"
        [points]="points()"
        [pointLabel]="i18n.t('meetings.meeting.mapPoint')"
      />
    }
  `,
})
export class MeetingPointMap {
  readonly latitude = input.required<number>();
  readonly longitude = input.required<number>();
  readonly name = input.required<string>();

  protected readonly i18n = inject(I18n);
  protected readonly boundaries = inject(AreaBoundaries);
  protected readonly points = computed<WkMapPoint[]>(() => [
    { id: 'venue', latitude: this.latitude(), longitude: this.longitude(), label: this.name() },
  ]);
  protected readonly summary = computed(() =>
    this.i18n.t('meetings.meeting.mapSummary', { name: this.name(), latitude: this.latitude(), longitude: this.longitude() }),
  );

  constructor() {
    void this.boundaries.load();
  }
}
