import { Body, Controller, Get, HttpCode, HttpStatus, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import { Throttle } from '@nestjs/throttler';
import { CurrentUser, ErrorResponseDto, RequestMeta, RequestMetadata, Roles } from '@walikota/api-platform';
import type { AuthUser } from '@walikota/api-platform';
import { AdminUserDto, ReasonDto, SetDepartmentsDto, SetRolesDto, UserPageDto, UserQueryDto } from './admin.dto';
import { AdminUsersService } from './admin-users.service';

@ApiTags('admin')
@ApiUnauthorizedResponse({ type: ErrorResponseDto })
@ApiForbiddenResponse({ type: ErrorResponseDto })
@Roles('admin')
@Controller('admin/users')
export class AdminUsersController {
  constructor(private readonly users: AdminUsersService) {}

  @Get()
  @ApiOkResponse({ type: UserPageDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  listUsers(@Query() query: UserQueryDto): Promise<UserPageDto> {
    return this.users.list(query);
  }

  @Get(':id')
  @ApiOkResponse({ type: AdminUserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  getUser(@Param('id', ParseUUIDPipe) id: string): Promise<AdminUserDto> {
    return this.users.get(id);
  }

  /** A reason (3–500 characters) is required when a role is added. */
  @Put(':id/roles')
  @ApiOkResponse({ type: AdminUserDto })
  @ApiBadRequestResponse({ type: ErrorResponseDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  setUserRoles(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SetRolesDto,
  ): Promise<AdminUserDto> {
    return this.users.setRoles(actor, meta, id, dto.roles, dto.reason);
  }

  @Put(':id/departments')
  @ApiOkResponse({ type: AdminUserDto })
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  setUserDepartments(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SetDepartmentsDto,
  ): Promise<AdminUserDto> {
    return this.users.setDepartments(actor, meta, id, dto.departmentIds, dto.reason);
  }

  @Post(':id/suspend')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AdminUserDto })
  suspendUser(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<AdminUserDto> {
    return this.users.setSuspended(actor, meta, id, true, dto.reason);
  }

  @Post(':id/reactivate')
  @HttpCode(HttpStatus.OK)
  @ApiOkResponse({ type: AdminUserDto })
  reactivateUser(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: ReasonDto,
  ): Promise<AdminUserDto> {
    return this.users.setSuspended(actor, meta, id, false, dto.reason);
  }

  /** E-mails the user a new verification link; 409 when the address is already verified. Audited. */
  @Throttle({ default: { limit: 10, ttl: 60_000 } })
  @Post(':id/verification-email')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorResponseDto })
  @ApiConflictResponse({ type: ErrorResponseDto })
  async resendVerificationEmail(
    @CurrentUser() actor: AuthUser,
    @RequestMetadata() meta: RequestMeta,
    @Param('id', ParseUUIDPipe) id: string,
  ): Promise<void> {
    await this.users.resendVerificationEmail(actor, meta, id);
  }
}
