export * from './test-app';
export * from './test-config';
export * from './test-database';
export * from './session-browser';
export * from './log-lines';
