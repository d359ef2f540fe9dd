export * from './api.generated';
export * from './report-vocabulary';
export * from './audit-vocabulary';
export * from './account-limits';
export * from './report-rules';
export * from './server-rendering';
export * from './petition-vocabulary';
export * from './forum-vocabulary';
