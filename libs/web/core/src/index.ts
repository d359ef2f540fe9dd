export * from './api';
export * from './format';
export * from './site.store';
