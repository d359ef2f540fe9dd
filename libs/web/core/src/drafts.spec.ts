import { TestBed } from '@angular/core/testing';
import { Drafts, clearDrafts } from './drafts';

describe('Drafts', () => {
  let drafts: Drafts;
  beforeEach(() => {
    localStorage.clear();
    drafts = TestBed.inject(Drafts);
  });

  it('keeps a draft per form and account, until it is removed', () => {
    drafts.write('report', 'user-1', { title: 'Jalan berlubang', description: '' });
    expect(drafts.read('report', 'user-1')).toEqual({ title: 'Jalan berlubang', description: '' });
    expect(drafts.read('report', 'user-2')).toBeNull();
    expect(drafts.read('petition', 'user-1')).toBeNull();
    drafts.remove('report', 'user-1');
    expect(drafts.read('report', 'user-1')).toBeNull();
  });

  it('reads a damaged entry as no draft', () => {
    localStorage.setItem('walikota.draft.report.user-1', '{rusak');
    expect(drafts.read('report', 'user-1')).toBeNull();
    localStorage.setItem('walikota.draft.report.user-1', '["a"]');
    expect(drafts.read('report', 'user-1')).toBeNull();
  });

  it('forgets every draft at sign-out, and nothing else', () => {
    drafts.write('report', 'user-1', { title: 'a' });
    drafts.write('report', 'user-2', { title: 'b' });
    localStorage.setItem('walikota.language', 'en');
    clearDrafts();
    expect(drafts.read('report', 'user-1')).toBeNull();
    expect(drafts.read('report', 'user-2')).toBeNull();
    expect(localStorage.getItem('walikota.language')).toBe('en');
  });

  it('works on without storage (private browsing, full quota)', () => {
    const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('full', 'QuotaExceededError');
    });
    expect(() => drafts.write('report', 'user-1', { title: 'a' })).not.toThrow();
    setItem.mockRestore();
  });
});
