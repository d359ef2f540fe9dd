import { MESSAGES } from './messages';

describe('web app messages', () => {
  it('has every key in both Indonesian and English, none empty', () => {
    const id = Object.keys(MESSAGES.id).sort();
    const en = Object.keys(MESSAGES.en).sort();
    expect(en).toEqual(id);
    for (const lang of ['id', 'en'] as const) {
      for (const [key, text] of Object.entries(MESSAGES[lang])) expect({ key, empty: text.trim() === '' }).toEqual({ key, empty: false });
    }
  });
});
