import type { ChallengeEvent, ChallengeState } from '../../../flows/challenge-login/challenge-login.types';
import type { FlowIO } from '../../../flows/kit/flow';
import type { Locale } from '../../../i18n/locales';
import type { Translate } from '../../../i18n/t';

/** What every screen of this flow gets from the view. */
export interface ViewContext {
  state: ChallengeState;
  send: (event: ChallengeEvent) => void;
  now: () => number;
  io: FlowIO;
  t: Translate;
  lang: Locale;
  pageLang: Locale;
}
