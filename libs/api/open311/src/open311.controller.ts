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
  UseFilters,
  createParamDecorator,
} from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { ApiKeyScope, AppConfig, CurrentUser, Language, Public } from '@walikota/api-platform';
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

/** How a route answers: in the format of its `.json`/`.xml` extension and the caller's language. */
class Open311Reply {
  constructor(
    private readonly reply: FastifyReply,
    readonly format: Open311Format,
    readonly lang: Language,
  ) {}

  /** Sets the content type (and, for public reads, lets any origin's scripts fetch them); returns the body. */
  send(root: string, body: XmlValue, publicRead = true): string {
    void this.reply.header('Content-Type', CONTENT_TYPES[this.format]).header('Content-Language', this.lang);
    if (publicRead) void this.reply.header('Access-Control-Allow-Origin', '*');
    return serialize(this.format, root, body);
  }

  /** A list of plain records (the spec's `service_requests` and the like). */
  sendList(root: string, items: readonly object[], publicRead = true): string {
    return this.send(
      root,
      items.map((item) => ({ ...item }) as XmlValue),
      publicRead,
    );
  }
}

/** The route's extension (json or xml; anything else a 404) and language. */
const Wire = createParamDecorator((_data: unknown, ctx: ExecutionContext): Open311Reply => {
  const http = ctx.switchToHttp();
  const request = http.getRequest<FastifyRequest>();
  const format = (request.params as { format?: string }).format ?? '';
  if (!isOpen311Format(format)) throw new Open311Exception(404, 'open311.format_not_found');
  return new Open311Reply(http.getResponse<FastifyReply>(), format, open311Language(request));
});

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
  discovery(@Query() _query: Open311QueryDto, @Wire() wire: Open311Reply): string {
    const base = this.config.publicUrl.replace(/\/$/, '');
    return wire.send('discovery', {
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
    });
  }

  @Get('services.:format')
  async services(@Query() _query: Open311QueryDto, @Wire() wire: Open311Reply): Promise<string> {
    return wire.send('services', await this.open311.services(wire.lang));
  }

  @Get('services/:code.:format')
  async serviceDefinition(@Param('code') code: string, @Query() _query: Open311QueryDto, @Wire() wire: Open311Reply): Promise<string> {
    return wire.send('service_definition', { ...(await this.open311.definition(code)) });
  }

  @Post('requests.:format')
  @ApiKeyScope('open311')
  @HttpCode(201)
  async createRequest(
    @Query() query: Open311QueryDto,
    @Body() dto: CreateServiceRequestDto,
    @CurrentUser() caller: AuthUser | undefined,
    @Wire() wire: Open311Reply,
  ): Promise<string> {
    const created = await this.intake.create(caller, { ...dto, api_key: dto.api_key ?? query.api_key }, wire.lang);
    return wire.sendList('service_requests', [created], false);
  }

  @Get('requests.:format')
  async requests(@Query() query: ServiceRequestsQueryDto, @Wire() wire: Open311Reply): Promise<string> {
    return wire.sendList('service_requests', await this.open311.requests(query, wire.lang));
  }

  @Get('requests/:id.:format')
  async request(@Param('id') id: string, @Query() _query: Open311QueryDto, @Wire() wire: Open311Reply): Promise<string> {
    return wire.sendList('service_requests', await this.open311.request(id, wire.lang));
  }

  @Get('tokens/:token.:format')
  async token(@Param('token') token: string, @Query() _query: Open311QueryDto, @Wire() wire: Open311Reply): Promise<string> {
    return wire.sendList('service_requests', await this.open311.token(token));
  }

  /** Anything else under /open311/v2 (no extension, an unknown path): a 404 in the spec's format. */
  @All('*')
  notFound(): never {
    throw new Open311Exception(404, 'open311.not_found');
  }
}
