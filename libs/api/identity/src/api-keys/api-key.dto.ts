import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { API_KEY_SCOPES, ApiKeyScope } from '@walikota/api-platform';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';

/** What a key may do when its creator names no scopes (and what keys made before scopes got). */
export const DEFAULT_API_KEY_SCOPES: ApiKeyScope[] = ['read', 'open311'];

export class CreateApiKeyDto {
  @ApiProperty({ example: 'Integrasi aplikasi kelurahan' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MinLength(3)
  @MaxLength(80)
  name!: string;

  @ApiPropertyOptional({
    enum: API_KEY_SCOPES,
    isArray: true,
    default: DEFAULT_API_KEY_SCOPES,
    description:
      '`read`: GET of non-admin routes; `open311`: file Open311 service requests; `reports`: workflow actions on reports; ' +
      '`keys`: manage your keys; `admin`: admin routes (admins only). A key creating a key can give it no more than its own.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(API_KEY_SCOPES.length)
  @ArrayUnique()
  @IsIn(API_KEY_SCOPES, { each: true })
  scopes?: ApiKeyScope[];
}

export class ApiKeyDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: 'wk_3f9aXk2' }) prefix!: string;
  @ApiProperty({ enum: API_KEY_SCOPES, isArray: true }) scopes!: ApiKeyScope[];
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The key that created this one (revoking it revokes this one)',
  })
  createdByKeyId!: string | null;
  @ApiProperty() createdAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) lastUsedAt!: Date | null;
}

export class CreatedApiKeyDto extends ApiKeyDto {
  @ApiProperty({ description: 'The key itself. Shown only this once: store it safely.' }) key!: string;
}
