import { ApiProperty } from '@nestjs/swagger';

export class HealthStatusDto {
  @ApiProperty({ enum: ['ok', 'error'] }) status!: 'ok' | 'error';
  @ApiProperty({ example: { database: 'ok' }, additionalProperties: { type: 'string', enum: ['ok', 'down'] } })
  checks!: Record<string, 'ok' | 'down'>;
}
