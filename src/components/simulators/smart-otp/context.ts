import type { FlowIO } from '../../../flows/kit/flow';
import type { SmartOtpEvent, SmartOtpState } from '../../../flows/smart-otp/smart-otp.types';
import type { Locale } from '../../../i18n/locales';
import type { Translate } from '../../../i18n/t';

/** What every screen of this flow gets from the view. */
export interface ViewContext {
  state: SmartOtpState;
  send: (event: SmartOtpEvent) => void;
  now: () => number;
  io: FlowIO;
  t: Translate;
  lang: Locale;
  figure: boolean;
}

/** The app's window title and the icon's name: product names, the same in every language. */
export const APP_WINDOW_TITLE = 'HP IceWall SSO Smart OTP Windows';
export const APP_ICON_LABEL = 'Smart OTP';
