import { Body, Controller, Delete, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { ApiKeyScope, CurrentUser, ErrorResponseDto, RequestMeta, RequestMetadata, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { ApiKeyDto, CreateApiKeyDto, CreatedApiKeyDto } from './api-key.dto';
import { ApiKeysService } from './api-keys.service';

/**
 * Keys for integrations (e.g. Open311 clients), sent as `Authorization: Bearer <key>`. A key may
 * manage keys only with the `keys` scope.
 */
@ApiTags('me')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({ type: ErrorResponseDto })
@Roles('official', 'admin')
@ApiKeyScope('keys')
@Controller('me/api-keys')
export class ApiKeysController {
  constructor(private readonly keys: ApiKeysService) {}

  @Get()
  @ApiOkResponse({ type: [ApiKeyDto] })
  listApiKeys(@CurrentUser() user: AuthUser): Promise<ApiKeyDto[]> {
    return this.keys.list(user.id);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedApiKeyDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  createApiKey(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: CreateApiKeyDto,
  ): Promise<CreatedApiKeyDto> {
    return this.keys.create(user, meta, dto.name, dto.scopes);
  }

  /** Revokes the key and every key created from it, transitively. */
  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  async revokeApiKey(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.keys.revoke(user, meta, id);
  }
}
