export * from './api.generated';
