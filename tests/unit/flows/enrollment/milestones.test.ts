import { describe, expect, it } from 'vitest';
import { transition } from '../../../../src/flows/enrollment/enrollment.machine';
import { enrollmentMilestones } from '../../../../src/flows/enrollment/enrollment.milestones';
import type { EnrollmentEvent, EnrollmentState } from '../../../../src/flows/enrollment/enrollment.types';
import { OFFER_TTL_MS } from '../../../../src/flows/services/activation-offers';
import { at, SECRET, T0 } from './helpers';

const keys = (prev: EnrollmentState, event: EnrollmentEvent) => enrollmentMilestones(prev, transition(prev, event)).map((m) => m.key);

describe('live-region milestones', () => {
  it('announce a new code with its display form', async () => {
    const [first] = enrollmentMilestones(await at('portal-login'), await at('portal-offer'));
    expect(first).toEqual({ key: 'sim.enrollment.live.newCode', vars: { code: 'K7QM-3XTP' } });
  });

  it('announce expiry once, and nothing for an ordinary tick', async () => {
    const offer = await at('portal-offer');
    expect(keys(offer, { type: 'TICK', now: T0 + 1000 })).toEqual([]);
    expect(keys(offer, { type: 'TICK', now: T0 + OFFER_TTL_MS })).toEqual(['sim.enrollment.live.expired']);
    expect(keys(await at('portal-expired'), { type: 'TICK', now: T0 + OFFER_TTL_MS + 1000 })).toEqual([]);
  });

  it('announce success, the one error whatever its cause, and refused input', async () => {
    const pin = await at('android-pin');
    const activating = transition(pin, { type: 'ACTIVATE' });
    expect(enrollmentMilestones(pin, activating)).toEqual([]);
    expect(keys(activating, { type: 'SECRET_CREATED', secret: SECRET })).toEqual(['sim.enrollment.live.success']);
    const error = ['sim.enrollment.live.error', 'sim.enrollment.error.activationFailed'];
    // The replayed error state got there through the code expiring, which is announced too.
    expect(enrollmentMilestones(pin, await at('android-activation-error')).map((m) => m.key)).toEqual(['sim.enrollment.live.expired', ...error]);
    expect(keys(transition(pin, { type: 'PORTAL_LOG_OUT' }), { type: 'ACTIVATE' })).toEqual(error);
    expect(keys(pin, { type: 'TYPE_PIN', value: '1' })).toEqual([]);
    expect(keys(transition(pin, { type: 'TYPE_PIN', value: '1' }), { type: 'ACTIVATE' })).toEqual(['sim.enrollment.pin.tooShort']);
    expect(keys(await at('ios-system-camera'), { type: 'SWITCH_LENS' })).toEqual([]);
  });

  it('announce the login notification and its confirmation', async () => {
    expect(enrollmentMilestones(await at('portal-login'), await at('portal-push-sent')).map((m) => m.key)).toEqual(['sim.enrollment.live.pushSent']);
    expect(keys(await at('portal-push-sent'), { type: 'TAP_NOTIFICATION' })).toEqual(['sim.enrollment.live.confirmedEnrolled']);
  });
});
