export * from './counting/petition-counter';
export * from './petition.dto';
export * from './petition.entity';
export * from './petition-links';
export * from './petition-queries.service';
export * from './petition-rules';
export * from './petitions.module';
export * from './petitions.service';
