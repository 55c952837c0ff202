/**
 * Property tests of the IB Key activation flow: its input fields (the Session ID / Activation
 * Code, the Android PIN, the QR text the camera reads) and its state machine on random events.
 *
 * Invariants of every state:
 * - portal and phone screens are among the flow's screens; the back stack holds settled
 *   screens only (no problem or hint shown on a screen one returns to);
 * - an offer has a valid code, 0 ≤ wrong attempts ≤ MAX_WRONG_ATTEMPTS, and once the limit is
 *   reached it is spent (burned); its countdown never shows more than OFFER_TTL_MS;
 * - a problem or hint on the phone has a reason whose string is in en.json and ja.json;
 * - 'activating' carries the PIN exactly on Android (an Android IB Key needs one).
 * Invariants of every transition:
 * - the same offer is never un-spent and its wrong attempts never go down (a burned offer stays
 *   burned until a new login gives a new one);
 * - the account only ever gains an IB Key, on the phone being practised on, and never loses it;
 * - logging out of the portal from anywhere leaves it at its login with the clock running.
 * Liveness: a live offer runs out OFFER_TTL_MS after its countdown runs again (resumed if paused).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { enrollmentFlow } from '../../../src/flows/enrollment/enrollment.flow';
import { transition } from '../../../src/flows/enrollment/enrollment.machine';
import { ENROLLMENT_REASONS } from '../../../src/flows/enrollment/enrollment.reasons';
import {
  SCENARIO_MISTYPED_CODE, SCENARIO_NEXT_OFFER_CODE, SCENARIO_OFFER_CODE, SCENARIO_PIN, SCENARIO_SECRET,
} from '../../../src/flows/enrollment/enrollment.scenario-steps';
import { offerStatus } from '../../../src/flows/enrollment/enrollment.selectors';
import type { EnrollmentState, PhoneScreen, PhoneTarget } from '../../../src/flows/enrollment/enrollment.types';
import { isPaused } from '../../../src/flows/kit/clock';
import {
  formatOfferCode, MAX_CODE_INPUT_LENGTH, MAX_WRONG_ATTEMPTS, normaliseOfferCode, normalisePin, OFFER_CODE_ALPHABET, OFFER_CODE_LENGTH, OFFER_TTL_MS,
  offerQrText, parseOfferQrText, PIN_RULE,
} from '../../../src/flows/services/activation-offers';
import { isDeviceSecret, newPracticeAccount, withIbKey } from '../../../src/flows/services/practice-account';
import { anyText, decorated, ensure, ensureIn, expectReason, fullWidthAlnum, RUNS } from './arbitraries';
import { digitsFieldProperties } from './fields';
import { assertFlow, clockEvents, expectFlowStrings, expectStartsValid, FLOW_TIMEOUT_MS, offset, SETTLE, startsOf, type FlowSpec, type Start, type Step } from './harness';

const CODE = new RegExp(`^[${OFFER_CODE_ALPHABET}]{${OFFER_CODE_LENGTH}}$`);
const validCode = fc.string({ unit: fc.constantFrom(...OFFER_CODE_ALPHABET.split('')), minLength: OFFER_CODE_LENGTH, maxLength: OFFER_CODE_LENGTH });

// ---- Fields ----

describe('the activation code field (normaliseOfferCode)', () => {
  const reason = (problem: string) => expectReason(ENROLLMENT_REASONS, `code.${problem}`);

  it('never throws; gives an 8-character code of the alphabet, or a problem with a reason in both languages', () => {
    fc.assert(
      fc.property(anyText, (raw) => {
        const result = normaliseOfferCode(raw);
        if (result.ok) expect(result.code).toMatch(CODE);
        else reason(result.problem);
        if (raw.length > MAX_CODE_INPUT_LENGTH) expect(result).toEqual({ ok: false, problem: 'tooLong' });
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts full-width digits and letters exactly like ASCII ones, lower case like upper case', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, validCode.chain(decorated)), (raw) => {
        const result = normaliseOfferCode(raw);
        expect(normaliseOfferCode(fullWidthAlnum(raw))).toEqual(result);
        expect(normaliseOfferCode(raw.replace(/[A-Z]/g, (c) => c.toLowerCase()))).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts a code as printed ("K7QM-3XTP") or typed with full-width characters, any spaces and hyphens', () => {
    fc.assert(
      fc.property(validCode.chain((code) => fc.tuple(fc.constant(code), fc.oneof(decorated(code), fc.constant(formatOfferCode(code))))), ([code, raw]) => {
        fc.pre(raw.length <= MAX_CODE_INPUT_LENGTH);
        expect(normaliseOfferCode(raw)).toEqual({ ok: true, code });
      }),
      { numRuns: RUNS },
    );
  });

  it('is idempotent, and never gives more than the code length', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, validCode.chain(decorated)), (raw) => {
        const result = normaliseOfferCode(raw);
        if (!result.ok) return;
        expect(result.code.length).toBe(OFFER_CODE_LENGTH);
        expect(normaliseOfferCode(result.code)).toEqual(result);
        expect(normaliseOfferCode(formatOfferCode(result.code))).toEqual(result);
      }),
      { numRuns: RUNS },
    );
  });
});

digitsFieldProperties('the IB Key PIN field (normalisePin)', (raw) => {
  const result = normalisePin(raw);
  return result.ok ? { ok: true, value: result.pin } : result;
}, PIN_RULE, (problem) => expectReason(ENROLLMENT_REASONS, `pin.${problem}`));

describe('the QR text the camera reads (parseOfferQrText)', () => {
  it('never throws: an offer code, or null (the camera hint "not an offer" has strings)', () => {
    expectReason(ENROLLMENT_REASONS, 'camera.notAnOffer');
    fc.assert(
      fc.property(fc.oneof(anyText, validCode.map((c) => `${offerQrText(c)}${c}`), anyText.map((t) => offerQrText(t))), (text) => {
        const code = parseOfferQrText(text);
        if (code !== null) {
          expect(code).toMatch(CODE);
          expect(text).toBe(offerQrText(code));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('reads back every code it encodes', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        expect(parseOfferQrText(offerQrText(code))).toBe(code);
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- The flow ----

const PORTAL_SCREENS = ['login', 'push-sent', 'home'];
const PHONE_SCREENS = [
  'app-login', 'app-home', 'menu', 'add-user', 'code-entry', 'pin-entry', 'camera-permission', 'camera-denied', 'camera', 'unlock', 'activating',
  'success', 'error', 'qr-banner', 'website', 'app-store', 'phone-home', 'allow-notifications', 'notifications-off', 'settings', 'notification',
];
const TARGETS: PhoneTarget[] = [
  'log-in', 'services', 'more', 'two-factor', 'authenticate', 'add-user', 'session-id', 'setup-qr', 'qr-code', 'launch-camera', 'open-settings',
  'camera-app', 'open-app', 'get-app', 'continue', 'done',
];

const offersOf = (state: EnrollmentState) =>
  state.portal.screen === 'home' ? [state.portal.offer] : state.portal.screen === 'push-sent' && state.portal.pendingOffer ? [state.portal.pendingOffer] : [];

function screenReasons(phone: PhoneScreen): void {
  if (phone.screen === 'code-entry' && phone.problem !== undefined) expectReason(ENROLLMENT_REASONS, `code.${phone.problem}`);
  if (phone.screen === 'pin-entry' && phone.problem !== undefined) expectReason(ENROLLMENT_REASONS, `pin.${phone.problem}`);
  if (phone.screen === 'camera' && phone.hint !== undefined) expectReason(ENROLLMENT_REASONS, `camera.${phone.hint}`);
  if (phone.screen === 'error') expectReason(ENROLLMENT_REASONS, 'activationFailed');
}

function invariant(state: EnrollmentState): void {
  ensureIn(PORTAL_SCREENS, state.portal.screen, 'portal screen');
  ensureIn(PHONE_SCREENS, state.phone.screen, 'phone screen');
  for (const offer of offersOf(state)) {
    ensure(CODE.test(offer.code), () => `offer code ${offer.code}`);
    ensure(offer.wrongAttempts >= 0 && offer.wrongAttempts <= MAX_WRONG_ATTEMPTS, () => `wrong attempts ${offer.wrongAttempts}`);
    ensure(offer.wrongAttempts < MAX_WRONG_ATTEMPTS || offer.used, 'an offer burned by wrong codes is spent');
  }
  const timer = enrollmentFlow.timer(state);
  ensure(timer === null || timer.remainingMs <= OFFER_TTL_MS, () => `the countdown shows at most ${OFFER_TTL_MS} ms: ${timer?.remainingMs}`);
  screenReasons(state.phone);
  for (const screen of state.history) {
    ensureIn(PHONE_SCREENS, screen.screen, 'screen to go back to');
    ensure(!('problem' in screen) && !('hint' in screen), () => `history holds settled screens: ${JSON.stringify(screen)}`);
  }
  if (state.phone.screen === 'activating') ensure((state.phone.pin !== undefined) === (state.platform === 'android'), 'activating carries the PIN exactly on Android');
}

function stepInvariant(prev: EnrollmentState, _event: Step, next: EnrollmentState): void {
  for (const before of offersOf(prev)) {
    const after = offersOf(next).find((o) => o.code === before.code && o.issuedAt === before.issuedAt);
    if (after === undefined) continue;
    ensure(!before.used || after.used, 'a spent offer stays spent');
    ensure(after.wrongAttempts >= before.wrongAttempts, 'wrong attempts never go down');
  }
  if (prev.account !== next.account) {
    ensure(next.account.ibKey?.platform === next.platform, 'IB Key is activated on the phone practised on');
    ensure(isDeviceSecret(next.account.ibKey?.secret), 'with a device secret');
  }
  ensure(prev.account.ibKey === undefined || next.account.ibKey !== undefined, 'IB Key is never lost');
}

/** Texts the code and PIN fields get: junk, the scenario's codes, well-formed ones, and the code the portal shows now. */
const codeText = fc.oneof(
  anyText,
  fc.constantFrom(formatOfferCode(SCENARIO_OFFER_CODE), SCENARIO_OFFER_CODE, SCENARIO_NEXT_OFFER_CODE, SCENARIO_MISTYPED_CODE, '$offer'),
  validCode.chain(decorated),
);
const pinText = fc.oneof(anyText, fc.constantFrom(SCENARIO_PIN, '24', '1234567', '１３５７'), fc.stringMatching(/^[0-9]{4,6}$/));

