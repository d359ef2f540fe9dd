import { PETITION_LIST_FILTERS, PETITION_RESPONSE_STATUSES, PETITION_SORTS, PETITION_STATES } from '@walikota/shared-contracts';
import { COMMON_MESSAGES, UI_MESSAGES, catalogProblems, duplicateKeys } from '@walikota/web-i18n';
import { PETITION_LABEL_MESSAGES } from './petition-labels.messages';
import { PETITIONS_MESSAGES } from './petitions.messages';

describe('petitions messages', () => {
  it('has every key in both languages, none empty, the same placeholders', () => {
    expect(catalogProblems(PETITIONS_MESSAGES)).toEqual([]);
    expect(catalogProblems(PETITION_LABEL_MESSAGES)).toEqual([]);
  });

  it('defines no key that the shared catalogs (loaded with every page, or with the petition labels) already define', () => {
    expect(
      duplicateKeys({ common: COMMON_MESSAGES, ui: UI_MESSAGES, petitionLabels: PETITION_LABEL_MESSAGES, petitions: PETITIONS_MESSAGES }),
    ).toEqual([]);
  });

  it('keeps every key under petitions.', () => {
    const keys = [...Object.keys(PETITIONS_MESSAGES.id), ...Object.keys(PETITION_LABEL_MESSAGES.id)];
    expect(keys.filter((key) => !key.startsWith('petitions.'))).toEqual([]);
  });

  it('names every state, response status, list filter and order', () => {
    const labels = PETITION_LABEL_MESSAGES.id;
    const keys = [
      ...PETITION_STATES.map((s) => `petitions.state.${s}`),
      ...PETITION_RESPONSE_STATUSES.filter((s) => s !== 'none').map((s) => `petitions.response.${s}`),
      'petitions.response.overdue',
    ];
    expect(keys.filter((key) => !(key in labels))).toEqual([]);
    const own = [...PETITION_LIST_FILTERS.map((f) => `petitions.filter.state.${f}`), ...PETITION_SORTS.map((s) => `petitions.sort.${s}`)];
    expect(own.filter((key) => !(key in PETITIONS_MESSAGES.id))).toEqual([]);
  });
});
