import { describe, expect, it } from 'vitest';
import { ocra } from '../../../../src/flows/crypto/ocra';
import { base32Decode } from '../../../../src/flows/crypto/otp';
import { seededIO } from '../../../../src/flows/kit/replay';
import { deviceOf, deviceResponse, expectedResponse, judgeResponse, newChallenge, OCRA_SUITES } from '../../../../src/flows/services/challenges';
import { newPracticeAccount, withIbKey, withToken } from '../../../../src/flows/services/practice-account';

const SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';

describe('challenges', () => {
  it('are 6 uniformly drawn digits, leading zeros kept', () => {
    const io = seededIO(42);
    const drawn = Array.from({ length: 2000 }, () => newChallenge(io.randomBytes));
    expect(drawn.every((c) => /^[0-9]{6}$/.test(c))).toBe(true);
    const firstDigits = new Set(drawn.map((c) => c[0]));
    expect(firstDigits.size).toBe(10);
    expect(newChallenge(() => new Uint8Array([0, 0, 0, 7]))).toBe('000007');
  });

  it('reject the biased top of the range instead of wrapping it', () => {
    let calls = 0;
    const source = () => (calls++ === 0 ? new Uint8Array([0xff, 0xff, 0xff, 0xff]) : new Uint8Array([0, 0, 0, 1]));
    expect(newChallenge(source)).toBe('000001');
    expect(calls).toBe(2);
    expect(() => newChallenge(() => new Uint8Array([0xff, 0xff, 0xff, 0xff]))).toThrow(/rejected/);
  });
});

describe('responses (RFC 6287 OCRA)', () => {
  it('are RFC 6287 OCRA (tested against the RFC vectors in ocra.test.ts) with each device’s suite, key and PIN', async () => {
    const key = base32Decode(SECRET);
    expect(await deviceResponse('ios', SECRET, '483920')).toBe(await ocra({ suite: 'OCRA-1:HOTP-SHA1-8:QN06', key, question: '483920' }));
    expect(await deviceResponse('token', SECRET, '483920')).toBe(await ocra({ suite: 'OCRA-1:HOTP-SHA1-8:QN06', key, question: '483920' }));
    expect(await deviceResponse('android', SECRET, '483920', '2468')).toBe(await ocra({ suite: 'OCRA-1:HOTP-SHA1-8:QN06-PSHA1', key, question: '483920', pin: '2468' }));
  });

  it('are 8 digits for every device; Android’s depends on the PIN, the others’ do not', async () => {
    for (const platform of ['ios', 'android', 'token'] as const) {
      expect(await deviceResponse(platform, SECRET, '483920', '2468')).toMatch(/^[0-9]{8}$/);
    }
    expect(await deviceResponse('android', SECRET, '483920', '2468')).not.toBe(await deviceResponse('android', SECRET, '483920', '1111'));
    expect(await deviceResponse('ios', SECRET, '483920', '2468')).toBe(await deviceResponse('ios', SECRET, '483920', '1111'));
    expect(OCRA_SUITES.android).toMatch(/PSHA1$/);
  });

  it('are expected from the device the account has on that platform only', async () => {
    const ios = withIbKey(newPracticeAccount(), 'ios', SECRET);
    expect(deviceOf(ios, 'ios')).not.toBeNull();
    expect(deviceOf(ios, 'android')).toBeNull();
    expect(deviceOf(ios, 'token')).toBeNull();
    expect(await expectedResponse(ios, 'android', '483920')).toBeNull();
    expect(deviceOf(withToken(newPracticeAccount(), SECRET, '1357'), 'token')).toEqual({ secret: SECRET, pin: '1357' });
  });

  it('are judged: the current challenge, an earlier one, or none', async () => {
    const account = withIbKey(newPracticeAccount(), 'android', SECRET, '2468');
    const forOld = await deviceResponse('android', SECRET, '111111', '2468');
    const forNow = await deviceResponse('android', SECRET, '222222', '2468');
    expect(await judgeResponse(account, 'android', forNow, '222222', ['111111'])).toBe('current');
    expect(await judgeResponse(account, 'android', forOld, '222222', ['111111'])).toBe('previous');
    expect(await judgeResponse(account, 'android', '00000000', '222222', ['111111'])).toBe('none');
    const wrongPin = await deviceResponse('android', SECRET, '222222', '9999');
    expect(await judgeResponse(account, 'android', wrongPin, '222222', [])).toBe('none');
  });
});
