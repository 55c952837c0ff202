/**
 * Moving between phone screens, on the kit's nav stack: `phone` is the screen, `history`
 * the back stack. Screens are stored settled (no problem or hint showing).
 */
import { pop, push, replace, type Nav } from '../kit/nav-stack';
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

const navOf = (state: EnrollmentState): Nav<PhoneScreen> => ({ screen: state.phone, history: state.history });
const withNav = (state: EnrollmentState, nav: Nav<PhoneScreen>): EnrollmentState => ({ ...state, phone: nav.screen, history: [...nav.history] });

/** Forward: BACK will return to the current screen. */
export const goTo = (state: EnrollmentState, next: PhoneScreen): EnrollmentState => withNav(state, push(navOf(state), next, settled));

/** Swap the current screen (dialogs and results that BACK should skip). */
export const replaceWith = (state: EnrollmentState, next: PhoneScreen): EnrollmentState => withNav(state, replace(navOf(state), next));

/** A fresh start (done, app opened from the home screen): nothing to go back to. */
export const startAt = (state: EnrollmentState, next: PhoneScreen): EnrollmentState => ({ ...state, phone: next, history: [] });

/** The previous screen (or `fallback` when there is none), without asking whether BACK is allowed. */
export function previous(state: EnrollmentState, fallback: PhoneScreen): EnrollmentState {
  return withNav(state, pop(navOf(state)) ?? { screen: fallback, history: [] });
}

/**
 * Screens where BACK does nothing: a result waiting for the reader's DONE, and a
 * notification (it is tapped, not navigated). BACK on 'activating' is allowed on purpose:
 * it abandons an activation whose code the server has already spent, which is how a reader
 * meets "the code was already used for an attempt".
 */
const NO_BACK: ReadonlySet<PhoneScreen['screen']> = new Set(['success', 'error', 'notification']);

export function back(state: EnrollmentState): EnrollmentState {
  const nav = pop(navOf(state));
  return nav === null || NO_BACK.has(state.phone.screen) ? state : withNav(state, nav);
}
