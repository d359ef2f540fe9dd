// The Walikota design system: standalone components, directives and types (prefix `wk`).
// Global styles: libs/web/ui/src/styles/ui.css (imported by apps/web/src/styles.css).
export * from './lib/types';
export * from './lib/button';
export * from './lib/field';
export * from './lib/fieldset';
export * from './lib/error-summary';
export * from './lib/page-header';
export * from './lib/spinner';
export * from './lib/badge';
export * from './lib/alert';
export * from './lib/card';
export * from './lib/toasts';
export * from './lib/empty-state';
export * from './lib/skeleton';
export * from './lib/breadcrumbs';
export * from './lib/timeline';
export * from './lib/table';
export * from './lib/tabs';
export * from './lib/dialog';
export * from './lib/file-upload';
export * from './lib/filter-fold';
