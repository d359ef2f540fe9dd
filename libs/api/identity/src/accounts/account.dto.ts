import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { EMAIL_FREQUENCIES, EmailFrequency } from '@walikota/api-notifications';
import { Transform } from 'class-transformer';
import { IsEmail, IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { ROLES, Role } from '@walikota/api-platform';
import { PERSON_NAME_MAX, PERSON_NAME_MIN } from '@walikota/shared-contracts';

const lowerTrim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterDto {
  @ApiProperty({ example: 'Siti Rahayu' })
  @Transform(trim)
  @IsString()
  @MinLength(PERSON_NAME_MIN)
  @MaxLength(PERSON_NAME_MAX)
  name!: string;
  @ApiProperty({ example: 'siti@example.id' }) @Transform(lowerTrim) @IsEmail() @MaxLength(254) email!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(200) password!: string;
  @ApiPropertyOptional({ example: '+6281234567890' })
  @IsOptional()
  @Matches(/^\+?[0-9 ()-]{8,20}$/)
  phone?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Home kelurahan' }) @IsOptional() @IsUUID() homeAreaId?: string;
  @ApiPropertyOptional({ enum: ['id', 'en'] }) @IsOptional() @IsIn(['id', 'en']) language?: 'id' | 'en';
}

export class LoginDto {
  @ApiProperty() @Transform(lowerTrim) @IsEmail() email!: string;
  @ApiProperty() @IsString() @MaxLength(200) password!: string;
}

export class TokenDto {
  @ApiProperty() @IsString() @MinLength(20) @MaxLength(100) token!: string;
}

export class ForgotPasswordDto {
  @ApiProperty() @Transform(lowerTrim) @IsEmail() email!: string;
}

export class ResetPasswordDto extends TokenDto {
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(200) password!: string;
}

export class ChangePasswordDto {
  @ApiProperty() @IsString() @MaxLength(200) currentPassword!: string;
  @ApiProperty({ minLength: 10 }) @IsString() @MaxLength(200) newPassword!: string;
}

export class UpdateProfileDto {
  @ApiPropertyOptional() @IsOptional() @Transform(trim) @IsString() @MinLength(PERSON_NAME_MIN) @MaxLength(PERSON_NAME_MAX) name?: string;
  @ApiPropertyOptional({ type: String, nullable: true }) @IsOptional() @Matches(/^\+?[0-9 ()-]{8,20}$/) phone?: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) @IsOptional() @IsUUID() homeAreaId?: string | null;
  @ApiPropertyOptional({ enum: ['id', 'en'] }) @IsOptional() @IsIn(['id', 'en']) language?: 'id' | 'en';
  @ApiPropertyOptional({ enum: EMAIL_FREQUENCIES }) @IsOptional() @IsIn(EMAIL_FREQUENCIES) emailFrequency?: EmailFrequency;
}

export class DeleteAccountDto {
  @ApiProperty({ description: 'The current password, to confirm' }) @IsString() @MaxLength(200) password!: string;
}

export class AcceptedDto {
  @ApiProperty({ example: 'Jika alamat itu terdaftar, kami telah mengirim e-mail ke sana.' }) message!: string;
}

export class ProfileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: String, nullable: true }) phone!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) homeAreaId!: string | null;
  @ApiProperty({ enum: ['id', 'en'] }) language!: 'id' | 'en';
  @ApiProperty({ enum: EMAIL_FREQUENCIES }) emailFrequency!: EmailFrequency;
  @ApiProperty() emailVerified!: boolean;
  @ApiProperty({ enum: ROLES, isArray: true }) roles!: Role[];
  @ApiProperty({ type: [String] }) departmentIds!: string[];
}
