import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { API, problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { Toasts, WkButton } from '@walikota/web-ui';

/** "Send the verification e-mail again", for a signed-in user whose address is not verified. */
@Component({
  selector: 'wk-resend-verification',
  imports: [WkButton],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `<button wkButton [variant]="variant()" type="button" [busy]="sending()" (click)="resend()">
    {{ i18n.t('auth.verify.resend') }}
  </button>`,
})
export class ResendVerification {
  protected readonly i18n = inject(I18n);
  private readonly api = inject(API);
  private readonly toasts = inject(Toasts);
  readonly variant = input<'primary' | 'secondary'>('primary');
  protected readonly sending = signal(false);

  protected async resend(): Promise<void> {
    this.sending.set(true);
    try {
      await this.api.resendVerification();
      this.toasts.show(this.i18n.t('auth.verify.resent'), 'success');
    } catch (error) {
      this.toasts.show(problemMessage(toApiProblem(error), this.i18n), 'error');
    } finally {
      this.sending.set(false);
    }
  }
}
