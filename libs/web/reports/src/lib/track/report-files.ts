import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ReportAttachmentDto } from '@walikota/shared-contracts';
import { I18n } from '@walikota/web-i18n';

/**
 * A report's files as thumbnails (photos open full size in a new tab) and download links (PDF):
 * the reporter's attachments and the department's "after" photos, on the public and staff pages.
 */
@Component({
  selector: 'wk-report-files',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <ul class="files">
      @for (file of files(); track file.id) {
        <li>
          @if (file.contentType.startsWith('image/')) {
            <a [href]="file.url" target="_blank" rel="noopener">
              <img [src]="file.url" [alt]="i18n.t('report.attachment.image', { name: file.name })" loading="lazy" />
            </a>
          } @else {
            <a [href]="file.url" download>{{ i18n.t('report.attachment.pdf', { name: file.name }) }}</a>
          }
        </li>
      }
    </ul>
  `,
  styles: `
    .files {
      display: flex;
      flex-wrap: wrap;
      gap: var(--space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .files img {
      display: block;
      width: 10rem;
      height: 10rem;
      object-fit: cover;
      border: 1px solid var(--color-border);
      border-radius: var(--radius);
    }
  `,
})
export class ReportFiles {
  readonly files = input.required<readonly ReportAttachmentDto[]>();
  protected readonly i18n = inject(I18n);
}
