/**
 * Moving between the screens of a device: forward moves push the screen being left, BACK
 * pops. Screens are stored settled (`settle` drops a shown problem or hint), because coming
 * back to a screen should not replay an old complaint.
 */
export interface Nav<T> {
  screen: T;
  history: readonly T[];
}

export const navAt = <T>(screen: T): Nav<T> => ({ screen, history: [] });

/** Forward: BACK returns to the current screen. */
export function push<T>(nav: Nav<T>, next: T, settle: (screen: T) => T = (s) => s): Nav<T> {
  return { screen: next, history: [...nav.history, settle(nav.screen)] };
}

/** Swap the current screen (dialogs and results that BACK should skip). */
export function replace<T>(nav: Nav<T>, next: T): Nav<T> {
  return { screen: next, history: nav.history };
}

/** A fresh start (done, the app opened again): nothing to go back to. */
export function restart<T>(next: T): Nav<T> {
  return { screen: next, history: [] };
}

/** The previous screen, or null when there is none. */
export function pop<T>(nav: Nav<T>): Nav<T> | null {
  const previous = nav.history.at(-1);
  return previous === undefined ? null : { screen: previous, history: nav.history.slice(0, -1) };
}

/** Back to the last screen that `match` accepts, dropping what came after it; null when none. */
export function popTo<T>(nav: Nav<T>, match: (screen: T) => boolean): Nav<T> | null {
  const at = nav.history.findLastIndex(match);
  return at < 0 ? null : { screen: nav.history[at]!, history: nav.history.slice(0, at) };
}
