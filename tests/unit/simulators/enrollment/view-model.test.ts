import { describe, expect, it } from 'vitest';
import { phoneScreenKey, portalScreenKey, visibleQrSlots } from '../../../../src/components/simulators/enrollment/view-model';
import { transition } from '../../../../src/flows/enrollment/enrollment.machine';
import { portalShowsOffer } from '../../../../src/flows/enrollment/enrollment.selectors';
import { at, T0 } from '../../flows/enrollment/helpers';

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
  ])('%s → %j', async (name, slots) => {
    expect(visibleQrSlots(await at(name))).toEqual(slots);
  });

  it('the portal banner gives way once the user is enrolled', async () => {
    expect(portalShowsOffer(await at('android-success'))).toBe(false);
    expect(portalShowsOffer(await at('android-activation-error'))).toBe(true);
  });
});

describe('screen keys (focus moves when they change)', () => {
  it('tell menus, camera kinds and store pages apart', async () => {
    expect(phoneScreenKey(await at('android-more'))).toBe('menu:more');
    expect(phoneScreenKey(await at('ios-system-camera'))).toBe('camera:system');
    expect(phoneScreenKey(await at('android-activation-error'))).toBe('error');
    expect(phoneScreenKey(await at('ios-app-store'))).toBe('app-store:page');
  });

  it('change on the portal with a new offer, not with the clock', async () => {
    const offer = await at('portal-offer');
    expect(portalScreenKey(offer)).toBe('home:K7QM3XTP:offer');
    expect(portalScreenKey(transition(offer, { type: 'TICK', now: T0 + 1000 }))).toBe('home:K7QM3XTP:offer');
    expect(portalScreenKey(await at('portal-login'))).toBe('login');
  });
});
