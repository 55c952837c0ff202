/**
 * Property tests of the document photo sent by e-mail: its mail fields (To, Subject) and its
 * state machine on random events, on the iPhone and Android.
 *
 * Invariants of every state:
 * - the screen is among the flow's; at most MAX_HISTORY screens to go back to and MAX_SHOTS
 *   photos, numbered in order below the next number;
 * - the camera's frame is always a possible one (zoom 1–3, the view inside the desk) and a
 *   photo on screen is never zoomed or moved past its edge (zoom 1–4);
 * - every photo a screen (or a screen to go back to) shows is one of the photos kept;
 * - the draft's fields are within their bounds; every problem shown has a reason whose string
 *   is in en.json and ja.json.
 * From any reached state, BACK as many times as there are screens to go back to leads home.
 */
import { isDeepStrictEqual } from 'node:util';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { documentPhotoFlow } from '../../../src/flows/document-photo/document-photo.flow';
import { transition } from '../../../src/flows/document-photo/document-photo.machine';
import { checkSubject, checkTo, PRACTICE_REQUEST } from '../../../src/flows/document-photo/document-photo.mail';
import { judgeShot } from '../../../src/flows/document-photo/document-photo.quality';
import { DOCUMENT_PHOTO_REASONS } from '../../../src/flows/document-photo/document-photo.reasons';
import { clampView } from '../../../src/flows/document-photo/document-photo.review';
import { clampFrame } from '../../../src/flows/document-photo/document-photo.scene';
import {
  MAX_BODY, MAX_HISTORY, MAX_SHOTS, MAX_SUBJECT, MAX_TO, type DocumentPhotoState, type PhoneScreen, type PhoneTarget,
} from '../../../src/flows/document-photo/document-photo.types';
import { DEMO_USERNAME, newPracticeAccount } from '../../../src/flows/services/practice-account';
import { anyText, decorated, ensure, ensureIn, expectReason, fullWidthAscii, RUNS, SPACES } from './arbitraries';
import { assertFlow, clockEvents, expectFlowStrings, expectStartsValid, FLOW_TIMEOUT_MS, seq, SETTLE, startsOf, type FlowSpec, type Start, type Step } from './harness';

// ---- Fields ----

const SUBJECT = `${PRACTICE_REQUEST.reference} ${DEMO_USERNAME}`;
const toText = fc.oneof(anyText, fc.constantFrom(PRACTICE_REQUEST.to, PRACTICE_REQUEST.to.toUpperCase(), 'someone@example.com', 'documents@practice', '@', 'a@b.c'), decorated(PRACTICE_REQUEST.to));
const subjectText = fc.oneof(anyText, fc.constantFrom(SUBJECT, PRACTICE_REQUEST.reference, DEMO_USERNAME, 'dr 2041 PRACTICE.USER'), decorated(SUBJECT));
const around = fc.array(fc.constantFrom(...SPACES), { maxLength: 3 }).map((a) => a.join(''));

