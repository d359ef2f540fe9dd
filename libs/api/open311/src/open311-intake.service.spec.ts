import { reportDescription, titleFrom } from './open311-intake.service';

describe('Open311IntakeService helpers', () => {
  describe(titleFrom.name, () => {
    it('keeps a short description whole, on one line', () => {
      expect(titleFrom('  Lampu jalan mati\n\ndi depan   sekolah  ')).toBe('Lampu jalan mati di depan sekolah');
    });

    it('cuts a long one at a word, under 150 characters, with an ellipsis', () => {
      const text = `${'Saluran tersumbat, '.repeat(10)}banjir.`;
      const title = titleFrom(text);
      expect(title.length).toBeLessThanOrEqual(150);
      expect(title).toBe(`${'Saluran tersumbat, '.repeat(7)}Saluran…`);
    });

    it('cuts inside a word only when there is no space to cut at', () => {
      const title = titleFrom('x'.repeat(200));
      expect(title).toBe(`${'x'.repeat(149)}…`);
    });
  });

  describe(reportDescription.name, () => {
    it('keeps a description long enough as it is', () => {
      expect(reportDescription('Sampah menumpuk di depan pasar.', 'Sampah dan kebersihan')).toBe('Sampah menumpuk di depan pasar.');
    });

    it('introduces a short one with the service name', () => {
      expect(reportDescription('Lampu mati!', 'Lainnya')).toBe('Laporan Lainnya: Lampu mati!');
    });

    it('adds media_url when it fits, and leaves it out when it does not', () => {
      expect(reportDescription('Sampah menumpuk di depan pasar.', 'x', 'https://example.id/1.jpg')).toBe(
        'Sampah menumpuk di depan pasar.\n\nMedia: https://example.id/1.jpg',
      );
      const full = 'a'.repeat(4990);
      expect(reportDescription(full, 'x', 'https://example.id/1.jpg')).toBe(full);
    });
  });
});
