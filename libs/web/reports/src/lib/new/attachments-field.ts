import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, input, signal } from '@angular/core';
import type { UploadDto } from '@walikota/shared-contracts';
import { problemMessage, toApiProblem } from '@walikota/web-core';
import { I18n } from '@walikota/web-i18n';
import { WkFileUpload } from '@walikota/web-ui';
import { Subscription } from 'rxjs';
import { ATTACHMENT_TYPES, AttachmentUploads, MAX_ATTACHMENTS, MAX_ATTACHMENT_BYTES } from '../../data-access/attachment-uploads';

interface Attachment {
  file: File;
  state: 'waiting' | 'uploading' | 'done' | 'failed';
  upload?: UploadDto;
  error?: string;
}

/**
 * Attachments of a new report, or a department's "after" photos when resolving one: each chosen file is uploaded at once, one after another, with the
 * progress bar of the file being sent; removing a file forgets its upload. The form sends the ids.
 */
@Component({
  selector: 'wk-attachments-field',
  imports: [WkFileUpload],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div id="field-attachmentIds" tabindex="-1">
      <wk-file-upload
        [label]="label() ?? i18n.t('report.attachments.label')"
        [hint]="hint() ?? i18n.t('report.attachments.hint')"
        [accept]="accept"
        multiple
        [maxFiles]="maxFiles"
        [maxBytes]="maxBytes"
        [progress]="progress()"
        [error]="error() || failures().join(' ') || null"
        (filesChange)="choose($event)"
      />
    </div>
    @if (attachments().length) {
      <ul class="attachment-states" aria-live="polite">
        @for (item of attachments(); track item.file) {
          <li>
            <span class="attachment-states__name">{{ item.file.name }}</span>:
            @switch (item.state) {
              @case ('done') {
                {{ i18n.t('report.attachments.uploaded') }}
              }
              @case ('failed') {
                <!-- Why, once: in the field's error above, which the picker is described by. -->
                <span class="attachment-states__failed">{{ i18n.t('report.attachments.notUploaded') }}</span>
              }
              @default {
                {{ i18n.t('report.attachments.uploading', { name: item.file.name }) }}
              }
            }
          </li>
        }
      </ul>
    }
  `,
  styles: `
    .attachment-states {
      margin: var(--space-2) 0 0;
      padding-left: 1.25rem;
      font-size: var(--font-size-sm);
    }
    .attachment-states__name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .attachment-states__failed {
      color: var(--color-danger);
    }
  `,
})
export class AttachmentsField {
  readonly error = input<string | null>(null);
  /** The picker's label and hint; by default those of a report's own attachments. */
  readonly label = input<string | null>(null);
  readonly hint = input<string | null>(null);

  protected readonly i18n = inject(I18n);
  private readonly uploads = inject(AttachmentUploads);
  protected readonly accept = ATTACHMENT_TYPES;
  protected readonly maxFiles = MAX_ATTACHMENTS;
  protected readonly maxBytes = MAX_ATTACHMENT_BYTES;
  protected readonly attachments = signal<readonly Attachment[]>([]);
  private readonly percent = signal<number | null>(null);
  private running: { file: File; subscription: Subscription } | null = null;

  /** The stored uploads' ids, in the order chosen. */
  readonly ids = computed(() => this.attachments().flatMap((a) => (a.upload ? [a.upload.id] : [])));
  /** True while a file is still waiting or being sent. */
  readonly busy = computed(() => this.attachments().some((a) => a.state === 'waiting' || a.state === 'uploading'));
  readonly failures = computed(() => this.attachments().flatMap((a) => (a.state === 'failed' && a.error ? [a.error] : [])));
  protected readonly progress = computed(() => (this.attachments().length ? this.percent() : null));

  constructor() {
    inject(DestroyRef).onDestroy(() => this.running?.subscription.unsubscribe());
  }

  protected choose(files: File[]): void {
    const kept = this.attachments().filter((a) => files.includes(a.file));
    if (this.running && !files.includes(this.running.file)) {
      this.running.subscription.unsubscribe();
      this.running = null;
    }
    const known = new Set(kept.map((a) => a.file));
    const added = files.filter((file) => !known.has(file)).map((file): Attachment => ({ file, state: 'waiting' }));
    this.attachments.set([...kept, ...added]);
    this.next();
  }

  /** Starts the next waiting file when none is being sent. */
  private next(): void {
    if (this.running) return;
    const waiting = this.attachments().find((a) => a.state === 'waiting');
    if (!waiting) return;
    const file = waiting.file;
    this.update(file, { state: 'uploading' });
    this.percent.set(0);
    const subscription = this.uploads.upload(file).subscribe({
      next: (progress) => {
        if (progress.kind === 'progress') this.percent.set(progress.percent);
        else {
          this.percent.set(100);
          this.update(file, { state: 'done', upload: progress.upload });
        }
      },
      error: (error: unknown) => {
        const reason = problemMessage(toApiProblem(error), this.i18n);
        this.update(file, { state: 'failed', error: this.i18n.t('report.attachments.failed', { name: file.name, reason }) });
        this.percent.set(null);
        this.running = null;
        this.next();
      },
      complete: () => {
        this.running = null;
        this.next();
      },
    });
    // A synchronous answer (tests) may already have finished it.
    if (this.attachments().find((a) => a.file === file)?.state === 'uploading') this.running = { file, subscription };
  }

  private update(file: File, change: Partial<Attachment>): void {
    this.attachments.update((list) => list.map((a) => (a.file === file ? Object.assign({}, a, change) : a)));
  }
}
