import { describe, expect, it } from 'vitest';
import { startState } from '../../../../src/components/simulators/kit/start';
import { seededIO } from '../../../../src/flows/kit/replay';
import { newPracticeAccount, withIbKey } from '../../../../src/flows/services/practice-account';
import type { SmartOtpState } from '../../../../src/flows/smart-otp/smart-otp.types';
import { flow, T0 } from './helpers';

const loaded = (account = newPracticeAccount()) => ({ record: { v: 2 as const, account }, wasReset: false });
const start = (state: string, figure: boolean, account?: ReturnType<typeof newPracticeAccount>) =>
  startState<SmartOtpState>(flow, { state, figure }, loaded(account), T0, seededIO());

describe('"Try this step" on the reader’s own account', () => {
  it('registers the app into the reader’s account on the way, and says the account is theirs to keep', async () => {
    const mine = withIbKey(newPracticeAccount(), 'ios', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP');
    const started = await start('site-otp-entry', false, mine);
    expect(started.ownAccount).toBe(true);
    expect(started.state.account.pcOtp?.displayName).toBe('Home PC');
    expect(started.state.account.ibKey).toEqual(mine.ibKey);
  });

  it('figures never use (or write) the reader’s account', async () => {
    const started = await start('site-otp-entry', true, withIbKey(newPracticeAccount(), 'ios', 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP'));
    expect(started.ownAccount).toBe(false);
    expect(started.state.account.ibKey).toBeUndefined();
  });

  it('a fresh start and an unknown step keep nothing', async () => {
    expect((await startState(flow, { state: null, figure: false }, loaded(), T0, seededIO())).ownAccount).toBeUndefined();
    expect((await start('no-such-step', false)).ownAccount).toBeUndefined();
  });
});
