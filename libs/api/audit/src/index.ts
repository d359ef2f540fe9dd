export * from './audit-anchor';
export * from './audit-labels.registry';
export * from './audit-log.entity';
export * from './audit.module';
export * from './audit.service';
