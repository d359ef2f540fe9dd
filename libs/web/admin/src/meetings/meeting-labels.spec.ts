import { commitmentTone, meetingPath, meetingStatusTone, parseCodes, parseDecimal, publicMeetingPath } from './meeting-labels';
import type { CommitmentDto } from '@walikota/shared-contracts';

describe('meeting labels', () => {
  it('builds the staff and public addresses', () => {
    expect(meetingPath()).toBe('/admin/balai-kota');
    expect(meetingPath('MTG-2026-000012', 'presensi')).toBe('/admin/balai-kota/MTG-2026-000012/presensi');
    expect(publicMeetingPath('MTG-2026-000012')).toBe('/balai-kota/rapat/MTG-2026-000012');
  });

  it('reads comma-separated codes, in upper case, once each', () => {
    expect(parseCodes(' pts-2026-000001, PTS-2026-000002 ,, pts-2026-000001 ')).toEqual(['PTS-2026-000001', 'PTS-2026-000002']);
    expect(parseCodes('LPR-2026-000003 LPR-2026-000004;')).toEqual(['LPR-2026-000003', 'LPR-2026-000004']);
    expect(parseCodes('  ')).toEqual([]);
  });

  it('reads decimals written with a comma or a point', () => {
    expect(parseDecimal('-6,9812')).toBe(-6.9812);
    expect(parseDecimal(' 110.4118 ')).toBe(110.4118);
    expect(parseDecimal('')).toBeNull();
    expect(parseDecimal('abc')).toBeNull();
  });

  it('gives every status a tone, overdue first', () => {
    expect(meetingStatusTone('live')).toBe('success');
    expect(meetingStatusTone('cancelled')).toBe('danger');
    const commitment = { status: 'open', overdue: false } as CommitmentDto;
    expect(commitmentTone(commitment)).toBe('warning');
    expect(commitmentTone({ ...commitment, overdue: true })).toBe('danger');
    expect(commitmentTone({ ...commitment, status: 'done' })).toBe('success');
  });
});
