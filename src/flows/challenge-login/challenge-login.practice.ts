/**
 * Fixed practice values: the PINs a one-click practice device gets (shown to the reader on
 * the portal and in the practice account), and the values the scenarios and figures use.
 */
export const PRACTICE_PINS = { android: '2468', token: '1357' } as const;

/** The device secret of scenario accounts (base32 of "Hello!\xDE\xAD\xBE\xEF" twice). */
export const SCENARIO_SECRET = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
/** The challenge on every figure, so figures never change between builds. */
export const SCENARIO_CHALLENGE = '483920';
/** A second challenge (after the first expired). */
export const SCENARIO_NEXT_CHALLENGE = '905172';

/**
 * What the scenario devices show for the scenario challenges (OCRA over SCENARIO_SECRET, the
 * Android one with PIN 2468). Written out so figures can type them; a unit test recomputes them.
 */
export const SCENARIO_RESPONSES = {
  [SCENARIO_CHALLENGE]: { ios: '00322509', android: '11040610', token: '00322509' },
  [SCENARIO_NEXT_CHALLENGE]: { ios: '15389134', android: '20764865', token: '15389134' },
} as const;
