/**
 * otpauth:// key URIs (the Google Authenticator "Key Uri Format" that every authenticator
 * app reads from a QR code):
 *   otpauth://totp/Issuer:account?secret=BASE32&issuer=Issuer&algorithm=SHA1&digits=6&period=30
 * Parsing never throws anything but OtpauthError, so a flow can turn any scanned text into
 * a reason code.
 */
import { base32Decode, base32Encode } from './base32';
import { isHashName, type HashName } from './hmac';
import type { OtpDigits } from './hotp';

interface KeyCommon {
  secret: Uint8Array;
  account: string;
  issuer?: string;
  algorithm: HashName;
  digits: OtpDigits;
}
export interface TotpKey extends KeyCommon {
  type: 'totp';
  /** Seconds. */
  period: number;
}
export interface HotpKey extends KeyCommon {
  type: 'hotp';
  counter: number;
}
export type OtpauthKey = TotpKey | HotpKey;

export type OtpauthProblem =
  | 'notOtpauth'
  | 'badType'
  | 'badLabel'
  | 'badEncoding'
  | 'duplicateParameter'
  | 'missingSecret'
  | 'badSecret'
  | 'badAlgorithm'
  | 'badDigits'
  | 'badPeriod'
  | 'missingCounter'
  | 'badCounter'
  | 'issuerMismatch';

export class OtpauthError extends Error {
  override readonly name = 'OtpauthError';
  constructor(readonly reason: OtpauthProblem) {
    super(`otpauth: ${reason}`);
  }
}

/** A colon separates issuer from account in the label, so neither may contain one. */
function checkLabelPart(part: string): string {
  if (part.trim() === '' || part.includes(':')) throw new OtpauthError('badLabel');
  return encodeURIComponent(part);
}

export function buildOtpauthUri(key: OtpauthKey): string {
  const label =
    key.issuer === undefined
      ? checkLabelPart(key.account)
      : `${checkLabelPart(key.issuer)}:${checkLabelPart(key.account)}`;
  // Authenticator apps expect the secret without "=" padding.
  const params = [`secret=${base32Encode(key.secret, { padding: false })}`];
  if (key.issuer !== undefined) params.push(`issuer=${encodeURIComponent(key.issuer)}`);
  params.push(`algorithm=${key.algorithm}`, `digits=${key.digits}`);
  params.push(key.type === 'totp' ? `period=${key.period}` : `counter=${key.counter}`);
  return `otpauth://${key.type}/${label}?${params.join('&')}`;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    throw new OtpauthError('badEncoding'); // malformed %-escape
  }
}

/** Query parameters; "+" is read as a space because form encoders write spaces that way. */
function parseQuery(query: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const pair of query.split('&').filter((p) => p !== '')) {
    const [rawName = '', ...rest] = pair.split('=');
    const name = decode(rawName.replace(/\+/g, ' '));
    if (params.has(name)) throw new OtpauthError('duplicateParameter');
    params.set(name, decode(rest.join('=').replace(/\+/g, ' ')));
  }
  return params;
}

function parseLabel(rawLabel: string): { account: string; issuer?: string } {
  const label = decode(rawLabel);
  const colon = label.indexOf(':');
  // The spec allows optional spaces after the colon ("Example: alice").
  const account = (colon < 0 ? label : label.slice(colon + 1)).trim();
  const issuer = colon < 0 ? undefined : label.slice(0, colon).trim();
  if (account === '' || issuer === '' || account.includes(':')) throw new OtpauthError('badLabel');
  return issuer === undefined ? { account } : { account, issuer };
}

function parseSecret(text: string | undefined): Uint8Array {
  if (text === undefined) throw new OtpauthError('missingSecret');
  let secret: Uint8Array;
  try {
    secret = base32Decode(text);
  } catch {
    throw new OtpauthError('badSecret');
  }
  if (secret.length === 0) throw new OtpauthError('badSecret');
  return secret;
}

function parseWholeNumber(text: string, problem: OtpauthProblem, min: number): number {
  const value = /^\d{1,15}$/.test(text) ? Number(text) : Number.NaN;
  if (!(value >= min)) throw new OtpauthError(problem);
  return value;
}

export function parseOtpauthUri(uri: string): OtpauthKey {
  const match = /^otpauth:\/\/([^/?#]*)\/([^?#]*)(?:\?([^#]*))?(?:#.*)?$/i.exec(uri.trim());
  if (!match) throw new OtpauthError('notOtpauth');
  const [, rawType = '', rawLabel = '', query = ''] = match;
  const type = rawType.toLowerCase();
  if (type !== 'totp' && type !== 'hotp') throw new OtpauthError('badType');

  const { account, issuer: labelIssuer } = parseLabel(rawLabel);
  const params = parseQuery(query);
  const secret = parseSecret(params.get('secret'));
  const paramIssuer = params.get('issuer');
  if (paramIssuer !== undefined && labelIssuer !== undefined && paramIssuer !== labelIssuer) {
    throw new OtpauthError('issuerMismatch');
  }
  const issuer = paramIssuer ?? labelIssuer;

  const algorithm = (params.get('algorithm') ?? 'SHA1').toUpperCase();
  if (!isHashName(algorithm)) throw new OtpauthError('badAlgorithm');
  const digitsText = params.get('digits') ?? '6';
  if (!/^[678]$/.test(digitsText)) throw new OtpauthError('badDigits');
  const digits = Number(digitsText) as OtpDigits;

  const common = { secret, account, algorithm, digits, ...(issuer === undefined ? {} : { issuer }) };
  if (type === 'totp') {
    return { type, ...common, period: parseWholeNumber(params.get('period') ?? '30', 'badPeriod', 1) };
  }
  const counter = params.get('counter');
  if (counter === undefined) throw new OtpauthError('missingCounter');
  return { type, ...common, counter: parseWholeNumber(counter, 'badCounter', 0) };
}