describe('the To field (checkTo)', () => {
  it('never throws: the requested address, or a problem with a reason in both languages', () => {
    fc.assert(
      fc.property(toText, (raw) => {
        const problem = checkTo(raw);
        if (problem !== null) expectReason(DOCUMENT_PHOTO_REASONS, `to.${problem}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads full-width letters, digits and signs exactly like ASCII ones, and ignores case and spaces of every kind around it', () => {
    fc.assert(
      fc.property(toText, around, around, (raw, before, after) => {
        expect(checkTo(fullWidthAscii(raw))).toBe(checkTo(raw));
        expect(checkTo(before + raw.toUpperCase() + after)).toBe(checkTo(raw.toUpperCase()));
      }),
      { numRuns: RUNS },
    );
  });

  it('accepts the requested address however it is typed (full-width, upper case, spaces)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), around, around, (wide, upper, before, after) => {
        let address: string = PRACTICE_REQUEST.to;
        if (upper) address = address.toUpperCase();
        if (wide) address = fullWidthAscii(address);
        expect(checkTo(before + address + after)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

describe('the Subject field (checkSubject)', () => {
  it('never throws: complete, or a problem with a reason in both languages', () => {
    fc.assert(
      fc.property(subjectText, (raw) => {
        const problem = checkSubject(raw, DEMO_USERNAME);
        if (problem !== null) expectReason(DOCUMENT_PHOTO_REASONS, `subject.${problem}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('reads full-width characters like ASCII ones; adding words around a complete subject keeps it complete', () => {
    fc.assert(
      fc.property(subjectText, anyText, anyText, (raw, before, after) => {
        expect(checkSubject(fullWidthAscii(raw), DEMO_USERNAME)).toBe(checkSubject(raw, DEMO_USERNAME));
        // Words, so set apart by a space: text glued on could change the subject's own letters (a combining accent on its last one).
        if (checkSubject(raw, DEMO_USERNAME) === null) expect(checkSubject(`${before} ${raw} ${after}`, DEMO_USERNAME)).toBeNull();
      }),
      { numRuns: RUNS },
    );
  });
});

// ---- The flow ----

const SCREENS = ['home', 'control-center', 'apps', 'camera', 'photo', 'share', 'no-mail', 'compose', 'sent'];
const TARGETS: PhoneTarget[] = ['swipe-up', 'camera-icon', 'camera-app', 'all-apps', 'thumbnail', 'share', 'mail', 'ok', 'done', 'cancel'];
const shotOf = (screen: PhoneScreen): number | null => ('shot' in screen ? screen.shot : null);

function invariant(state: DocumentPhotoState): void {
  const { phone, history, shots, camera } = state;
  ensureIn(SCREENS, phone.screen, 'screen');
  for (const screen of history) ensureIn(SCREENS, screen.screen, 'screen to go back to');
  ensure(history.length <= MAX_HISTORY, 'at most MAX_HISTORY screens to go back to');
  ensure(shots.length <= MAX_SHOTS, 'at most MAX_SHOTS photos');
  shots.forEach((shot, i) => {
    ensure((i === 0 || shot.id > shots[i - 1]!.id) && shot.id < state.nextShot, 'photos numbered in order, below the next number');
  });
  ensure(isDeepStrictEqual(clampFrame(camera.frame), camera.frame), () => `the camera frame is a possible one: ${JSON.stringify(camera.frame)}`);
  if (phone.screen === 'photo') {
    ensure(isDeepStrictEqual(clampView(phone.view), phone.view), () => `the photo is never shown past its edge: ${JSON.stringify(phone.view)}`);
    const shot = shots.find((s) => s.id === phone.shot);
    for (const problem of shot === undefined ? [] : judgeShot(shot)) expectReason(DOCUMENT_PHOTO_REASONS, `photo.${problem}`);
  }
  for (const screen of [phone, ...history]) {
    const id = shotOf(screen);
    ensure(id === null || shots.some((s) => s.id === id), () => `photo ${id} on ${screen.screen} is kept`);
  }
  if (phone.screen === 'compose') {
    const { draft } = phone;
    ensure(draft.to.length <= MAX_TO && draft.subject.length <= MAX_SUBJECT && draft.body.length <= MAX_BODY, 'mail fields within their bounds');
    if (draft.toProblem !== undefined) expectReason(DOCUMENT_PHOTO_REASONS, `to.${draft.toProblem}`);
    if (draft.subjectProblem !== undefined) expectReason(DOCUMENT_PHOTO_REASONS, `subject.${draft.subjectProblem}`);
  }
  if (phone.screen === 'no-mail') expectReason(DOCUMENT_PHOTO_REASONS, 'noMail');
}

const number = fc.oneof(fc.double({ min: -1000, max: 1000, noNaN: true }), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, 0, 1, 0.25, 4, 1e300));
const steps: fc.Arbitrary<Step> = fc.oneof(
  { weight: 1, arbitrary: clockEvents },
  { weight: 6, arbitrary: fc.record({ type: fc.constant('TAP'), target: fc.constantFrom(...TARGETS) }) },
  { weight: 2, arbitrary: fc.constantFrom<Step>({ type: 'BACK' }, { type: 'SWITCH_LENS' }, { type: 'SHUTTER' }, { type: 'PHOTO_FIT' }, { type: 'SEND' }) },
  { weight: 2, arbitrary: fc.oneof(fc.record({ type: fc.constant('MOVE'), dx: number, dy: number }), fc.constantFrom<Step>({ type: 'MOVE', dx: 370, dy: 100 }, { type: 'ZOOM', by: 1.4 })) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('ZOOM'), by: number }) },
  // A condition the machine does not know (an older view, a typo) must be ignored: the machine checks the name.
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SET_CONDITION'), condition: fc.constantFrom('dim', 'shadow', 'shaky', 'glare', 'toString', 'constructor', 'valueOf'), on: fc.boolean() }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('PHOTO_ZOOM'), by: number, ax: number, ay: number }, { requiredKeys: ['type', 'by'] }) },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('PHOTO_PAN'), dx: number, dy: number }) },
  {
    weight: 3,
    arbitrary: fc.oneof(
      fc.record({ type: fc.constant('TYPE'), field: fc.constant('to'), value: toText }),
      fc.record({ type: fc.constant('TYPE'), field: fc.constant('subject'), value: subjectText }),
      fc.record({ type: fc.constant('TYPE'), field: fc.constant('body'), value: anyText }),
    ),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('SET_MAIL'), ready: fc.boolean() }) },
  { weight: 1, arbitrary: fc.constant(SETTLE) },
  // A burst of photos, past the number kept.
  { weight: 1, arbitrary: fc.integer({ min: 2, max: MAX_SHOTS + 3 }).map((n) => seq(...Array.from({ length: n }, (): Step => ({ type: 'SHUTTER' })))) },
);

const spec: FlowSpec<DocumentPhotoState> = { flow: documentPhotoFlow, accounts: [newPracticeAccount()], steps, invariant };

describe('the document photo on random events', () => {
  let starts: Start<DocumentPhotoState>[];
  beforeAll(async () => {
    starts = await startsOf(spec);
  }, FLOW_TIMEOUT_MS);

  it('names strings of both languages for its title, start options and reasons', () => {
    expectFlowStrings(documentPhotoFlow);
  });

  it('starts (fresh, and every named state as a figure and as "Try this step" on each device) keep every invariant', () => {
    expectStartsValid(spec, starts);
  });

  it('never throws, keeps every invariant, BACK always leads home, and a reset returns to the initial state', async () => {
    await assertFlow(spec, starts, {
      visit: ({ next }) => {
        let back = next;
        for (let i = 0; i < next.history.length; i++) back = transition(back, { type: 'BACK' });
        ensure(back.phone.screen === 'home' && back.history.length === 0, () => `BACK ×${next.history.length} from ${next.phone.screen} leads home, not ${back.phone.screen}`);
      },
    });
  }, FLOW_TIMEOUT_MS);
});

describe('counterexamples found by the properties', () => {
  it('a condition name the machine does not know is ignored, even one every object inherits ("valueOf")', () => {
    // Found by the flow property: SET_CONDITION "constructor" / "valueOf" added that key to the camera's conditions,
    // so the stored state no longer matched its schema (the key was dropped on resume).
    const start = documentPhotoFlow.initial({ account: newPracticeAccount(), platform: 'ios', now: 0 });
    for (const condition of ['valueOf', 'constructor', 'toString', 'glare']) {
      expect(transition(start, { type: 'SET_CONDITION', condition, on: false } as never)).toBe(start);
    }
  });
});
