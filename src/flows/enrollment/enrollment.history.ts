/**
 * Moving between phone screens. `history` is the back stack: forward moves push the screen
 * being left, BACK pops. Screens are stored settled (no problem or hint showing), because
 * coming back to a screen should not replay an old complaint.
 */
import type { EnrollmentState, PhoneScreen } from './enrollment.types';

/** The screen as it looks when the reader returns to it. */
export function settled(screen: PhoneScreen): PhoneScreen {
  switch (screen.screen) {
    case 'code-entry':
      return { screen: 'code-entry', input: screen.input };
    case 'pin-entry':
      return { screen: 'pin-entry', code: screen.code, pin: screen.pin };
    case 'camera':
      return { screen: 'camera', kind: screen.kind };
    default:
      return screen;
  }
}

/** Forward: BACK will return to the current screen. */
export function goTo(state: EnrollmentState, next: PhoneScreen): EnrollmentState {
  return { ...state, phone: next, history: [...state.history, settled(state.phone)] };
}

/** Swap the current screen (dialogs and results that BACK should skip). */
export function replaceWith(state: EnrollmentState, next: PhoneScreen): EnrollmentState {
  return { ...state, phone: next };
}

/** A fresh start (done, app opened from the home screen): nothing to go back to. */
export function startAt(state: EnrollmentState, next: PhoneScreen): EnrollmentState {
  return { ...state, phone: next, history: [] };
}

/**
 * Screens where BACK does nothing: a result waiting for the reader's DONE, and a
 * notification (it is tapped, not navigated). BACK on 'activating' is allowed on purpose:
 * it abandons an activation whose code the server has already spent, which is how a reader
 * meets "the code was already used for an attempt".
 */
const NO_BACK: ReadonlySet<PhoneScreen['screen']> = new Set(['success', 'error', 'notification']);

export function back(state: EnrollmentState): EnrollmentState {
  const previous = state.history.at(-1);
  if (previous === undefined || NO_BACK.has(state.phone.screen)) return state;
  return { ...state, phone: previous, history: state.history.slice(0, -1) };
}
