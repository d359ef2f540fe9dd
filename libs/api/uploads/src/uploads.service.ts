import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  FILE_STORAGE,
  FieldDomainException,
  FileStorage,
  NotFoundDomainException,
  StoredFileNotFoundError,
  newStorageKey,
} from '@walikota/api-platform';
import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager } from 'typeorm';
import { UploadContentType, isImageType, nameAndDeclaredTypeMatch, sanitiseFileName, sniffContentType } from './file-type';
import { reencodeImage } from './image-processing';
import { sanitisePdf } from './pdf-processing';
import { ReceivedFile } from './multipart';
import { UploadDto } from './upload.dto';
import { UploadEntity } from './upload.entity';

/** What an upload is attached to, e.g. `{ type: 'report', id }`. */
export interface UploadTarget {
  type: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Uploaded files: checked, cleaned and stored on upload; attached later by the module that
 * uses them (`claim`, inside that module's transaction); served by `open`.
 */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger('Uploads');

  constructor(
    private readonly dataSource: DataSource,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
  ) {}

  /**
   * Checks a received file and stores it, unclaimed, for `ownerId`. The type comes from the
   * bytes and must agree with the name's extension and the declared type. Images are
   * re-encoded (metadata such as GPS stripped, orientation applied). PDFs are rewritten with
   * their pages only (author, software, earlier revisions, scripts and embedded files dropped)
   * and are served as downloads, never rendered inline.
   */
  async create(ownerId: string, file: ReceivedFile): Promise<UploadDto> {
    if (file.data.length === 0) throw new FieldDomainException('file', 'file_empty');
    const type = sniffContentType(file.data);
    if (!type) throw new FieldDomainException('file', 'file_type_unsupported');
    if (!nameAndDeclaredTypeMatch(type, file.fileName, file.declaredType)) {
      throw new FieldDomainException('file', 'file_type_mismatch', { type: type.split('/')[1].toUpperCase() });
    }
    const stored = isImageType(type)
      ? await reencodeImage(file.data, type as Exclude<UploadContentType, 'application/pdf'>)
      : { data: await sanitisePdf(file.data), width: null, height: null };

    const storageKey = newStorageKey();
    await this.storage.put(storageKey, stored.data);
    try {
      const row = await this.dataSource.getRepository(UploadEntity).save({
        ownerId,
        storageKey,
        contentType: type,
        byteSize: stored.data.length,
        originalName: sanitiseFileName(file.fileName, type),
        sha256: createHash('sha256').update(stored.data).digest('hex'),
        width: stored.width,
        height: stored.height,
        claimedAt: null,
        claimedByType: null,
        claimedById: null,
      });
      return toDto(row);
    } catch (error) {
      await this.storage.delete(storageKey);
      throw error;
    }
  }

  /**
   * Attaches uploads to `target` within the caller's transaction (`manager` must be inside one:
   * the rows are locked until it ends, and a rollback un-claims them). Each id must name
   * an unclaimed upload of `ownerId`; otherwise a 400 on field `attachmentIds` is thrown and
   * nothing is claimed. Someone else's upload is answered as not found. The caller limits how
   * many ids it accepts. Returns the uploads in the order given (duplicates once).
   */
  async claim(manager: EntityManager, ownerId: string, uploadIds: string[], target: UploadTarget): Promise<UploadDto[]> {
    const ids = [...new Set(uploadIds)];
    if (ids.length === 0) return [];
    if (!ids.every((id) => UUID.test(id))) throw new FieldDomainException('attachmentIds', 'attachment_not_found');
    // Locked so that two claims (or the clean-up, which skips locked rows) cannot interleave.
    const rows = await manager
      .getRepository(UploadEntity)
      .createQueryBuilder('u')
      .setLock('pessimistic_write')
      .where('u.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    for (const id of ids) {
      const row = byId.get(id);
      if (!row || row.ownerId !== ownerId) throw new FieldDomainException('attachmentIds', 'attachment_not_found');
      if (row.claimedAt) throw new FieldDomainException('attachmentIds', 'attachment_already_used');
    }
    const claimedAt = new Date();
    await manager.update(UploadEntity, ids, { claimedAt, claimedByType: target.type, claimedById: target.id });
    return ids.map((id) => toDto(byId.get(id) as UploadEntity));
  }

  /** The uploads attached to `target`, oldest first. */
  async forTarget(type: string, id: string, manager: EntityManager = this.dataSource.manager): Promise<UploadDto[]> {
    const rows = await manager.find(UploadEntity, {
      where: { claimedByType: type, claimedById: id },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return rows.map(toDto);
  }

  /** An upload's description and bytes, for serving. Who may see it is the caller's check. */
  async open(id: string): Promise<{ meta: UploadDto; stream: Readable }> {
    const row = UUID.test(id) ? await this.dataSource.getRepository(UploadEntity).findOneBy({ id }) : null;
    if (!row) throw new NotFoundDomainException();
    return { meta: toDto(row), stream: await this.openStored(row) };
  }

  /** Its owner's own upload, claimed or not; anyone else gets a 404. */
  async openOwn(ownerId: string, id: string): Promise<{ meta: UploadDto; stream: Readable }> {
    const row = UUID.test(id) ? await this.dataSource.getRepository(UploadEntity).findOneBy({ id, ownerId }) : null;
    if (!row) throw new NotFoundDomainException();
    return { meta: toDto(row), stream: await this.openStored(row) };
  }

  private async openStored(row: UploadEntity): Promise<Readable> {
    try {
      return await this.storage.get(row.storageKey);
    } catch (error) {
      if (!(error instanceof StoredFileNotFoundError)) throw error;
      this.logger.error({ uploadId: row.id, storageKey: row.storageKey }, 'Upload row without a stored file');
      throw new NotFoundDomainException();
    }
  }
}

export function toDto(row: UploadEntity): UploadDto {
  return {
    id: row.id,
    contentType: row.contentType,
    byteSize: row.byteSize,
    name: row.originalName,
    width: row.width,
    height: row.height,
  };
}
