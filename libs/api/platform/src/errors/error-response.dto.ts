import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class ErrorDetailDto {
  @ApiPropertyOptional({ example: 'email' }) field?: string;
  @ApiProperty({ example: 'isEmail' }) code!: string;
  @ApiProperty({ example: 'Kolom «email» harus berupa alamat e-mail yang valid.' }) message!: string;
}

/** The body of every error response. */
export class ErrorResponseDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'validation_failed', description: 'Stable machine-readable code' }) code!: string;
  @ApiProperty({
    example: 'Data yang dikirim belum benar. Periksa kolom yang ditandai.',
    description: 'In the language of Accept-Language (id by default)',
  })
  message!: string;
  @ApiPropertyOptional({ type: [ErrorDetailDto] }) details?: ErrorDetailDto[];
}
