import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { PageLimit, ROLES, Role } from '@walikota/api-platform';
import { USER_STATUSES, UserStatus } from '../users/user.entity';

export class UserQueryDto {
  @ApiPropertyOptional({ description: 'Part of the name or e-mail' }) @IsOptional() @IsString() @MaxLength(100) q?: string;
  @ApiPropertyOptional({ enum: ROLES }) @IsOptional() @IsIn(ROLES) role?: Role;
  @ApiPropertyOptional({ description: 'Only members of this department', format: 'uuid' }) @IsOptional() @IsUUID() departmentId?: string;
  @ApiPropertyOptional({ description: 'Cursor: the id of the last user of the previous page', format: 'uuid' })
  @IsOptional()
  @IsUUID()
  after?: string;
  @PageLimit(50, 200)
  limit?: number;
}

export class AdminUserDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: USER_STATUSES }) status!: UserStatus;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String] }) departmentIds!: string[];
  @ApiProperty({ description: 'Registration' }) createdAt!: Date;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last successful sign-in; null: never' })
  lastSignInAt!: Date | null;
}

export class UserPageDto {
  @ApiProperty({ type: [AdminUserDto] }) items!: AdminUserDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page' }) nextCursor!: string | null;
}

/** A blank reason is no reason: "   " counts as none given. */
const trimmed = Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || undefined : value));

export class SetRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true }) @IsArray() @ArrayMaxSize(4) @IsIn(ROLES, { each: true }) roles!: Role[];
  @ApiPropertyOptional({ minLength: 3, maxLength: 500, description: 'Required when a role is added (recorded in the audit log)' })
  @trimmed
  @IsOptional()
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  reason?: string;
}

export class SetDepartmentsDto {
  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) departmentIds!: string[];
  @ApiPropertyOptional({ maxLength: 500 }) @trimmed @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(500) reason!: string;
}
