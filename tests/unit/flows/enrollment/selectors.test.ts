import { describe, expect, it } from 'vitest';
import { isCountdownPaused, offerRemainingMs, offerStatus } from '../../../../src/flows/enrollment/enrollment.selectors';
import { logIn, run, start, T0 } from './helpers';

describe('offer selectors', () => {
  it('have nothing to show before login', () => {
    const s = start('ios');
    expect(offerStatus(s)).toBe('none');
    expect(offerRemainingMs(s)).toBeNull();
    expect(isCountdownPaused(s)).toBe(false);
  });

  it('count down, freeze while paused, and report expiry', () => {
    const s = run(start('ios'), logIn(), { type: 'TICK', now: T0 + 60_000 });
    expect(offerStatus(s)).toBe('live');
    expect(offerRemainingMs(s)).toBe(240_000);
    const paused = run(s, { type: 'PAUSE', now: T0 + 60_000 }, { type: 'TICK', now: T0 + 600_000 });
    expect(isCountdownPaused(paused)).toBe(true);
    expect(offerRemainingMs(paused)).toBe(240_000);
    const expired = run(s, { type: 'TICK', now: T0 + 300_000 });
    expect(offerStatus(expired)).toBe('expired');
    expect(offerRemainingMs(expired)).toBeNull();
  });

  it('report a spent offer as used', () => {
    const s = run(
      start('ios'),
      logIn(),
      ...(['services', 'authenticate', 'add-user', 'setup-qr'] as const).map((target) => ({ type: 'TAP', target }) as const),
      { type: 'TYPE_CODE', value: 'K7QM3XTP' },
      { type: 'SUBMIT_CODE' },
    );
    expect(offerStatus(s)).toBe('used');
  });
});
