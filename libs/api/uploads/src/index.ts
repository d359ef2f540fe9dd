export * from './file-type';
export * from './upload-cleanup.service';
export * from './upload.dto';
export * from './upload.entity';
export * from './uploads.module';
export * from './uploads.service';
export * from './upload-response';
