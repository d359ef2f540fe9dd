import {
  All,
  Body,
  Controller,
  ExecutionContext,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Res,
  UseFilters,
  createParamDecorator,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { AppConfig, CurrentUser, Language, Public } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { Open311Exception, Open311ExceptionFilter, open311Language } from './open311-errors';
import { CONTENT_TYPES, Open311Format, XmlValue, isOpen311Format, serialize } from './open311-format';
import { CreateServiceRequestDto, Open311QueryDto, ServiceRequestsQueryDto } from './open311.dto';
import { Open311IntakeService } from './open311-intake.service';
import { Open311Service } from './open311.service';

export const OPEN311_PATH = 'open311/v2';
export const OPEN311_SPECIFICATION = 'http://wiki.open311.org/GeoReport_v2';
/** When this implementation last changed in a way clients should notice (discovery's `changeset`). */
const CHANGESET = '2026-05-01T00:00:00+07:00';

const Lang = createParamDecorator((_data: unknown, ctx: ExecutionContext): Language =>
  open311Language(ctx.switchToHttp().getRequest<FastifyRequest>()),
);

/**
 * GeoReport v2 (http://wiki.open311.org/GeoReport_v2): every route ends in `.json` or `.xml`;
 * errors come as the spec's `{code, description}` list. Not in the portal's OpenAPI document:
 * the routes follow their own specification.
 */
@ApiExcludeController()
@Public()
@UseFilters(Open311ExceptionFilter)
@Controller(OPEN311_PATH)
export class Open311Controller {
  constructor(
    private readonly open311: Open311Service,
    private readonly intake: Open311IntakeService,
    private readonly config: AppConfig,
  ) {}

  @Get('discovery.:format')
  discovery(
    @Param('format') format: string,
    @Query() _query: Open311QueryDto,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): string {
    const base = this.config.publicUrl.replace(/\/$/, '');
    const body = {
      changeset: CHANGESET,
      contact: base,
      key_service: `${base}/api/me/api-keys`,
      endpoints: [
        {
          specification: OPEN311_SPECIFICATION,
          url: `${base}/${OPEN311_PATH}`,
          changeset: CHANGESET,
          type: 'production',
          formats: ['text/xml', 'application/json'],
        },
      ],
    };
    return respond(reply, formatOf(format), lang, 'discovery', body, true);
  }

  @Get('services.:format')
  async services(
    @Param('format') format: string,
    @Query() _query: Open311QueryDto,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const wire = formatOf(format);
    return respond(reply, wire, lang, 'services', await this.open311.services(lang), true);
  }

  @Get('services/:code.:format')
  async serviceDefinition(
    @Param('code') code: string,
    @Param('format') format: string,
    @Query() _query: Open311QueryDto,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const wire = formatOf(format);
    const definition = await this.open311.definition(code);
    return respond(reply, wire, lang, 'service_definition', { ...definition }, true);
  }

  @Post('requests.:format')
  @HttpCode(201)
  async createRequest(
    @Param('format') format: string,
    @Query() query: Open311QueryDto,
    @Body() dto: CreateServiceRequestDto,
    @CurrentUser() caller: AuthUser | undefined,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const wire = formatOf(format);
    const created = await this.intake.create(caller, { ...dto, api_key: dto.api_key ?? query.api_key }, lang);
    return respond(reply, wire, lang, 'service_requests', [{ ...created }]);
  }

  @Get('requests.:format')
  async requests(
    @Param('format') format: string,
    @Query() query: ServiceRequestsQueryDto,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const wire = formatOf(format);
    const requests = await this.open311.requests(query, lang);
    return respond(
      reply,
      wire,
      lang,
      'service_requests',
      requests.map((r) => ({ ...r })),
      true,
    );
  }

  @Get('requests/:id.:format')
  async request(
    @Param('id') id: string,
    @Param('format') format: string,
    @Query() _query: Open311QueryDto,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const wire = formatOf(format);
    const requests = await this.open311.request(id, lang);
    return respond(
      reply,
      wire,
      lang,
      'service_requests',
      requests.map((r) => ({ ...r })),
      true,
    );
  }

  @Get('tokens/:token.:format')
  async token(
    @Param('token') token: string,
    @Param('format') format: string,
    @Query() _query: Open311QueryDto,
    @Lang() lang: Language,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<string> {
    const wire = formatOf(format);
    const tokens = await this.open311.token(token);
    return respond(
      reply,
      wire,
      lang,
      'service_requests',
      tokens.map((t) => ({ ...t })),
      true,
    );
  }

  /** Anything else under /open311/v2 (no extension, an unknown path): a 404 in the spec's format. */
  @All('*')
  notFound(): never {
    throw new Open311Exception(404, 'open311.not_found');
  }
}

/** The extension of the route: json or xml, anything else a 404. */
function formatOf(format: string): Open311Format {
  if (!isOpen311Format(format)) throw new Open311Exception(404, 'open311.format_not_found');
  return format;
}

/** Sets the content type (and, for public reads, lets any origin's scripts fetch them); returns the body. */
function respond(reply: FastifyReply, format: Open311Format, lang: Language, root: string, body: XmlValue, publicRead = false): string {
  void reply.header('Content-Type', CONTENT_TYPES[format]).header('Content-Language', lang);
  if (publicRead) void reply.header('Access-Control-Allow-Origin', '*');
  return serialize(format, root, body);
}