const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 3, arbitrary: clockEvents },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('PORTAL_LOG_IN'), now: offset, offerCode: fc.oneof(validCode, fc.constantFrom(SCENARIO_OFFER_CODE, SCENARIO_NEXT_OFFER_CODE), anyText) }) },
  { weight: 1, arbitrary: fc.constantFrom<Step>({ type: 'PORTAL_LOG_OUT' }, { type: 'TAP_NOTIFICATION' }, { type: 'BACK' }, { type: 'SUBMIT_CODE' }, { type: 'ACTIVATE' }) },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('TAP'), target: fc.constantFrom(...TARGETS) }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('TYPE_CODE'), value: codeText }) },
  { weight: 2, arbitrary: fc.constantFrom<Step>({ type: 'SUBMIT_CODE' }, { type: 'ACTIVATE' }, { type: 'TAP_BANNER' }, { type: 'INSTALL_FINISHED' }, { type: 'SWITCH_LENS' }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('TYPE_PIN'), value: pinText }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constantFrom('CAMERA_PERMISSION', 'ALLOW_NOTIFICATIONS'), allow: fc.boolean() }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SET_SCAN_QR'), on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('POINT_CAMERA'), decoded: fc.oneof(fc.constant(null), fc.constant('$qr'), validCode.map(offerQrText), anyText) }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('UNLOCK'), method: fc.constantFrom('face', 'fingerprint', 'passcode') }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SECRET_CREATED'), secret: fc.oneof(fc.constant(SCENARIO_SECRET), anyText) }) },
  { weight: 3, arbitrary: fc.constant(SETTLE) },
);

