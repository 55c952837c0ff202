import { describe, expect, it, vi } from 'vitest';
import { longDate } from '../../../src/i18n/dates';

describe('longDate', () => {
  it('writes the date as each language does, every time it is asked (one formatter per language)', () => {
    const date = new Date('2026-12-03T00:00:00Z');
    for (let i = 0; i < 2; i++) {
      expect(longDate('ja', date)).toBe('2026年12月3日');
      expect(longDate('en', date)).toBe('December 3, 2026');
    }
  });

  it('reads the date in UTC, so the day shown does not depend on the machine that builds', async () => {
    const zone = process.env['TZ'];
    try {
      // Node applies a change of TZ at once; in Los Angeles and Tokyo these instants fall on other days.
      // A fresh module each time: its formatters are made under that zone.
      for (const tz of ['America/Los_Angeles', 'Asia/Tokyo']) {
        process.env['TZ'] = tz;
        vi.resetModules();
        const fresh = await import('../../../src/i18n/dates');
        expect(fresh.longDate('en', new Date('2026-12-03T00:30:00Z'))).toBe('December 3, 2026');
        expect(fresh.longDate('ja', new Date('2026-12-03T23:30:00Z'))).toBe('2026年12月3日');
      }
    } finally {
      if (zone === undefined) delete process.env['TZ'];
      else process.env['TZ'] = zone;
    }
  });
});
