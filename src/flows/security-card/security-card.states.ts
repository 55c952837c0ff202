/**
 * The named states of docs/security-card-states.md: one figure and one "Try this step" each,
 * all on the portal. The two states after activation use the reader's own card in "Try this
 * step" when they have an active one.
 */
import type { NamedState } from '../kit/flow';
import type { PracticeAccount } from '../services/practice-account';
import {
  ACTIVATION_INDICES, activate, cardOf, daysLater, joined, LOG_OUT, logIn, OK, passcode, SUBMIT, TO_ACTIVATION, TO_CARD, valueAt, values,
} from './security-card.scenario-steps';
import type { SecurityCardEvent } from './security-card.types';

type Named = NamedState<SecurityCardEvent, never, 'computer'>;
type Events = Named['events'];

const portal = (events: Events, crop?: string): Named => ({ events, shows: 'portal', ...(crop === undefined ? {} : { crop }) });
const hasActiveCard = (account: PracticeAccount) => account.card?.expiresAt !== undefined;
/** A state after activation: the reader's own active card logs in directly; otherwise the scenario card is activated first. */
const afterActivation = (then: (account: PracticeAccount) => SecurityCardEvent[]): Named => ({
  events: (account) => [...(hasActiveCard(account) ? [] : [...activate(cardOf(account)), OK, LOG_OUT]), ...then(account)],
  shows: 'portal',
  fits: hasActiveCard,
});

const [FIRST, SECOND] = ACTIVATION_INDICES;
const AT_VALUES = '[data-crop="values"]';

export const securityCardStates: Readonly<Record<string, Named>> = {
  login: portal([]),
  'login-lowercase': portal([passcode('tk7p4qmx'), logIn()], '[data-crop="login"]'),
  'login-space': portal([passcode('TK7P 4QMX'), logIn()], '[data-crop="login"]'),
  card: portal(TO_CARD),
  activation: portal(TO_ACTIVATION, AT_VALUES),
  'activation-typed': portal((account) => [...TO_ACTIVATION, values(joined(cardOf(account), ACTIVATION_INDICES))], AT_VALUES),
  'activation-space': portal((account) => [...TO_ACTIVATION, values(`${valueAt(cardOf(account), FIRST)} ${valueAt(cardOf(account), SECOND)}`), SUBMIT], AT_VALUES),
  'activation-one-value': portal((account) => [...TO_ACTIVATION, values(valueAt(cardOf(account), FIRST)), SUBMIT], AT_VALUES),
  'activation-wrong-order': portal((account) => [...TO_ACTIVATION, values(joined(cardOf(account), [SECOND, FIRST])), SUBMIT], AT_VALUES),
  'activation-wrong-value': portal((account) => [...TO_ACTIVATION, values(joined(cardOf(account), [FIRST + 1, SECOND])), SUBMIT], AT_VALUES),
  'activation-locked': portal((account) => [...TO_ACTIVATION, ...[1, 2, 3].flatMap(() => [values(joined(cardOf(account), [SECOND, FIRST])), SUBMIT])]),
  confirmation: portal((account) => activate(cardOf(account))),
  'card-login': afterActivation(() => [logIn()]),
  'card-expired': afterActivation(() => [daysLater(21), logIn()]),
};
