import { ChangeDetectionStrategy, Component, booleanAttribute, computed, inject, input } from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { wkId } from './types';

/** A group of checkboxes or radios (`<label class="wk-check"><input type="radio"> Teks</label>`) with legend, hint and error. */
@Component({
  selector: 'wk-fieldset',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="wk-fieldset" [class.wk-fieldset--error]="!!error()" [attr.aria-describedby]="describedBy()">
      <legend class="wk-fieldset__legend">
        {{ legend() }}
        @if (required()) {
          <span class="wk-field__marker">{{ i18n.t('ui.required') }}</span>
        }
      </legend>
      @if (hint()) {
        <p class="wk-field__hint" [id]="hintId">{{ hint() }}</p>
      }
      @if (error()) {
        <p class="wk-field__error" [id]="errorId">
          <span class="wk-visually-hidden">{{ i18n.t('ui.error.prefix') }}</span> {{ error() }}
        </p>
      }
      <div class="wk-fieldset__options"><ng-content /></div>
    </fieldset>
  `,
})
export class WkFieldset {
  readonly legend = input.required<string>();
  readonly hint = input<string | null | undefined>(null);
  readonly error = input<string | null | undefined>(null);
  readonly required = input(false, { transform: booleanAttribute });

  protected readonly i18n = inject(I18n);
  private readonly id = wkId('fieldset');
  protected readonly hintId = `${this.id}-hint`;
  protected readonly errorId = `${this.id}-error`;
  protected readonly describedBy = computed(
    () => [this.hint() ? this.hintId : '', this.error() ? this.errorId : ''].filter(Boolean).join(' ') || null,
  );
}
