export * from './discovery.module';
export * from './preview-card/preview-card.controller';
export * from './preview-card/preview-card-svg';
export * from './robots/robots-txt';
export * from './sitemap/public-pages.source';
export * from './sitemap/sitemap-source';
export * from './sitemap/sitemap-sources';
export * from './sitemap/sitemap-xml';
