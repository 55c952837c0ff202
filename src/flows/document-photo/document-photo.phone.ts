/**
 * Moving between the practice phone's screens: the home screen (iPhone: swipe up for the
 * camera icon; Android: all apps), the camera, the photo opened from its thumbnail, the share
 * sheet, the mail app (or, with no mail account, what the phone says instead), and "sent".
 */
import { pop, push, replace, type Nav } from '../kit/nav-stack';
import { checkDraft, EMPTY_DRAFT, isReadyToSend } from './document-photo.mail';
import { FIT } from './document-photo.review';
import { MAX_HISTORY, type DocumentPhotoState, type PhoneScreen, type PhoneTarget } from './document-photo.types';

const navOf = (state: DocumentPhotoState): Nav<PhoneScreen> => ({ screen: state.phone, history: state.history });
const withNav = (state: DocumentPhotoState, nav: Nav<PhoneScreen>): DocumentPhotoState => ({
  ...state,
  phone: nav.screen,
  history: nav.history.slice(-MAX_HISTORY),
});

/** A screen as it looks when the reader comes back to it: a photo at its full size again. */
const settled = (screen: PhoneScreen): PhoneScreen => (screen.screen === 'photo' ? { ...screen, view: FIT } : screen);
const goTo = (state: DocumentPhotoState, next: PhoneScreen) => withNav(state, push(navOf(state), next, settled));
const swapTo = (state: DocumentPhotoState, next: PhoneScreen) => withNav(state, replace(navOf(state), next));

export const latestShot = (state: DocumentPhotoState) => state.shots.at(-1);
export const shotById = (state: DocumentPhotoState, id: number) => state.shots.find((shot) => shot.id === id);

export function back(state: DocumentPhotoState): DocumentPhotoState {
  const nav = pop(navOf(state));
  return nav === null ? state : withNav(state, nav);
}

function fromHome(state: DocumentPhotoState, target: PhoneTarget): DocumentPhotoState {
  const ios = state.platform === 'ios';
  if (target === 'camera-app') return goTo(state, { screen: 'camera' });
  if (target === 'swipe-up' && ios) return goTo(state, { screen: 'control-center' });
  if (target === 'all-apps' && !ios) return goTo(state, { screen: 'apps' });
  return state;
}

export function tap(state: DocumentPhotoState, target: PhoneTarget): DocumentPhotoState {
  const { phone } = state;
  switch (phone.screen) {
    case 'home':
      return fromHome(state, target);
    case 'control-center':
      // The camera opens in place of the control center: going back leads home.
      return target === 'camera-icon' ? swapTo(state, { screen: 'camera' }) : state;
    case 'apps':
      return target === 'camera-app' ? swapTo(state, { screen: 'camera' }) : state;
    case 'camera': {
      const shot = latestShot(state);
      return target === 'thumbnail' && shot !== undefined ? goTo(state, { screen: 'photo', shot: shot.id, view: FIT }) : state;
    }
    case 'photo':
      return target === 'share' ? goTo(state, { screen: 'share', shot: phone.shot }) : state;
    case 'share':
      if (target === 'cancel') return back(state);
      if (target !== 'mail') return state;
      return swapTo(state, state.mailReady ? { screen: 'compose', shot: phone.shot, draft: EMPTY_DRAFT } : { screen: 'no-mail', shot: phone.shot });
    case 'no-mail':
      return target === 'ok' ? back(state) : state;
    case 'compose':
      return target === 'cancel' ? back(state) : state;
    case 'sent':
      return target === 'done' ? back(state) : state;
  }
}

/** Send: refused with the reasons while To or Subject is not as the request says; else "sent". */
export function send(state: DocumentPhotoState): DocumentPhotoState {
  const { phone } = state;
  if (phone.screen !== 'compose') return state;
  const draft = checkDraft(phone.draft, state.account.username);
  if (!isReadyToSend(draft)) return { ...state, phone: { ...phone, draft } };
  return swapTo(state, { screen: 'sent', shot: phone.shot });
}
