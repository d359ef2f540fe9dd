import { Body, Controller, Delete, Res, Get, Header, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CurrentUser, ErrorResponseDto, RequestMeta, RequestMetadata } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply } from 'fastify';
import { clearSessionCookies } from '../sessions/cookies';
import { ChangePasswordDto, DeleteAccountDto, ProfileDto, UpdateProfileDto } from './account.dto';
import { PersonalDataService } from './personal-data.service';
import { AccountsService } from './accounts.service';

/** The signed-in user's own account. */
@ApiTags('me')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@Controller('me')
export class MeController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly personalData: PersonalDataService,
  ) {}

  @Get()
  @ApiOkResponse({ type: ProfileDto })
  getProfile(@CurrentUser() user: AuthUser): Promise<ProfileDto> {
    return this.accounts.profile(user.id, user);
  }

  @Patch()
  @ApiOkResponse({ type: ProfileDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<ProfileDto> {
    return this.accounts.updateProfile(user.id, dto, user);
  }

  /** Changes the password; every other session of the account ends. */
  @Post('password')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async changePassword(@CurrentUser() user: AuthUser, @Body() dto: ChangePasswordDto): Promise<void> {
    await this.accounts.changePassword(user.id, user.sessionId, dto);
  }

  @Throttle({ default: { limit: 3, ttl: 60_000 } })
  @Post('verification-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async resendVerification(@CurrentUser() user: AuthUser): Promise<void> {
    await this.accounts.resendVerification(user.id);
  }

  /** Everything the portal holds about the caller, as a JSON download. */
  @Get('export')
  @Header('Content-Disposition', 'attachment; filename="data-saya-walikota.json"')
  @ApiOkResponse({ description: 'The personal data as JSON', schema: { type: 'object' } })
  exportMyData(@CurrentUser() user: AuthUser): Promise<Record<string, unknown>> {
    return this.personalData.export(user.id);
  }

  /** Deletes the account after checking the password; public content stays, anonymised. */
  @Delete()
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  async deleteMyAccount(
    @CurrentUser() user: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Body() dto: DeleteAccountDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    await this.personalData.deleteAccount(user, meta, dto.password);
    clearSessionCookies(reply);
  }
}
