import { Body, Controller, Get, HttpCode, HttpStatus, Patch, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNoContentResponse, ApiOkResponse, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CurrentUser, ErrorResponseDto } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { ChangePasswordDto, ProfileDto, UpdateProfileDto } from './account.dto';
import { AccountsService } from './accounts.service';

/** The signed-in user's own account. */
@ApiTags('me')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@Controller('me')
export class MeController {
  constructor(private readonly accounts: AccountsService) {}

  @Get()
  @ApiOkResponse({ type: ProfileDto })
  getProfile(@CurrentUser() user: AuthUser): Promise<ProfileDto> {
    return this.accounts.profile(user.id);
  }

  @Patch()
  @ApiOkResponse({ type: ProfileDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  updateProfile(@CurrentUser() user: AuthUser, @Body() dto: UpdateProfileDto): Promise<ProfileDto> {
    return this.accounts.updateProfile(user.id, dto);
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
}
