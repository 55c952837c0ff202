import { describe, expect, it } from 'vitest';
import { startState } from '../../../../src/components/simulators/kit/start';
import type { PracticeRecord } from '../../../../src/components/simulators/kit/practice-store';
import { enrollmentFlow } from '../../../../src/flows/enrollment/enrollment.flow';
import type { EnrollmentState } from '../../../../src/flows/enrollment/enrollment.types';
import { seededIO } from '../../../../src/flows/kit/replay';
import { newPracticeAccount, withIbKey } from '../../../../src/flows/services/practice-account';

const NOW = 1_700_000_000_000;
const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const mine = withIbKey(newPracticeAccount(), 'ios', SECRET);
const loaded = (record: Partial<PracticeRecord> = {}, wasReset = false) => ({ record: { v: 2 as const, account: mine, ...record }, wasReset });
const start = (state: string | null, extra: { figure?: boolean; platform?: 'ios' | 'android' | 'token'; start?: string } = {}, from = loaded()) =>
  startState<EnrollmentState>(enrollmentFlow, { state, figure: extra.figure ?? false, platform: extra.platform, start: extra.start }, from, NOW, seededIO());

describe('where a simulator starts', () => {
  it('fresh: the reader’s practice account, on the page’s device', async () => {
    const { state, notice } = await start(null, { platform: 'ios' });
    expect(notice).toBeNull();
    expect(state.account).toEqual(mine);
    expect(state).toMatchObject({ platform: 'ios', phone: { screen: 'app-login' }, portal: { screen: 'login' }, clock: { now: NOW } });
  });

  it('a device the flow does not have falls back to the flow’s first', async () => {
    expect((await start(null, { platform: 'token' })).state.platform).toBe('android');
  });

  it('a start option of the page (the portal-banner guide: no app yet)', async () => {
    const { state } = await start(null, { platform: 'ios', start: 'no-app' });
    expect(state.phone).toEqual({ screen: 'phone-home' });
    expect(state.settings.appInstalled).toBe(false);
  });

  it('a named state is replayed from now, from its scenario account, not the reader’s', async () => {
    const { state, notice } = await start('ios-activation-code');
    expect(notice).toBeNull();
    expect(state.account).toEqual(newPracticeAccount());
    expect(state.phone).toEqual({ screen: 'code-entry', input: 'K7QM-3XTP' });
    expect(state.portal).toMatchObject({ screen: 'home', offer: { issuedAt: NOW } });
  });

  it('a portal state opens on the page’s device, with the page’s start option', async () => {
    expect((await start('portal-offer', { platform: 'ios' })).state.platform).toBe('ios');
    expect((await start('portal-offer', { platform: 'android' })).state.platform).toBe('android');
    const banner = await start('portal-offer', { platform: 'ios', start: 'no-app' });
    expect(banner.state.settings.appInstalled).toBe(false);
    expect(banner.state.phone.screen).toBe('phone-home');
  });

  it('an unknown state says so and starts at the beginning', async () => {
    for (const name of ['no-such-step', 'constructor', '__proto__', 'toString']) {
      const { state, notice } = await start(name, { platform: 'ios' });
      expect(notice, name).toEqual({ key: 'sim.common.stateNotFound' });
      expect(state.phone.screen).toBe('app-login');
    }
  });

  it('resume picks up this flow’s stored state, and ignores another flow’s or an invalid one', async () => {
    const stored = (await start('android-pin')).state;
    const resume = (flow: string, version: number, state: unknown) => loaded({ resume: { flow, version, state } });
    expect((await start('resume', {}, resume('enrollment', enrollmentFlow.version, stored))).state).toEqual(stored);
    expect((await start('resume', {}, resume('other-flow', enrollmentFlow.version, stored))).state.phone.screen).toBe('app-login');
    expect((await start('resume', {}, resume('enrollment', enrollmentFlow.version - 1, stored))).state.phone.screen).toBe('app-login');
    const tampered = { ...stored, phone: { screen: 'pin-entry', code: 'x', pin: 12 } };
    expect((await start('resume', {}, resume('enrollment', enrollmentFlow.version, tampered))).state.phone.screen).toBe('app-login');
  });

  it('tells the reader when their stored practice data had to be reset', async () => {
    expect((await start(null, {}, loaded({}, true))).notice).toEqual({ key: 'sim.common.storageReset' });
  });
});
