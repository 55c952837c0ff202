/**
 * RFC 6287 OCRA response: HMAC(key, DataInput) truncated like HOTP, where
 *   DataInput = suite (ASCII) | 0x00 | C (8) | Q (128) | P (hash) | S (nnn) | T (8)
 * and fields absent from the suite are left out. The byte layout follows the RFC's
 * reference implementation (Appendix A), which is what the Appendix C vectors were made with.
 */
import { bytesToHex, hexToBytes } from './hex';
import { digest, hmac } from './hmac';
import { counterToBytes as counterBytes, dynamicTruncate, truncateDigits as truncatedToDigits } from '@otplib/core';
import { parseOcraSuite, type OcraSuite } from './ocra-suite';

export interface OcraParams {
  suite: string | OcraSuite;
  key: Uint8Array;
  /** The challenge as the user sees it: decimal digits (QN), text (QA) or hex (QH). */
  question: string;
  /** Required when the suite has C. */
  counter?: number | bigint | undefined;
  /** Required when the suite has PSHAx: the PIN itself; it is hashed here. */
  pin?: string | undefined;
  /** Required when the suite has Snnn: at most nnn bytes, left-padded with zeros. */
  session?: Uint8Array | undefined;
  /** Required when the suite has T: current time in ms; the step length comes from the suite. */
  now?: number | undefined;
}

export type OcraInputProblem =
  | 'missingCounter'
  | 'missingPin'
  | 'missingSession'
  | 'missingTime'
  | 'badQuestion'
  | 'sessionTooLong';

export class OcraInputError extends Error {
  override readonly name = 'OcraInputError';
  constructor(readonly reason: OcraInputProblem) {
    super(`OCRA input: ${reason}`);
  }
}

/** Q is always 128 bytes = 256 hex digits. */
const QUESTION_HEX_LENGTH = 256;

/**
 * The question as the hex string the reference implementation builds BEFORE padding.
 * Numeric questions become the hex digits of the number (22222222 -> "153158E"), not
 * their ASCII codes. The length xx in the suite is deliberately not enforced: the RFC's
 * own mutual-mode vectors send 16-character questions under QA08.
 */
export function questionToHex(format: OcraSuite['question']['format'], question: string): string {
  switch (format) {
    case 'N':
      if (!/^\d+$/.test(question)) throw new OcraInputError('badQuestion');
      return BigInt(question).toString(16).toUpperCase();
    case 'A':
      if (!/^[\x20-\x7e]+$/.test(question)) throw new OcraInputError('badQuestion');
      return bytesToHex(new TextEncoder().encode(question)).toUpperCase();
    case 'H':
      if (!/^[0-9a-fA-F]+$/.test(question)) throw new OcraInputError('badQuestion');
      return question.toUpperCase();
  }
}

/**
 * The 128-byte Q field. The hex STRING is right-padded with "0" before decoding, so an odd
 * number of hex digits moves the last nibble into the high half of a byte:
 * "153158E" -> 15 31 58 E0 00 ..., not 01 53 15 8E. The RFC vectors depend on this.
 */
export function questionField(format: OcraSuite['question']['format'], question: string): Uint8Array {
  const hex = questionToHex(format, question);
  if (hex.length > QUESTION_HEX_LENGTH) throw new OcraInputError('badQuestion');
  return hexToBytes(hex.padEnd(QUESTION_HEX_LENGTH, '0'));
}

function sessionField(length: number, session: Uint8Array): Uint8Array {
  if (session.length > length) throw new OcraInputError('sessionTooLong');
  const field = new Uint8Array(length);
  field.set(session, length - session.length);
  return field;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export async function ocraDataInput(params: OcraParams): Promise<Uint8Array> {
  const suite = typeof params.suite === 'string' ? parseOcraSuite(params.suite) : params.suite;
  const parts: Uint8Array[] = [new TextEncoder().encode(suite.text), new Uint8Array([0])];
  if (suite.counter) {
    if (params.counter === undefined) throw new OcraInputError('missingCounter');
    parts.push(counterBytes(params.counter));
  }
  parts.push(questionField(suite.question.format, params.question));
  if (suite.pinHash) {
    if (params.pin === undefined) throw new OcraInputError('missingPin');
    parts.push(await digest(suite.pinHash, new TextEncoder().encode(params.pin)));
  }
  if (suite.sessionBytes !== undefined) {
    if (params.session === undefined) throw new OcraInputError('missingSession');
    parts.push(sessionField(suite.sessionBytes, params.session));
  }
  if (suite.timeStepSeconds !== undefined) {
    if (params.now === undefined) throw new OcraInputError('missingTime');
    parts.push(counterBytes(Math.floor(params.now / (suite.timeStepSeconds * 1000))));
  }
  return concat(parts);
}

/** The OCRA response (digits as a zero-padded string) for one challenge. */
export async function ocra(params: OcraParams): Promise<string> {
  const suite = typeof params.suite === 'string' ? parseOcraSuite(params.suite) : params.suite;
  const mac = await hmac(suite.hash, params.key, await ocraDataInput({ ...params, suite }));
  return truncatedToDigits(dynamicTruncate(mac), suite.digits);
}
