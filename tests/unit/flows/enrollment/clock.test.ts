import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/enrollment/enrollment.machine';
import type { EnrollmentState } from '../../../../src/flows/enrollment/enrollment.types';
import { logIn, run, start, T0 } from './helpers';

const MIN = 60_000;
const expiresAt = (s: EnrollmentState) => (s.portal.screen === 'home' ? s.portal.offer.expiresAt : Number.NaN);
const loggedIn = () => run(start('android'), logIn());

describe('the offer countdown', () => {
  it('TICK only moves the clock', () => {
    const s = run(loggedIn(), { type: 'TICK', now: T0 + 1_000 });
    expect(s.clock).toEqual({ now: T0 + 1_000 });
    expect(expiresAt(s)).toBe(T0 + 5 * MIN);
  });

  it('PAUSE then RESUME moves the expiry by the paused time', () => {
    const paused = run(loggedIn(), { type: 'PAUSE', now: T0 + MIN });
    expect(paused.clock).toEqual({ now: T0 + MIN, pausedAt: T0 + MIN });
    expect(transition(paused, { type: 'PAUSE', now: T0 + 2 * MIN })).toBe(paused);
    const later = run(paused, { type: 'TICK', now: T0 + 30 * MIN });
    expect(later.clock).toEqual({ now: T0 + 30 * MIN, pausedAt: T0 + MIN });
    const resumed = run(later, { type: 'RESUME', now: T0 + 30 * MIN });
    expect(resumed.clock).toEqual({ now: T0 + 30 * MIN });
    expect(expiresAt(resumed)).toBe(T0 + 34 * MIN);
  });

  it('does not expire while paused', () => {
    const field = run(start('ios'), logIn(), ...(['services', 'authenticate', 'add-user', 'setup-qr'] as const).map((target) => ({ type: 'TAP', target }) as const));
    const typed = run(field, { type: 'TYPE_CODE', value: 'K7QM3XTP' }, { type: 'PAUSE', now: T0 + MIN }, { type: 'TICK', now: T0 + 60 * MIN });
    expect(run(typed, { type: 'SUBMIT_CODE' }).phone.screen).toBe('activating');
    const resumed = run(typed, { type: 'RESUME', now: T0 + 60 * MIN }, { type: 'TICK', now: T0 + 64 * MIN });
    expect(run(resumed, { type: 'SUBMIT_CODE' }).phone).toEqual({ screen: 'error', cause: 'usedOrExpired' });
  });

  it('cannot pause a dead offer or with nobody logged in', () => {
    const dead = run(loggedIn(), { type: 'TICK', now: T0 + 5 * MIN });
    expect(transition(dead, { type: 'PAUSE', now: T0 + 5 * MIN })).toBe(dead);
    const out = start('ios');
    expect(transition(out, { type: 'PAUSE', now: T0 })).toBe(out);
  });

  it('EXTEND gives a full five minutes from now, to a live offer only', () => {
    const s = run(loggedIn(), { type: 'EXTEND', now: T0 + 4 * MIN });
    expect(expiresAt(s)).toBe(T0 + 9 * MIN);
    const dead = run(loggedIn(), { type: 'TICK', now: T0 + 6 * MIN });
    expect(transition(dead, { type: 'EXTEND', now: T0 + 6 * MIN })).toBe(dead);
  });

  it('EXTEND while paused counts from the moment of the pause', () => {
    const s = run(loggedIn(), { type: 'PAUSE', now: T0 + MIN }, { type: 'EXTEND', now: T0 + 3 * MIN });
    expect(expiresAt(s)).toBe(T0 + 6 * MIN);
    expect(s.clock).toEqual({ now: T0 + 3 * MIN, pausedAt: T0 + MIN });
    expect(expiresAt(run(s, { type: 'RESUME', now: T0 + 4 * MIN }))).toBe(T0 + 9 * MIN);
  });

  it('logging out ends a pause; the next login counts normally', () => {
    const s = run(loggedIn(), { type: 'PAUSE', now: T0 + MIN }, { type: 'PORTAL_LOG_OUT' });
    expect(s.clock).toEqual({ now: T0 + MIN });
    expect(expiresAt(run(s, logIn(2 * MIN)))).toBe(T0 + 7 * MIN);
  });
});
