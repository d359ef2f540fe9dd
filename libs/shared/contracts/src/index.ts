export * from './api.generated';
export * from './report-vocabulary';
