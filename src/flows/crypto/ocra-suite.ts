/**
 * Parsing of RFC 6287 OCRA suite strings (section 6), e.g.
 *   OCRA-1:HOTP-SHA512-8:C-QN08-PSHA1
 *   <version>:<CryptoFunction>:<DataInput>
 * DataInput is [C] - QFxx - [PH] - [Snnn] - [TG], in that order.
 */
import { isHashName, type HashName } from './hmac';

export type QuestionFormat = 'N' | 'A' | 'H';

export interface OcraSuite {
  /** The suite string exactly as given: it is hashed into the data input byte for byte. */
  text: string;
  hash: HashName;
  /** Response length; 4–10 (RFC 6287 also allows 0 = untruncated HMAC, not supported here). */
  digits: number;
  counter: boolean;
  question: { format: QuestionFormat; maxLength: number };
  /** Hash applied to the PIN, when the suite has a P field. */
  pinHash?: HashName;
  /** Session information length in bytes, when the suite has an S field. */
  sessionBytes?: number;
  /** Time step length in seconds, when the suite has a T field. */
  timeStepSeconds?: number;
}

export type OcraSuiteProblem =
  | 'badVersion'
  | 'badCryptoFunction'
  | 'unsupportedDigits'
  | 'badQuestion'
  | 'badDataInput'
  | 'badTimeStep';

export class OcraSuiteError extends Error {
  override readonly name = 'OcraSuiteError';
  constructor(
    readonly reason: OcraSuiteProblem,
    readonly suite: string,
  ) {
    super(`OCRA suite ${reason}: ${suite}`);
  }
}

const UNIT_SECONDS = { S: 1, M: 60, H: 3600 } as const;
/** Allowed step counts per unit (RFC 6287 section 6.3: 1–59 S, 1–59 M, 0–48 H; 0 H is useless). */
const UNIT_MAX = { S: 59, M: 59, H: 48 } as const;

function parseHashName(text: string | undefined): HashName | undefined {
  const name = `SHA${text ?? ''}`;
  return isHashName(name) ? name : undefined;
}

export function parseOcraSuite(text: string): OcraSuite {
  const fail = (reason: OcraSuiteProblem): never => {
    throw new OcraSuiteError(reason, text);
  };
  const [version, cryptoFunction, dataInput, ...extra] = text.split(':');
  if (version !== 'OCRA-1') return fail('badVersion');
  if (cryptoFunction === undefined || dataInput === undefined || extra.length > 0) {
    return fail('badCryptoFunction');
  }

  const crypto = /^HOTP-SHA(\d+)-(\d+)$/.exec(cryptoFunction);
  const hash = parseHashName(crypto?.[1]) ?? fail('badCryptoFunction');
  const digits = Number(crypto?.[2]);
  if (digits < 4 || digits > 10) fail('unsupportedDigits');

  const fields = dataInput.split('-');
  const counter = fields[0] === 'C';
  if (counter) fields.shift();

  const questionMatch = /^Q([NAH])(\d{1,2})$/.exec(fields.shift() ?? '');
  const maxLength = Number(questionMatch?.[2]);
  if (!questionMatch || maxLength < 4 || maxLength > 64) return fail('badQuestion');
  const suite: OcraSuite = {
    text,
    hash,
    digits,
    counter,
    question: { format: questionMatch[1] as QuestionFormat, maxLength },
  };

  const pin = /^PSHA(\d+)$/.exec(fields[0] ?? '');
  if (pin) {
    suite.pinHash = parseHashName(pin[1]) ?? fail('badDataInput');
    fields.shift();
  }
  const session = /^S(\d{3})$/.exec(fields[0] ?? '');
  if (session) {
    suite.sessionBytes = Number(session[1]);
    if (suite.sessionBytes === 0) fail('badDataInput');
    fields.shift();
  }
  const time = /^T(\d{1,2})([SMH])$/.exec(fields[0] ?? '');
  if (time) {
    const count = Number(time[1]);
    const unit = time[2] as keyof typeof UNIT_SECONDS;
    if (count < 1 || count > UNIT_MAX[unit]) fail('badTimeStep');
    suite.timeStepSeconds = count * UNIT_SECONDS[unit];
    fields.shift();
  }
  // Anything left is unknown, repeated or out of order.
  if (fields.length > 0) fail('badDataInput');
  return suite;
}
