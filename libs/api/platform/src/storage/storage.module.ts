import { Module } from '@nestjs/common';
import path from 'node:path';
import { AppConfig } from '../config/app-config';
import { DiskStorage } from './disk-storage';
import { FILE_STORAGE, FileStorage } from './file-storage';

/** The FileStorage chosen by STORAGE_DRIVER. */
export function createFileStorage(config: AppConfig): FileStorage {
  switch (config.storageDriver) {
    case 'disk':
      return new DiskStorage(path.resolve(config.dataDir, 'uploads'));
  }
}

/** Provides FILE_STORAGE; an S3-compatible driver would be one more case in createFileStorage. */
@Module({
  providers: [{ provide: FILE_STORAGE, inject: [AppConfig], useFactory: createFileStorage }],
  exports: [FILE_STORAGE],
})
export class StorageModule {}
