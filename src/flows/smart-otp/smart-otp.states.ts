/**
 * The named states of docs/smart-otp-states.md: one figure and one "Try this step" each.
 * Every state fits the reader's own practice account: states that use the app register it
 * first only when the account has no registration yet, so "Try this step" never replaces
 * the reader's account with a scenario one (which would drop their IB Key or token).
 */
import type { NamedState } from '../kit/flow';
import type { PracticeAccount } from '../services/practice-account';
import { MISTYPED_NUMBER, SCENARIO_NEXT_NUMBER } from './smart-otp.practice';
import {
  ADD_ACCOUNT, at, CLOSE_APP, codeCopied, COPY_NUMBER, COPY_NUMBER_DENIED, DOWNLOADED, goTo, issue, logIn, NAME_TYPED, NUMBER_PASTED, OPEN_APP,
  PASTE_NUMBER, PASTE_OTP, PERIOD, REGISTER, registeredApp, SELECT_ACCOUNT, showOtp, submitOtp, TO_CHOICE, TO_OTP_ENTRY, TO_PC_APP, typeName,
  typeNumber, typeOtp,
} from './smart-otp.scenario-steps';
import type { SmartOtpDevice, SmartOtpEvent, SmartOtpSetup } from './smart-otp.types';

type Named = NamedState<SmartOtpEvent, SmartOtpSetup, SmartOtpDevice>;
type Events = Named['events'];

const always = () => true;
const site = (events: Events): Named => ({ events, shows: 'site', fits: always });
const desktop = (events: Events): Named => ({ events, shows: 'desktop', fits: always });
/** The app's window, cropped from the desktop. */
const app = (events: Events): Named => ({ events, shows: 'desktop', crop: '[data-crop="window"]', fits: always });

/**
 * A state that ends with a code submitted: on the reader's account only while no code has been
 * used on it (a code used a moment ago would be refused as reused); otherwise a scenario account.
 */
const submitted = (events: Events): Named => ({ events, shows: 'site', fits: (account: PracticeAccount) => account.pcOtp?.lastUsedStep === undefined });

/** The app registered (now, or earlier by the reader) and open, then `more`. */
const withApp = (more: readonly SmartOtpEvent[]) => (account: PracticeAccount) => [...registeredApp(account), ...more];
const PASTED = [...TO_OTP_ENTRY, ...codeCopied(), PASTE_OTP];

const siteStates: Record<string, Named> = {
  'site-login': site([]),
  'site-top': site([logIn()]),
  'site-procedures': site([logIn(), goTo('procedures')]),
  'site-otp-choice': site(TO_CHOICE),
  'site-pc-app': site(TO_PC_APP),
  'site-download': site([...TO_PC_APP, goTo('download')]),
  'site-setup-number': site([...NAME_TYPED, issue()]),
  'site-copy-denied': site([...NAME_TYPED, issue(), COPY_NUMBER_DENIED]),
  'site-withdrawal': site(withApp([goTo('top'), goTo('withdrawal')])),
  'site-otp-entry': site(withApp(TO_OTP_ENTRY)),
  'site-otp-pasted': site(withApp(PASTED)),
  'site-withdrawal-done': submitted(withApp([...PASTED, submitOtp()])),
  'site-otp-wrong': site(withApp([...TO_OTP_ENTRY, typeOtp('000000'), submitOtp()])),
  'site-otp-expired': submitted(withApp([...PASTED, at('TICK', 2 * PERIOD), submitOtp(2 * PERIOD)])),
  'site-otp-reused': submitted(withApp([...PASTED, submitOtp(), goTo('withdrawal'), goTo('withdrawal-next'), PASTE_OTP, submitOtp()])),
};

const desktopStates: Record<string, Named> = {
  'desktop-icon': desktop(DOWNLOADED),
  'app-empty': app([...DOWNLOADED, OPEN_APP]),
  'app-add-name': app(NAME_TYPED),
  'app-add-filled': app(NUMBER_PASTED),
  'app-added': app([...NUMBER_PASTED, REGISTER]),
  'app-listed': app(withApp([])),
  'app-selected': app(withApp([SELECT_ACCOUNT])),
  'app-otp-shown': app(withApp([SELECT_ACCOUNT, showOtp()])),
  'app-otp-copied': app(withApp(codeCopied())),
  'app-otp-expired': app(withApp([SELECT_ACCOUNT, showOtp(), at('TICK', PERIOD)])),
  'app-number-mistyped': app([...NAME_TYPED, issue(), typeNumber(MISTYPED_NUMBER), REGISTER]),
  'app-number-stale': app([...NAME_TYPED, issue(), COPY_NUMBER, goTo('pc-app'), issue(SCENARIO_NEXT_NUMBER), PASTE_NUMBER, REGISTER]),
  'app-number-used': app([...NUMBER_PASTED, REGISTER, CLOSE_APP, OPEN_APP, ADD_ACCOUNT, typeName(), PASTE_NUMBER, REGISTER]),
  'app-closed-early': desktop([...NAME_TYPED, CLOSE_APP, issue(), COPY_NUMBER, OPEN_APP]),
};

/** Every named state, in the order of docs/smart-otp-states.md. */
export const smartOtpStates: Readonly<Record<string, Named>> = { ...siteStates, ...desktopStates };
