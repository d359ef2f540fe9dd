import { ApiProperty } from '@nestjs/swagger';
import { UPLOAD_TYPES, UploadContentType } from './file-type';

/** An uploaded file as clients see it. */
export class UploadDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: UPLOAD_TYPES, example: 'image/jpeg', description: 'Determined from the bytes' })
  contentType!: UploadContentType;
  @ApiProperty({ type: 'integer', example: 482113, description: 'Size of the stored file in bytes' }) byteSize!: number;
  @ApiProperty({ example: 'jalan-berlubang.jpg', description: 'The uploaded file name, sanitised; for display only' })
  name!: string;
  @ApiProperty({ type: 'integer', nullable: true, example: 1600, description: 'Images only' }) width!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, example: 1200, description: 'Images only' }) height!: number | null;
}

/** The multipart body of an upload (for the OpenAPI document; the controller reads the stream). */
export class UploadFileBodyDto {
  @ApiProperty({ type: 'string', format: 'binary', description: 'One JPEG, PNG, WebP or PDF file' }) file!: unknown;
}
