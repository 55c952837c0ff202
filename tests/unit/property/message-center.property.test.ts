/**
 * Property tests of the Secure Message Center's message settings: the values its selects and
 * radio buttons send (any text may arrive), and its state machine on random events.
 *
 * Invariants of every state:
 * - the page is among the flow's; the user menu is never open on the login page;
 * - on the settings: the form holds offered values only; "saved" means the form is what the
 *   account holds; the unsaved-changes warning shows only when there are unsaved changes;
 *   the same-language complaint only while both languages are the same;
 * - the saved settings are valid (two different languages) and every problem shown has a
 *   reason whose string is in en.json and ja.json.
 * Invariants of every transition:
 * - the account changes only by Save, to the form's settings.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { messageCenterFlow } from '../../../src/flows/message-center/message-center.flow';
import { transition } from '../../../src/flows/message-center/message-center.machine';
import { MESSAGE_CENTER_REASONS } from '../../../src/flows/message-center/message-center.reasons';
import { asDelivery, asLanguage, hasUnsavedChanges, sameSettings } from '../../../src/flows/message-center/message-center.settings';
import type { MessageCenterState } from '../../../src/flows/message-center/message-center.types';
import { MESSAGE_DELIVERIES, MESSAGE_LANGUAGES, newPracticeAccount, withMessageSettings } from '../../../src/flows/services/practice-account';
import { anyText, ensure, ensureIn, expectReason, fullWidthAscii, RUNS } from './arbitraries';
import { assertFlow, clockEvents, expectFlowStrings, expectStartsValid, FLOW_TIMEOUT_MS, SETTLE, startsOf, type FlowSpec, type Start, type Step } from './harness';

// ---- Fields: the values of the selects and radio buttons ----

describe('the language and delivery values (asLanguage, asDelivery)', () => {
  const value = fc.oneof(anyText, fc.constantFrom(...MESSAGE_LANGUAGES, ...MESSAGE_DELIVERIES, 'EN', ' ja', 'ja ', 'zh', '__proto__', 'toString', 'constructor'));

  it('never throw: one of the offered values, or nothing (the form keeps its value)', () => {
    fc.assert(
      fc.property(value, (raw) => {
        const language = asLanguage(raw);
        const delivery = asDelivery(raw);
        if (language !== null) expect(MESSAGE_LANGUAGES).toContain(language);
        if (delivery !== null) expect(MESSAGE_DELIVERIES).toContain(delivery);
        expect(language === null ? null : raw).toBe(language);
        expect(delivery === null ? null : raw).toBe(delivery);
      }),
      { numRuns: RUNS },
    );
  });

  it('are idempotent, and a full-width copy of an offered value is not taken for it (values come from the form, not typing)', () => {
    fc.assert(
      fc.property(value, (raw) => {
        const language = asLanguage(raw);
        if (language !== null) expect(asLanguage(language)).toBe(language);
        const delivery = asDelivery(raw);
        if (delivery !== null) expect(asDelivery(delivery)).toBe(delivery);
        if (/[\x21-\x7e]/.test(raw)) {
          expect(asLanguage(fullWidthAscii(raw))).toBeNull();
          expect(asDelivery(fullWidthAscii(raw))).toBeNull();
        }
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- The flow ----

const PAGES = ['login', 'home', 'inbox', 'settings'];

function invariant(state: MessageCenterState): void {
  const { page, account } = state;
  ensureIn(PAGES, page.screen, 'page');
  if (page.screen === 'login') ensure(!state.menuOpen, 'no user menu on the login page');
  const saved = account.messageSettings;
  ensure(saved === undefined || saved.first !== saved.second, 'saved settings have two languages');
  if (page.screen !== 'settings') return;
  ensureIn(MESSAGE_LANGUAGES, page.form.first, 'first language');
  ensureIn(MESSAGE_LANGUAGES, page.form.second, 'second language');
  ensureIn(MESSAGE_DELIVERIES, page.form.delivery, 'delivery');
  if (page.saved) ensure(saved !== undefined && sameSettings(page.form, saved), 'saved means the form is what is stored');
  if (page.leaving !== undefined) {
    ensure(hasUnsavedChanges(page.form, account), 'the warning only with unsaved changes');
    expectReason(MESSAGE_CENTER_REASONS, 'unsavedChanges');
  }
  if (page.problem !== undefined) {
    ensure(page.form.first === page.form.second, 'the complaint only while both languages are the same');
    expectReason(MESSAGE_CENTER_REASONS, page.problem);
  }
}

function stepInvariant(prev: MessageCenterState, event: Step, next: MessageCenterState): void {
  if (prev.account === next.account) return;
  ensure(event.type === 'SAVE', () => `only Save changes the account, not ${event.type}`);
  ensure(prev.page.screen === 'settings' && next.account.messageSettings !== undefined && sameSettings(prev.page.form, next.account.messageSettings), 'Save stores the form');
}

const choice = fc.oneof(fc.constantFrom(...MESSAGE_LANGUAGES), fc.constantFrom(...MESSAGE_DELIVERIES), anyText);
const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: clockEvents },
  { weight: 4, arbitrary: fc.constantFrom<Step>({ type: 'LOG_IN' }, { type: 'TOGGLE_MENU' }, { type: 'CLOSE_MENU' }, { type: 'OPEN_SETTINGS' }, { type: 'SAVE' }, { type: 'STAY' }, { type: 'LEAVE' }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('GO'), to: fc.constantFrom('home', 'inbox', 'log-out') }) },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('CHOOSE_LANGUAGE'), field: fc.constantFrom('first', 'second'), value: choice }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('CHOOSE_DELIVERY'), value: choice }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('PREVIEW'), open: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant(SETTLE) },
);

const spec: FlowSpec<MessageCenterState> = {
  flow: messageCenterFlow,
  accounts: [newPracticeAccount(), withMessageSettings(newPracticeAccount(), { first: 'ja', second: 'en', delivery: 'sms' })!],
  steps,
  invariant,
  stepInvariant,
};

describe('the message settings on random events', () => {
  let starts: Start<MessageCenterState>[];
  beforeAll(async () => {
    starts = await startsOf(spec);
  }, FLOW_TIMEOUT_MS);

  it('names strings of both languages for its title, start options and reasons', () => {
    expectFlowStrings(messageCenterFlow);
  });

  it('starts (fresh, and every named state as a figure and as "Try this step" on each device) keep every invariant', () => {
    expectStartsValid(spec, starts);
  });

  it('never throws, keeps every invariant, and a reset returns to the initial state', async () => {
    await assertFlow(spec, starts, {
      visit: ({ next }) => {
        // Log out from anywhere (leaving unsaved changes when asked): the login page.
        const out = transition(transition(next, { type: 'GO', to: 'log-out' }), { type: 'LEAVE' });
        ensure(out.page.screen === 'login' && out.account === next.account, 'logged out, the account unchanged');
      },
    });
  }, FLOW_TIMEOUT_MS);
});
