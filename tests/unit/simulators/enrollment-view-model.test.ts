import { describe, expect, it } from 'vitest';
import { milestones } from '../../../src/components/simulators/enrollment/milestones';
import { phoneScreenKey, portalScreenKey, portalShowsOffer, visibleQrSlots } from '../../../src/components/simulators/enrollment/view-model';
import { transition } from '../../../src/flows/enrollment/enrollment.machine';
import { enrollmentStates, findEnrollmentState, replayState } from '../../../src/flows/enrollment/enrollment.scenarios';
import type { EnrollmentEvent, EnrollmentState } from '../../../src/flows/enrollment/enrollment.types';
import { OFFER_TTL_MS } from '../../../src/flows/services/enrollment-offers';

const T0 = 1_700_000_000_000;
const at = (name: string): EnrollmentState => {
  const named = findEnrollmentState(name);
  if (!named) throw new Error(`no named state ${name}`);
  return replayState(named, T0);
};
const keys = (prev: EnrollmentState, event: EnrollmentEvent) => milestones(prev, transition(prev, event)).map((m) => m.key);

describe('which QR codes a figure waits for', () => {
  it.each([
    ['portal-login', []],
    ['portal-offer', ['portal']],
    ['portal-expired', ['portal']],
    ['portal-push-sent', []],
    ['portal-enrolled-confirmed', []],
    ['android-camera', ['portal', 'viewfinder']],
    ['ios-front-lens', ['portal']],
    ['ios-banner-website', ['portal', 'viewfinder']],
    ['android-success', []],
  ])('%s → %j', (name, slots) => {
    expect(visibleQrSlots(at(name))).toEqual(slots);
  });

  it('every named state can be drawn', () => {
    for (const named of enrollmentStates) {
      expect(() => visibleQrSlots(replayState(named, T0))).not.toThrow();
    }
  });

  it('the portal banner gives way once the user is enrolled', () => {
    expect(portalShowsOffer(at('android-success'))).toBe(false);
    expect(portalShowsOffer(at('android-error-expired'))).toBe(true);
  });
});

describe('screen keys (focus moves when they change)', () => {
  it('tell menus, camera kinds and error reasons apart', () => {
    expect(phoneScreenKey(at('android-more'))).toBe('menu:more');
    expect(phoneScreenKey(at('ios-system-camera'))).toBe('camera:system');
    expect(phoneScreenKey(at('android-error-expired'))).toBe('error:expired');
    expect(phoneScreenKey(at('ios-app-store'))).toBe('app-store:page');
  });

  it('change on the portal with a new offer, not with the clock', () => {
    const offer = at('portal-offer');
    expect(portalScreenKey(offer)).toBe('home:K7QM3XTP:offer');
    expect(portalScreenKey(transition(offer, { type: 'TICK', now: T0 + 1000 }))).toBe('home:K7QM3XTP:offer');
    expect(portalScreenKey(at('portal-login'))).toBe('login');
  });
});

describe('live-region milestones', () => {
  it('announce a new code with its display form', () => {
    const [first] = milestones(at('portal-login'), at('portal-offer'));
    expect(first).toEqual({ key: 'sim.enrollment.live.newCode', vars: { code: 'K7QM-3XTP' } });
  });

  it('announce expiry once, and nothing for an ordinary tick', () => {
    const offer = at('portal-offer');
    expect(keys(offer, { type: 'TICK', now: T0 + 1000 })).toEqual([]);
    expect(keys(offer, { type: 'TICK', now: T0 + OFFER_TTL_MS })).toEqual(['sim.enrollment.live.expired']);
    const expired = at('portal-expired');
    expect(keys(expired, { type: 'TICK', now: T0 + OFFER_TTL_MS + 1000 })).toEqual([]);
  });

  it('announce success, errors with their reason, and refused input', () => {
    expect(keys(at('android-pin'), { type: 'ACTIVATE' })).toEqual([]);
    const activating = transition(at('android-pin'), { type: 'ACTIVATE' });
    expect(keys(activating, { type: 'SECRET_CREATED', secret: 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP' })).toEqual(['sim.enrollment.live.success']);
    expect(milestones(at('android-pin'), at('android-error-expired')).map((m) => m.key)).toContain('sim.enrollment.error.expired');
    expect(keys(at('android-pin'), { type: 'TYPE_PIN', value: '1' })).toEqual([]);
    const short = transition(at('android-pin'), { type: 'TYPE_PIN', value: '1' });
    expect(keys(short, { type: 'ACTIVATE' })).toEqual(['sim.enrollment.pin.tooShort']);
    expect(keys(at('ios-system-camera'), { type: 'SWITCH_LENS' })).toEqual([]);
  });

  it('announce the login notification and its confirmation', () => {
    expect(milestones(at('portal-login'), at('portal-push-sent')).map((m) => m.key)).toEqual(['sim.enrollment.live.pushSent']);
    expect(keys(at('portal-push-sent'), { type: 'TAP_NOTIFICATION' })).toEqual(['sim.enrollment.live.confirmedEnrolled']);
  });

  it('say nothing when nothing changed', () => {
    const s = at('android-camera');
    expect(milestones(s, s)).toEqual([]);
  });
});
