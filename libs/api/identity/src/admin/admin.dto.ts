import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
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
  @ApiProperty() createdAt!: Date;
}

export class UserPageDto {
  @ApiProperty({ type: [AdminUserDto] }) items!: AdminUserDto[];
  @ApiProperty({ type: String, nullable: true, description: 'Pass as `after` for the next page' }) nextCursor!: string | null;
}

export class SetRolesDto {
  @ApiProperty({ enum: ROLES, isArray: true }) @IsArray() @ArrayMaxSize(4) @IsIn(ROLES, { each: true }) roles!: Role[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class SetDepartmentsDto {
  @ApiProperty({ type: [String], format: 'uuid' }) @IsArray() @ArrayMaxSize(50) @IsUUID('all', { each: true }) departmentIds!: string[];
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) reason?: string;
}

export class ReasonDto {
  @ApiProperty() @IsString() @MinLength(3) @MaxLength(500) reason!: string;
}
