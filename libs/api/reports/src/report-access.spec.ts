import type { AuthUser } from '@walikota/api-platform';
import { ReportSubject, canView, contentIsPublic, handles, isListed, visibilityOf } from './report-access';

const DPU = '00000000-0000-4000-8000-00000000d0d0';
const VERIFIED_AT = new Date('2026-03-02T03:00:00Z');
const report = (extra: Partial<ReportSubject> = {}): ReportSubject => ({
  privacy: 'public',
  status: 'verified',
  reporterId: 'reporter',
  departmentId: DPU,
  dispatchedAt: null,
  verifiedAt: VERIFIED_AT,
  ...extra,
});
const user = (id: string, roles: AuthUser['roles'], departmentIds: string[] = []): AuthUser => ({
  id,
  roles,
  departmentIds,
  language: 'id',
  via: 'session',
});

describe(contentIsPublic.name, () => {
  it('is public once verified, whatever came after, but never while rejected or if confidential', () => {
    expect(contentIsPublic(report({ status: 'submitted', verifiedAt: null }))).toBe(false);
    expect(contentIsPublic(report())).toBe(true);
    expect(contentIsPublic(report({ status: 'duplicate' }))).toBe(true);
    expect(contentIsPublic(report({ status: 'duplicate', verifiedAt: null }))).toBe(false);
    expect(contentIsPublic(report({ status: 'not_our_authority' }))).toBe(true);
    expect(contentIsPublic(report({ status: 'rejected' }))).toBe(false);
    expect(contentIsPublic(report({ status: 'rejected', verifiedAt: null }))).toBe(false);
    expect(contentIsPublic(report({ privacy: 'anonymous', status: 'closed' }))).toBe(true);
    expect(contentIsPublic(report({ privacy: 'confidential', status: 'closed' }))).toBe(false);
  });

  it('lists what is public, except what was merged into another report', () => {
    expect(isListed(report())).toBe(true);
    expect(isListed(report({ status: 'duplicate' }))).toBe(false);
    expect(isListed(report({ status: 'submitted', verifiedAt: null }))).toBe(false);
    expect(isListed(report({ privacy: 'confidential' }))).toBe(false);
  });
});

describe(handles.name, () => {
  const official = user('official', ['citizen', 'official'], [DPU]);

  it('counts the department only once the report is dispatched to it', () => {
    expect(handles(official, report())).toBe(false);
    expect(handles(official, report({ status: 'dispatched', dispatchedAt: VERIFIED_AT }))).toBe(true);
    expect(handles(official, report({ status: 'dispatched', dispatchedAt: VERIFIED_AT, departmentId: 'other' }))).toBe(false);
  });
});

describe(visibilityOf.name, () => {
  const unverified = report({ status: 'submitted', verifiedAt: null });

  it('shows content to the reporter and staff before publication, the status to others', () => {
    expect(visibilityOf(undefined, unverified)).toBe('status');
    expect(visibilityOf(user('reporter', ['citizen']), unverified)).toBe('content');
    expect(visibilityOf(user('moderator', ['citizen', 'moderator']), unverified)).toBe('content');
    expect(visibilityOf(user('official', ['citizen', 'official'], [DPU]), unverified)).toBe('status');
    expect(canView(user('someone', ['citizen']), unverified)).toBe(false);
  });

  it('hides a confidential report from anyone who may not read it', () => {
    const confidential = report({ privacy: 'confidential' });
    expect(visibilityOf(undefined, confidential)).toBe('nothing');
    expect(visibilityOf(user('reporter', ['citizen']), confidential)).toBe('content');
  });
});
