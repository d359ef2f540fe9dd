export * from './open311-errors';
export * from './open311-format';
export * from './open311.dto';
export * from './open311.module';
