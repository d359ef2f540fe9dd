import { Body, Controller, HttpCode, HttpStatus, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiBadRequestResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import {
  AppConfig,
  CurrentUser,
  ErrorResponseDto,
  Public,
  RequestMeta,
  RequestMetadata,
  resolveLanguage,
  translate,
} from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { clearSessionCookies, refreshCookie, setSessionCookies } from '../sessions/cookies';
import { LoginGuard, loginSession } from '../sessions/login.guard';
import { SessionsService } from '../sessions/sessions.service';
import { AcceptedDto, ForgotPasswordDto, LoginDto, ProfileDto, RegisterDto, ResetPasswordDto, TokenDto } from './account.dto';
import { AccountsService } from './accounts.service';

// Stricter than the global limit (AUTH_RATE_LIMIT_MAX a minute per client): these are what
// password guessers and spammers call.
// The decorator is static; IdentityModule sets the configured value at start-up.
export const authRateLimit = { max: 10 };
const STRICT = { default: { ttl: 60_000, limit: () => authRateLimit.max } };

@ApiTags('auth')
@ApiBadRequestResponse({ type: ErrorResponseDto })
@ApiTooManyRequestsResponse({ type: ErrorResponseDto })
@Controller('auth')
export class AuthController {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly config: AppConfig,
  ) {}

  @Public()
  @Throttle(STRICT)
  @Post('register')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AcceptedDto })
  async register(@Body() dto: RegisterDto, @Req() request: FastifyRequest): Promise<AcceptedDto> {
    await this.accounts.register(dto);
    return { message: translate(dto.language ?? languageOf(request), 'auth.check_email') };
  }

  /** Also a success when the link was used already and the address stays verified (a second click). */
  @Public()
  @Post('verify-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async verifyEmail(@Body() dto: TokenDto): Promise<void> {
    await this.accounts.verifyEmail(dto.token);
  }

  @Public()
  @Throttle(STRICT)
  @Post('login')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: ProfileDto })
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  @ApiForbiddenResponse({ type: ErrorResponseDto })
  @UseGuards(LoginGuard)
  @ApiBody({ type: LoginDto })
  async login(@Req() request: FastifyRequest, @Res({ passthrough: true }) reply: FastifyReply): Promise<ProfileDto> {
    const session = loginSession(request);
    setSessionCookies(reply, session, this.config);
    return this.accounts.profile(session.userId);
  }

  /** Rotates the refresh token (cookie) and issues a new access token. */
  @Public()
  @Post('refresh')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiUnauthorizedResponse({ type: ErrorResponseDto })
  async refresh(
    @Req() request: FastifyRequest,
    @RequestMetadata() meta: RequestMeta,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<void> {
    try {
      setSessionCookies(reply, await this.sessions.rotate(refreshCookie(request), meta), this.config);
    } catch (error) {
      clearSessionCookies(reply);
      throw error;
    }
  }

  @Post('logout')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async logout(@CurrentUser() user: AuthUser, @Res({ passthrough: true }) reply: FastifyReply): Promise<void> {
    if (user.sessionId) await this.sessions.revokeFamily(user.sessionId);
    clearSessionCookies(reply);
  }

  @Public()
  @Throttle(STRICT)
  @Post('password/forgot')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiAcceptedResponse({ type: AcceptedDto })
  forgotPassword(@Body() dto: ForgotPasswordDto, @Req() request: FastifyRequest): AcceptedDto {
    // The account-specific work runs after the answer: its timing reveals no account.
    this.accounts.requestPasswordReset(dto.email);
    return { message: translate(languageOf(request), 'auth.check_email') };
  }

  @Public()
  @Throttle(STRICT)
  @Post('password/reset')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  async resetPassword(@Body() dto: ResetPasswordDto): Promise<void> {
    await this.accounts.resetPassword(dto.token, dto.password);
  }
}

function languageOf(request: FastifyRequest) {
  return request.user?.language ?? resolveLanguage(request.headers['accept-language']);
}
