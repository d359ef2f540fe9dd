import { escapeXml, isoWithOffset, parseOpen311Date, serialize, toXml } from './open311-format';

describe('open311-format', () => {
  describe(escapeXml.name, () => {
    it('escapes the five special characters', () => {
      expect(escapeXml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;');
    });

    it('escapes an ampersand once, even before what looks like an entity', () => {
      expect(escapeXml('&amp; &lt;')).toBe('&amp;amp; &amp;lt;');
    });

    it('drops control characters XML 1.0 forbids, keeps tabs and line breaks and non-ASCII text', () => {
      expect(escapeXml('a\u0000b\u0007c\u001Fd\te\nf\rg – Jalan Ahmad Yani ✓')).toBe('abcd\te\nf\rg – Jalan Ahmad Yani ✓');
    });
  });

  describe(toXml.name, () => {
    it('writes lists with the spec’s item elements, objects as children, null as an empty element', () => {
      const xml = toXml('service_requests', [
        { service_request_id: 'LPR-2026-000001', status_notes: null, lat: -6.99, metadata: false, attributes: [] },
      ]);
      expect(xml).toBe(
        '<?xml version="1.0" encoding="utf-8"?>\n' +
          '<service_requests><request><service_request_id>LPR-2026-000001</service_request_id><status_notes/>' +
          '<lat>-6.99</lat><metadata>false</metadata><attributes></attributes></request></service_requests>',
      );
    });

    it('names the items of services, errors, endpoints and formats', () => {
      expect(toXml('services', [{ service_code: 'a' }])).toContain(
        '<services><service><service_code>a</service_code></service></services>',
      );
      expect(toXml('errors', [{ code: 400, description: 'x' }])).toContain(
        '<errors><error><code>400</code><description>x</description></error></errors>',
      );
      expect(toXml('discovery', { endpoints: [{ formats: ['text/xml'] }] })).toContain(
        '<discovery><endpoints><endpoint><formats><format>text/xml</format></formats></endpoint></endpoints></discovery>',
      );
    });

    it('escapes text values', () => {
      expect(toXml('errors', [{ code: 400, description: `<&>"'` }])).toContain('<description>&lt;&amp;&gt;&quot;&apos;</description>');
    });
  });

  describe(serialize.name, () => {
    it('writes JSON as it is', () => {
      expect(serialize('json', 'services', [{ service_code: 'a', group: null }])).toBe('[{"service_code":"a","group":null}]');
    });
  });

  describe(isoWithOffset.name, () => {
    it('writes the time in the city with its offset, to the second', () => {
      expect(isoWithOffset(new Date('2026-03-01T17:30:15.987Z'), 'Asia/Jakarta')).toBe('2026-03-02T00:30:15+07:00');
      expect(isoWithOffset(new Date('2026-03-01T17:30:15Z'), 'Asia/Jayapura')).toBe('2026-03-02T02:30:15+09:00');
      expect(isoWithOffset(new Date('2026-01-15T12:00:00Z'), 'America/Los_Angeles')).toBe('2026-01-15T04:00:00-08:00');
      expect(isoWithOffset(new Date('2026-01-15T12:00:00Z'), 'UTC')).toBe('2026-01-15T12:00:00+00:00');
    });
  });

  describe(parseOpen311Date.name, () => {
    it('reads a date and time with its offset as given', () => {
      expect(parseOpen311Date('2026-03-01T10:00:00-08:00', 'Asia/Jakarta').toISOString()).toBe('2026-03-01T18:00:00.000Z');
      expect(parseOpen311Date('2026-03-01T10:00:00Z', 'Asia/Jakarta').toISOString()).toBe('2026-03-01T10:00:00.000Z');
    });

    it.each(['2026-03-01T10:00:00', '2026-W01', '2026-12', '2026-02-30'])('refuses %p (no offset, or not a day)', (value) => {
      expect(() => parseOpen311Date(value, 'Asia/Jakarta')).toThrow(RangeError);
    });

    it('reads a bare date as the city’s midnight, or as an end date the end of that day', () => {
      expect(parseOpen311Date('2026-03-01', 'Asia/Jakarta').toISOString()).toBe('2026-02-28T17:00:00.000Z');
      expect(parseOpen311Date('2026-03-01', 'Asia/Jakarta', true).toISOString()).toBe('2026-03-01T16:59:59.999Z');
    });
  });
});
