import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  booleanAttribute,
  computed,
  inject,
  input,
  numberAttribute,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { I18n } from '@walikota/web-i18n';
import { formatBytes, wkId } from './types';

/**
 * File picker on the native `<input type="file">` (keyboard and screen-reader friendly), with
 * the chosen files listed (name, size, remove), client-side checks of type, size and count, and
 * an upload progress bar. Emits the accepted files on every change.
 */
@Component({
  selector: 'wk-file-upload',
  changeDetection: ChangeDetectionStrategy.OnPush,
  host: { class: 'wk-field', '[class.wk-field--error]': '!!error() || rejections().length > 0' },
  template: `
    <label class="wk-field__label" [for]="inputId">{{ label() }}</label>
    @if (hintText()) {
      <p class="wk-field__hint" [id]="hintId">{{ hintText() }}</p>
    }
    @if (error()) {
      <p class="wk-field__error" [id]="errorId">
        <span class="wk-visually-hidden">{{ i18n.t('ui.error.prefix') }}</span> {{ error() }}
      </p>
    }
    <div role="alert">
      @if (rejections().length) {
        <ul class="wk-field__error wk-upload__rejections" [id]="rejectId">
          @for (message of rejections(); track $index) {
            <li>
              <span class="wk-visually-hidden">{{ i18n.t('ui.error.prefix') }}</span> {{ message }}
            </li>
          }
        </ul>
      }
    </div>
    <div
      class="wk-upload__zone"
      [class.wk-upload__zone--over]="dragging()"
      (dragover)="onDragOver($event)"
      (dragleave)="dragging.set(false)"
      (drop)="onDrop($event)"
    >
      <input
        #input
        type="file"
        class="wk-upload__input wk-visually-hidden"
        [id]="inputId"
        [attr.accept]="accept() || null"
        [multiple]="multiple()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="error() || rejections().length ? 'true' : null"
        (change)="onPick()"
      />
      <label class="wk-btn wk-btn--secondary" [for]="inputId" aria-hidden="true">{{ i18n.t('ui.upload.choose') }}</label>
      <span class="wk-muted">{{ i18n.t('ui.upload.drop') }}</span>
    </div>
    @if (files().length) {
      <ul class="wk-upload__list" [attr.aria-label]="i18n.t('ui.upload.chosen')">
        @for (file of files(); track file) {
          <li class="wk-upload__file">
            <span class="wk-upload__name">{{ file.name }}</span>
            <span class="wk-muted">{{ size(file.size) }}</span>
            <button
              type="button"
              class="wk-btn wk-btn--link"
              [attr.aria-label]="i18n.t('ui.upload.removeLabel', { name: file.name })"
              (click)="remove(file)"
            >
              {{ i18n.t('ui.upload.remove') }}
            </button>
          </li>
        }
      </ul>
    }
    @if (progress() !== null && progress() !== undefined) {
      <div class="wk-upload__progress">
        <progress max="100" [value]="percent()" [attr.aria-label]="i18n.t('ui.upload.progress')"></progress>
        <span>{{ i18n.t('ui.upload.percent', { percent: percent() }) }}</span>
      </div>
    }
    <p class="wk-visually-hidden" aria-live="polite">{{ status() }}</p>
  `,
  styles: `
    .wk-upload__zone {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--space-3);
      padding: var(--space-4);
      border: 2px dashed var(--color-border-strong);
      border-radius: var(--radius);
    }
    .wk-upload__zone--over {
      border-color: var(--color-primary);
      background: var(--color-primary-tint);
    }
    .wk-upload__input:focus-visible + .wk-btn {
      outline: 3px solid var(--color-focus);
      box-shadow: 0 0 0 6px var(--color-focus-ring);
    }
    .wk-upload__rejections {
      padding-left: 1.25rem;
    }
    .wk-upload__list {
      margin: var(--space-3) 0 0;
      padding: 0;
      list-style: none;
    }
    .wk-upload__file {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      column-gap: var(--space-3);
      padding: var(--space-1) 0;
      border-bottom: 1px solid var(--color-border);
    }
    .wk-upload__name {
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .wk-upload__progress {
      display: flex;
      align-items: center;
      gap: var(--space-3);
      margin-top: var(--space-3);
    }
    progress {
      flex: 1;
      height: 0.75rem;
      accent-color: var(--color-primary);
    }
  `,
})
export class WkFileUpload {
  readonly label = input.required<string>();
  readonly hint = input<string | null | undefined>(null);
  /** Like the input's accept: MIME types (`image/png`, `image/*`) and extensions (`.pdf`). */
  readonly accept = input<string>('');
  readonly multiple = input(false, { transform: booleanAttribute });
  readonly maxFiles = input(0, { transform: (value: unknown) => numberAttribute(value, 0) });
  readonly maxBytes = input(0, { transform: (value: unknown) => numberAttribute(value, 0) });
  /** Upload progress 0..100, or null when not uploading. */
  readonly progress = input<number | null | undefined>(null);
  readonly error = input<string | null | undefined>(null);
  /** The accepted files, after every addition or removal. */
  readonly filesChange = output<File[]>();

