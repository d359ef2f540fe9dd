import { Injectable } from '@nestjs/common';
import { AppConfig, AuthUser, Language, hasRole, translate } from '@walikota/api-platform';
import { PrincipalService } from '@walikota/api-identity';
import { AreaMap, KelurahanRef, ReferenceService } from '@walikota/api-reference';
import { ReportsService, VERIFY_WITHIN_WORKING_DAYS, trackingLink } from '@walikota/api-reports';
import { Open311Exception } from './open311-errors';
import { CreateServiceRequestDto, Open311CreatedRequestDto } from './open311.dto';

/** The shortest description taken (the portal's own minimum for a title). */
export const MIN_DESCRIPTION = 10;
const MIN_REPORT_DESCRIPTION = 20;
const MAX_REPORT_DESCRIPTION = 5000;
const MAX_TITLE = 150;

/**
 * POST requests: a public complaint filed on behalf of the API key's owner, an official or an
 * admin relaying what a citizen told them (a call centre, a partner app).
 */
@Injectable()
export class Open311IntakeService {
  constructor(
    private readonly reference: ReferenceService,
    private readonly areaMap: AreaMap,
    private readonly principals: PrincipalService,
    private readonly reports: ReportsService,
    private readonly config: AppConfig,
  ) {}

  async create(caller: AuthUser | undefined, dto: CreateServiceRequestDto, lang: Language): Promise<Open311CreatedRequestDto> {
    const user = await this.authorize(caller, dto.api_key);
    const category = await this.reference.activeReportCategoryByCode(dto.service_code);
    if (!category) throw new Open311Exception(400, 'open311.service_code_unknown', { code: dto.service_code });
    if ((dto.lat === undefined) !== (dto.long === undefined)) throw new Open311Exception(400, 'open311.point_incomplete');
    const areaId = await this.kelurahanId(dto);
    const text = dto.description?.trim() ?? '';
    if (!text) throw new Open311Exception(400, 'open311.description_required');
    if (text.replace(/\s+/g, ' ').length < MIN_DESCRIPTION) {
      throw new Open311Exception(400, 'open311.description_too_short', { min: MIN_DESCRIPTION });
    }
    const report = await this.reports.file(user, {
      type: 'complaint',
      privacy: 'public',
      title: titleFrom(text),
      description: reportDescription(text, category.nameId, dto.media_url, dto.attribute),
      categoryId: category.id,
      areaId,
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
   * The kelurahan/desa every report needs: `address_id` (its Kemendagri code or id) when given,
   * else the one `lat`/`long` lies in, as real Open311 clients send only a point. A point outside
   * the city, or neither, is a 400.
   */
  private async kelurahanId(dto: CreateServiceRequestDto): Promise<string> {
    if (dto.address_id) {
      const area: KelurahanRef | null = await this.reference.kelurahan(dto.address_id);
      if (!area) throw new Open311Exception(400, 'open311.address_id_unknown', { value: dto.address_id });
      return area.id;
    }
    if (dto.lat === undefined || dto.long === undefined) throw new Open311Exception(400, 'open311.address_id_required');
    const located = await this.areaMap.find(dto.lat, dto.long);
    if (!located) throw new Open311Exception(400, 'open311.point_outside_city', { lat: dto.lat, long: dto.long });
    return located.kelurahanId;
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
 * the portal asks of citizens; the photo's address and the client's `attribute[…]` answers at
 * the end when there is room.
 */
export function reportDescription(
  text: string,
  serviceName: string,
  mediaUrl?: string,
  attributes?: Record<string, string | string[]>,
): string {
  const description = text.length < MIN_REPORT_DESCRIPTION ? `Laporan ${serviceName}: ${text}` : text;
  const extras = [
    ...(mediaUrl ? [`Media: ${mediaUrl}`] : []),
    ...Object.entries(attributes ?? {}).map(([code, value]) => `${code}: ${Array.isArray(value) ? value.join(', ') : value}`),
  ];
  const complete = extras.length ? `${description}\n\n${extras.join('\n')}` : description;
  return complete.length <= MAX_REPORT_DESCRIPTION ? complete : description;
}
