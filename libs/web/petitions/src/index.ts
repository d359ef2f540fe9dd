export { PETITIONS_ROUTES } from './petitions.routes';
export { PETITIONS_MESSAGES } from './petitions.messages';
/** State and response names, shared with the staff pages (libs/web/admin/src/petitions). */
export { PETITION_LABEL_MESSAGES } from './petition-labels.messages';
export { petitionLabels } from './data-access/petition-labels';
export type { PetitionFacts, PetitionLabels } from './data-access/petition-labels';