  protected readonly i18n = inject(I18n);
  protected readonly inputId = wkId('upload');
  protected readonly hintId = `${this.inputId}-hint`;
  protected readonly errorId = `${this.inputId}-error`;
  protected readonly rejectId = `${this.inputId}-rejected`;
  protected readonly files = signal<readonly File[]>([]);
  protected readonly rejections = signal<readonly string[]>([]);
  protected readonly dragging = signal(false);
  protected readonly status = signal('');
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  private readonly limit = computed(() => (this.multiple() ? this.maxFiles() || Infinity : 1));
  protected readonly percent = computed(() => Math.round(Math.min(100, Math.max(0, this.progress() ?? 0))));
  protected readonly hintText = computed(() => {
    const size = this.maxBytes() ? this.size(this.maxBytes()) : '';
    const limits =
      this.multiple() && this.maxFiles() && size
        ? this.i18n.t('ui.upload.limits', { count: this.maxFiles(), size })
        : size
          ? this.i18n.t('ui.upload.limitSize', { size })
          : '';
    return [this.hint(), limits].filter(Boolean).join(' ');
  });
  protected readonly describedBy = computed(
    () =>
      [this.hintText() ? this.hintId : '', this.error() ? this.errorId : '', this.rejections().length ? this.rejectId : '']
        .filter(Boolean)
        .join(' ') || null,
  );

  /** Forgets the chosen files (e.g. after a successful upload). */
  clear(): void {
    this.files.set([]);
    this.rejections.set([]);
    this.input().nativeElement.value = '';
  }

  protected size(bytes: number): string {
    return formatBytes(bytes, this.i18n.locale());
  }

  protected onPick(): void {
    const element = this.input().nativeElement;
    this.add(Array.from(element.files ?? []));
    // Keep our own list; an emptied input lets the same file be chosen again after removal.
    element.value = '';
  }

  protected onDragOver(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(true);
  }

  protected onDrop(event: DragEvent): void {
    event.preventDefault();
    this.dragging.set(false);
    this.add(Array.from(event.dataTransfer?.files ?? []));
  }

  protected remove(file: File): void {
    this.files.update((files) => files.filter((f) => f !== file));
    this.status.set(this.i18n.t('ui.upload.removed', { name: file.name }));
    this.filesChange.emit([...this.files()]);
    // The button is gone: put focus back on the picker.
    this.input().nativeElement.focus();
  }

  private add(picked: File[]): void {
    const rejections: string[] = [];
    const accepted: File[] = this.multiple() ? [...this.files()] : [];
    const maxBytes = this.maxBytes();
    for (const file of picked) {
      if (!this.typeAccepted(file)) rejections.push(this.i18n.t('ui.upload.wrongType', { name: file.name }));
      else if (maxBytes && file.size > maxBytes)
        rejections.push(this.i18n.t('ui.upload.tooBig', { name: file.name, max: this.size(maxBytes) }));
      else if (file.size === 0) rejections.push(this.i18n.t('ui.upload.emptyFile', { name: file.name }));
      else if (accepted.length >= this.limit()) rejections.push(this.i18n.t('ui.upload.tooMany', { name: file.name, max: this.limit() }));
      else accepted.push(file);
    }
    this.rejections.set(rejections);
    this.files.set(accepted);
    this.status.set('');
    this.filesChange.emit([...accepted]);
  }

  private typeAccepted(file: File): boolean {
    const rules = this.accept()
      .split(',')
      .map((rule) => rule.trim().toLowerCase())
      .filter(Boolean);
    if (!rules.length) return true;
    const name = file.name.toLowerCase();
    const type = file.type.toLowerCase();
    return rules.some((rule) =>
      rule.startsWith('.') ? name.endsWith(rule) : rule.endsWith('/*') ? type.startsWith(rule.slice(0, -1)) : type === rule,
    );
  }
}