/** '$offer' and '$qr' stand for the code the portal shows now, typed or scanned. */
function resolveStep(step: Step, state: EnrollmentState): Step {
  const shown = state.portal.screen === 'home' ? state.portal.offer.code : SCENARIO_OFFER_CODE;
  if (step.type === 'TYPE_CODE' && step.value === '$offer') return { ...step, value: formatOfferCode(shown) };
  if (step.type === 'POINT_CAMERA' && step.decoded === '$qr') return { ...step, decoded: offerQrText(shown) };
  return step;
}

const spec: FlowSpec<EnrollmentState> = {
  flow: enrollmentFlow,
  accounts: [
    newPracticeAccount(),
    withIbKey(newPracticeAccount(), 'ios', SCENARIO_SECRET),
    withIbKey(newPracticeAccount(), 'android', SCENARIO_SECRET, SCENARIO_PIN),
  ],
  steps,
  invariant,
  stepInvariant,
  resolve: resolveStep,
};

describe('the activation flow on random events', () => {
  let starts: Start<EnrollmentState>[];
  beforeAll(async () => {
    starts = await startsOf(spec);
  }, FLOW_TIMEOUT_MS);

  it('names strings of both languages for its title, start options and reasons', () => {
    expectFlowStrings(enrollmentFlow);
  });

  it('starts (fresh, and every named state as a figure and as "Try this step" on each device) keep every invariant', () => {
    expectStartsValid(spec, starts);
  });

  it('never throws, keeps every invariant, and a reset returns to the initial state', async () => {
    await assertFlow(spec, starts, {
      visit: ({ next }) => {
        // The countdown ends: resumed if paused, OFFER_TTL_MS later the offer is no longer live.
        if (offerStatus(next) === 'live') {
          const now = next.clock.now;
          const later = transition(transition(next, { type: 'RESUME', now }), { type: 'TICK', now: now + OFFER_TTL_MS });
          ensure(offerStatus(later) !== 'live', 'an offer runs out OFFER_TTL_MS after the countdown runs again');
        }
        // Logging out of the portal, from anywhere: the login, no pause left, no notification on the phone.
        const out = transition(next, { type: 'PORTAL_LOG_OUT' });
        ensure(out.portal.screen === 'login' && !isPaused(out.clock) && out.phone.screen !== 'notification', () => `logged out: ${JSON.stringify(out.portal)} ${out.phone.screen}`);
      },
    });
  }, FLOW_TIMEOUT_MS);
});
