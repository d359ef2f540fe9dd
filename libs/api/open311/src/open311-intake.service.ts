import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, Language, hasRole, translate } from '@walikota/api-platform';
import { PrincipalService } from '@walikota/api-identity';
import { AreaEntity, CategoryEntity } from '@walikota/api-reference';
import { ReportsService, VERIFY_WITHIN_WORKING_DAYS, trackingLink } from '@walikota/api-reports';
import { DataSource } from 'typeorm';
import { Open311Exception } from './open311-errors';
import { CreateServiceRequestDto, Open311CreatedRequestDto } from './open311.dto';

/** The shortest description taken (the portal's own minimum for a title). */
export const MIN_DESCRIPTION = 10;
const MIN_REPORT_DESCRIPTION = 20;
const MAX_REPORT_DESCRIPTION = 5000;
const MAX_TITLE = 150;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * POST requests: a public complaint filed on behalf of the API key's owner, an official or an
 * admin relaying what a citizen told them (a call centre, a partner app).
 */
@Injectable()
export class Open311IntakeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly principals: PrincipalService,
    private readonly reports: ReportsService,
    private readonly config: AppConfig,
  ) {}

  async create(caller: AuthUser | undefined, dto: CreateServiceRequestDto, lang: Language): Promise<Open311CreatedRequestDto> {
    const user = await this.authorize(caller, dto.api_key);
    const category = await this.dataSource
      .getRepository(CategoryEntity)
      .findOne({ where: { module: 'report', active: true, code: dto.service_code } });
    if (!category) throw new Open311Exception(400, 'open311.service_code_unknown', { code: dto.service_code });
    if ((dto.lat === undefined) !== (dto.long === undefined)) throw new Open311Exception(400, 'open311.point_incomplete');
    const area = await this.kelurahan(dto.address_id);
    const text = dto.description?.trim() ?? '';
    if (!text) throw new Open311Exception(400, 'open311.description_required');
    if (text.replace(/\s+/g, ' ').length < MIN_DESCRIPTION) {
      throw new Open311Exception(400, 'open311.description_too_short', { min: MIN_DESCRIPTION });
    }
    const report = await this.reports.file(user, {
      type: 'complaint',
      privacy: 'public',
      title: titleFrom(text),
      description: reportDescription(text, category.nameId, dto.media_url),
      categoryId: category.id,
      areaId: area.id,
      latitude: dto.lat,
      longitude: dto.long,
      address: dto.address_string,
    });
    const link = `${this.config.publicUrl.replace(/\/$/, '')}${trackingLink(report.code)}`;
    return {
      service_request_id: report.code,
      service_notice: translate(lang, 'open311.notice_filed', { days: VERIFY_WITHIN_WORKING_DAYS, link }),
      account_id: null,
    };
  }

  /**
   * The `api_key` parameter, or else an `Authorization: Bearer` key; it must be an official's or an
   * admin's, with the `open311` scope (either way: the parameter does not pass through the guard).
   */
  private async authorize(caller: AuthUser | undefined, apiKey: string | undefined): Promise<AuthUser> {
    let user: AuthUser | undefined;
    if (apiKey) {
      user = await this.principals.fromApiKey(apiKey);
      if (!user) throw new Open311Exception(403, 'open311.api_key_invalid');
    } else if (caller?.via === 'api_key') {
      user = caller;
    } else {
      throw new Open311Exception(403, 'open311.api_key_required');
    }
    if (!user.apiKeyScopes?.includes('open311')) throw new Open311Exception(403, 'open311.api_key_scope');
    if (!hasRole(user, 'official')) throw new Open311Exception(403, 'open311.api_key_not_allowed');
    return user;
  }

  /**
   * `address_id` names the kelurahan/desa every report needs, by Kemendagri code or id. The
   * city has no kelurahan boundaries to find one from `lat`/`long`, so it is required.
   */
  private async kelurahan(addressId: string | undefined): Promise<AreaEntity> {
    if (!addressId) throw new Open311Exception(400, 'open311.address_id_required');
    const area = await this.dataSource
      .getRepository(AreaEntity)
      .findOne({ where: UUID.test(addressId) ? { id: addressId } : { code: addressId } });
    if (!area || area.level === 'kecamatan' || !area.parentId) {
      throw new Open311Exception(400, 'open311.address_id_unknown', { value: addressId });
    }
    return area;
  }
}

/** The title: the description on one line, cut at a word before 150 characters. */
export function titleFrom(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= MAX_TITLE) return line;
  const cut = line.slice(0, MAX_TITLE - 1);
  const space = cut.lastIndexOf(' ');
  const words = space >= MIN_DESCRIPTION ? cut.slice(0, space) : cut;
  return `${words.replace(/[\s,.;:!?–-]+$/u, '')}…`;
}

/**
 * The report's description: the text, introduced by the service's name when it is shorter than
 * the portal asks of citizens; the photo's address at the end when there is room.
 */
export function reportDescription(text: string, serviceName: string, mediaUrl?: string): string {
  const description = text.length < MIN_REPORT_DESCRIPTION ? `Laporan ${serviceName}: ${text}` : text;
  const withMedia = mediaUrl ? `${description}\n\nMedia: ${mediaUrl}` : description;
  return withMedia.length <= MAX_REPORT_DESCRIPTION ? withMedia : description;
}
