/**
 * The document-photo machine: `transition(state, event)` is pure and total; an event that does
 * not apply returns the very same state object.
 */
import { typed } from '../kit/digits';
import type { InitialContext } from '../kit/flow';
import { back, send, tap } from './document-photo.phone';
import { panView, sameView, FIT, zoomView } from './document-photo.review';
import { moved, START_FRAME, zoomed } from './document-photo.scene';
import {
  MAX_BODY, MAX_SHOTS, MAX_SUBJECT, MAX_TO, type DocumentPhotoEvent, type DocumentPhotoSetup, type DocumentPhotoState, type Frame,
  type MailField, type PhoneDevice, type PhotoView,
} from './document-photo.types';

export const CALM = { dim: false, shadow: false, shaky: false } as const;

/** The phone's home screen; the camera opens on the rear lens, pointing at the desk with the page not yet framed. */
export function createDocumentPhoto({ account, platform, now, setup }: InitialContext<DocumentPhotoSetup, PhoneDevice>): DocumentPhotoState {
  return {
    platform,
    account,
    clock: { now },
    mailReady: setup?.mail ?? true,
    phone: { screen: 'home' },
    history: [],
    camera: { lens: 'rear', frame: START_FRAME, conditions: CALM },
    shots: [],
    nextShot: 1,
  };
}

const onCamera = (state: DocumentPhotoState) => state.phone.screen === 'camera';

function aim(state: DocumentPhotoState, frame: Frame | null): DocumentPhotoState {
  if (!onCamera(state) || frame === null) return state;
  const old = state.camera.frame;
  return frame.x === old.x && frame.y === old.y && frame.zoom === old.zoom ? state : { ...state, camera: { ...state.camera, frame } };
}

function shutter(state: DocumentPhotoState): DocumentPhotoState {
  if (!onCamera(state)) return state;
  const { lens, frame, conditions } = state.camera;
  const shot = { id: state.nextShot, lens, frame, conditions };
  return { ...state, shots: [...state.shots, shot].slice(-MAX_SHOTS), nextShot: state.nextShot + 1 };
}

function look(state: DocumentPhotoState, change: (view: PhotoView) => PhotoView | null): DocumentPhotoState {
  const { phone } = state;
  if (phone.screen !== 'photo') return state;
  const view = change(phone.view);
  return view === null || sameView(view, phone.view) ? state : { ...state, phone: { ...phone, view } };
}

const LIMITS: Record<MailField, number> = { to: MAX_TO, subject: MAX_SUBJECT, body: MAX_BODY };

/** Typing in the mail: the field's complaint goes; a paste past the field's bound is refused whole. */
function type(state: DocumentPhotoState, field: MailField, value: string): DocumentPhotoState {
  const { phone } = state;
  if (phone.screen !== 'compose' || typeof value !== 'string') return state;
  const next = typed(phone.draft[field], value, LIMITS[field]);
  const draft = { ...phone.draft };
  if (field === 'to') delete draft.toProblem;
  if (field === 'subject') delete draft.subjectProblem;
  if (next.tooLong) {
    if (field === 'to') draft.toProblem = 'tooLong';
    if (field === 'subject') draft.subjectProblem = 'tooLong';
    return { ...state, phone: { ...phone, draft } };
  }
  return { ...state, phone: { ...phone, draft: { ...draft, [field]: next.value } } };
}

export function transition(state: DocumentPhotoState, event: DocumentPhotoEvent): DocumentPhotoState {
  switch (event.type) {
    case 'TAP':
      return tap(state, event.target);
    case 'BACK':
      return back(state);
    case 'SWITCH_LENS':
      return onCamera(state) ? { ...state, camera: { ...state.camera, lens: state.camera.lens === 'rear' ? 'front' : 'rear' } } : state;
    case 'MOVE':
      return aim(state, moved(state.camera.frame, event.dx, event.dy));
    case 'ZOOM':
      return aim(state, zoomed(state.camera.frame, event.by));
    case 'SET_CONDITION': {
      const { conditions } = state.camera;
      // Own keys only: `in` would take an inherited name ("toString") for a condition.
      if (!Object.hasOwn(conditions, event.condition) || conditions[event.condition] === event.on) return state;
      return { ...state, camera: { ...state.camera, conditions: { ...conditions, [event.condition]: event.on === true } } };
    }
    case 'SHUTTER':
      return shutter(state);
    case 'PHOTO_ZOOM':
      return look(state, (view) => zoomView(view, event.by, event.ax, event.ay));
    case 'PHOTO_PAN':
      return look(state, (view) => panView(view, event.dx, event.dy));
    case 'PHOTO_FIT':
      return look(state, () => FIT);
    case 'TYPE':
      return type(state, event.field, event.value);
    case 'SEND':
      return send(state);
    case 'SET_MAIL':
      return state.mailReady === event.ready ? state : { ...state, mailReady: event.ready === true };
    default:
      // Clock events and anything unknown from storage or an older view: nothing to do.
      return state;
  }
}
