import { Controller, Get, HttpCode, HttpStatus, Param, Post, Req, Res, StreamableFile, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiParam,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { AppConfig, CurrentUser, ErrorResponseDto, PerUserRateLimit, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { UPLOAD_TYPES } from './file-type';
import { readSingleFile } from './multipart';
import { UploadDto, UploadFileBodyDto } from './upload.dto';
import { uploadResponse } from './upload-response';
import { UploadsService } from './uploads.service';

/** Uploads a minute per user, on top of the global per-client limit. */
export const UPLOADS_PER_MINUTE = 30;

/**
 * Uploading attachments before a form (a report, …) is sent; the form then names them by id.
 * Only verified accounts hold a role, so `@Roles` of every role admits exactly them.
 */
@ApiTags('uploads')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@Controller('uploads')
export class UploadsController {
  constructor(
    private readonly uploads: UploadsService,
    private readonly config: AppConfig,
  ) {}

  /** Uploads one photo (JPEG, PNG, WebP) or PDF; both are rewritten without their metadata. */
  @Roles('citizen', 'moderator', 'official')
  @UseGuards(PerUserRateLimit('uploads', () => UPLOADS_PER_MINUTE, 60_000))
  @Post()
  @HttpCode(HttpStatus.CREATED)
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFileBodyDto })
  @ApiCreatedResponse({ type: UploadDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto, description: 'Missing, empty, too large, unsupported or mislabelled file' })
  @ApiForbiddenResponse({ type: ErrorResponseDto, description: 'E-mail address not verified yet' })
  @ApiTooManyRequestsResponse({ type: ErrorResponseDto })
  async uploadFile(@CurrentUser() user: AuthUser, @Req() request: FastifyRequest): Promise<UploadDto> {
    const file = await readSingleFile(request, this.config.uploadMaxBytes);
    return this.uploads.create(user.id, file);
  }

  /** One of the caller's own uploads (attached or not). PDFs download; images show inline. */
  @Get(':id')
  @ApiParam({ name: 'id', format: 'uuid' })
  @ApiOkResponse({
    description: 'The stored file',
    content: Object.fromEntries(UPLOAD_TYPES.map((type) => [type, { schema: { type: 'string', format: 'binary' } }])),
  })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async getUploadFile(
    @CurrentUser() user: AuthUser,
    @Param('id') id: string,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return uploadResponse(reply, await this.uploads.openOwn(user.id, id), 'private, max-age=3600');
  }
}
