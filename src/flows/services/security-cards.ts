/**
 * The simulated broker back end for the online security code card: temporary access with a
 * temporary passcode from Client Services, a printable card of index numbers and values, its
 * activation with the values at two index numbers, and 21 days of use (a published fact).
 *
 * Simulator's choices (the UI marks them "practice"): the card has 40 indices with 3-digit
 * values (real cards may use letters too), 3 wrong tries lock the activation or login, and the
 * practice temporary passcode is fixed and shown on screen.
 */
export const CARD_SIZE = 40;
export const CARD_DAYS = 21;
export const DAY_MS = 24 * 60 * 60 * 1000;
export const MAX_WRONG_CARD_TRIES = 3;
/** What "Client Services" gave the reader, in this practice copy. Letters are upper case. */
export const PRACTICE_TEMP_PASSCODE = 'TK7P4QMX';
const MAX_INPUT = 64;

export interface SecurityCard {
  /** values[i] is the value at index i + 1. */
  values: string[];
  /** Set at activation: from then the card works for CARD_DAYS days. */
  activatedAt?: number | undefined;
  expiresAt?: number | undefined;
}

/** Bytes at or above this are rejected, so `% 1000` is uniform. */
const ACCEPT_BELOW = 64000;

function uniformBelow1000(randomBytes: (n: number) => Uint8Array): number {
  for (let round = 0; round < 100; round++) {
    const [a = 0, b = 0] = randomBytes(2);
    const value = (a << 8) | b;
    if (value < ACCEPT_BELOW) return value % 1000;
  }
  throw new Error('the random source only returns rejected values');
}

export function newCard(randomBytes: (n: number) => Uint8Array): SecurityCard {
  return { values: Array.from({ length: CARD_SIZE }, () => String(uniformBelow1000(randomBytes)).padStart(3, '0')) };
}

/** Two different index numbers (1-based), in the order the portal asks for them. */
export function pickIndices(randomBytes: (n: number) => Uint8Array): [number, number] {
  const first = 1 + (uniformBelow1000(randomBytes) % CARD_SIZE);
  let second = first;
  while (second === first) second = 1 + (uniformBelow1000(randomBytes) % CARD_SIZE);
  return [first, second];
}

/** Midnight (UTC) of the day `now` falls in: cards count whole days. */
export const dayStart = (now: number) => Math.floor(now / DAY_MS) * DAY_MS;

/** Activated today: it works today and the next 20 days, and expires on the 21st day after. */
export function activated(card: SecurityCard, today: number): SecurityCard {
  const activatedAt = dayStart(today);
  return { ...card, activatedAt, expiresAt: activatedAt + CARD_DAYS * DAY_MS };
}

export type CardStatus = 'none' | 'printed-not-activated' | 'active' | 'expired';

export function cardStatus(card: SecurityCard | undefined, today: number): CardStatus {
  if (card === undefined) return 'none';
  if (card.expiresAt === undefined) return 'printed-not-activated';
  return today >= card.expiresAt ? 'expired' : 'active';
}

export type PasscodeProblem = 'empty' | 'tooLong' | 'space' | 'lowerCase' | 'wrong';

/**
 * The temporary passcode: case-sensitive, typed in upper case, no spaces (published facts).
 * Full-width characters are normalised first; a lower-case letter is refused with its reason.
 */
export function checkTempPasscode(raw: string): PasscodeProblem | null {
  if (raw.length > MAX_INPUT) return 'tooLong';
  const text = raw.normalize('NFKC').trim();
  if (text === '') return 'empty';
  if (/\s/.test(text)) return 'space';
  if (/[a-z]/.test(text)) return 'lowerCase';
  return text === PRACTICE_TEMP_PASSCODE ? null : 'wrong';
}

export type CardValuesProblem =
  | 'empty'
  | 'space'
  | 'notDigits'
  | 'oneValue'
  | 'tooShort'
  | 'tooLong'
  | 'wrongOrder'
  | 'wrongFirst'
  | 'wrongSecond'
  | 'wrongBoth';

/**
 * The two values joined with no space (published: no spaces between characters). Full-width
 * digits are fine; a space, one value only, the two values swapped, or a value from another
 * index are each named, so the reader knows what to fix.
 */
export function checkCardValues(card: SecurityCard, [first, second]: [number, number], raw: string): CardValuesProblem | null {
  if (raw.length > MAX_INPUT) return 'tooLong';
  const text = raw.normalize('NFKC').trim();
  if (text === '') return 'empty';
  if (/\s/.test(text)) return 'space';
  if (!/^[0-9]+$/.test(text)) return 'notDigits';
  if (text.length <= 3) return 'oneValue';
  if (text.length < 6) return 'tooShort';
  if (text.length > 6) return 'tooLong';
  const a = card.values[first - 1] ?? '';
  const b = card.values[second - 1] ?? '';
  if (text === a + b) return null;
  if (text === b + a) return 'wrongOrder';
  const [x, y] = [text.slice(0, 3), text.slice(3)];
  if (x !== a && y !== b) return 'wrongBoth';
  return x !== a ? 'wrongFirst' : 'wrongSecond';
}
