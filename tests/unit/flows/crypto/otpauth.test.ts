import { generateURI } from 'otplib';
import { describe, expect, it } from 'vitest';
import {
  OtpauthError,
  buildOtpauthUri,
  parseOtpauthUri,
  type OtpauthKey,
} from '../../../../src/flows/crypto/otpauth';

const secret = new TextEncoder().encode('12345678901234567890');
const secretBase32 = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

const totpKey: OtpauthKey = {
  type: 'totp',
  secret,
  account: 'alice@example.com',
  issuer: 'ACME Co',
  algorithm: 'SHA1',
  digits: 6,
  period: 30,
};

function reasonOf(action: () => unknown): string | undefined {
  try {
    action();
  } catch (error) {
    return error instanceof OtpauthError ? error.reason : `untyped ${String(error)}`;
  }
  return undefined;
}

describe('buildOtpauthUri', () => {
  it('writes the Key URI format with encoded label and unpadded secret', () => {
    expect(buildOtpauthUri(totpKey)).toBe(
      `otpauth://totp/ACME%20Co:alice%40example.com?secret=${secretBase32}&issuer=ACME%20Co&algorithm=SHA1&digits=6&period=30`,
    );
  });

  it('writes exactly what otplib writes for the same TOTP key', () => {
    const key: OtpauthKey = { ...totpKey, algorithm: 'SHA256', digits: 8, period: 60 };
    const theirs = generateURI({
      issuer: 'ACME Co',
      label: 'alice@example.com',
      secret: secretBase32,
      algorithm: 'sha256',
      digits: 8,
      period: 60,
    });
    expect(buildOtpauthUri(key)).toBe(theirs);
  });

  it('writes a counter for HOTP and omits a missing issuer', () => {
    const uri = buildOtpauthUri({ type: 'hotp', secret, account: 'bob', algorithm: 'SHA512', digits: 8, counter: 7 });
    expect(uri).toBe(`otpauth://hotp/bob?secret=${secretBase32}&algorithm=SHA512&digits=8&counter=7`);
  });

  it('refuses label parts with a colon or nothing in them', () => {
    expect(reasonOf(() => buildOtpauthUri({ ...totpKey, account: 'a:b' }))).toBe('badLabel');
    expect(reasonOf(() => buildOtpauthUri({ ...totpKey, issuer: ' ' }))).toBe('badLabel');
  });
});

describe('parseOtpauthUri', () => {
  it('round-trips TOTP and HOTP keys, including Japanese and reserved characters', () => {
    const keys: OtpauthKey[] = [
      totpKey,
      { ...totpKey, account: '山田 太郎', issuer: '証券会社 & Co/ゆ?#', period: 60, algorithm: 'SHA512', digits: 8 },
      { type: 'hotp', secret: secret.subarray(0, 7), account: 'x+y=z%', algorithm: 'SHA256', digits: 7, counter: 42 },
    ];
    for (const key of keys) expect(parseOtpauthUri(buildOtpauthUri(key))).toEqual(key);
  });

  it('reads otplib-generated URIs', () => {
    const uri = generateURI({ strategy: 'hotp', issuer: 'ACME Co', label: 'alice', secret: secretBase32, counter: 5 });
    expect(parseOtpauthUri(uri)).toEqual({
      type: 'hotp',
      secret,
      account: 'alice',
      issuer: 'ACME Co',
      algorithm: 'SHA1',
      digits: 6,
      counter: 5,
    });
  });

  it('fills the defaults (SHA1, 6 digits, 30 s) and needs no issuer', () => {
    expect(parseOtpauthUri(`otpauth://totp/alice?secret=${secretBase32}`)).toEqual({
      type: 'totp',
      secret,
      account: 'alice',
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
    });
  });

  it('is lenient where real QR codes vary', () => {
    const key = parseOtpauthUri(
      'OTPAUTH://TOTP/ACME%3A%20alice?secret=gezd gnbv gy3t qojq gezd gnbv gy3t qojq====&issuer=ACME&algorithm=sha256&image=x',
    );
    expect(key).toMatchObject({ type: 'totp', account: 'alice', issuer: 'ACME', algorithm: 'SHA256' });
    expect(key.secret).toEqual(secret);
    expect(parseOtpauthUri(`otpauth://totp/a?secret=${secretBase32}&issuer=ACME+Co`).issuer).toBe('ACME Co');
    expect(parseOtpauthUri(`otpauth://totp/ACME:a?secret=${secretBase32}`).issuer).toBe('ACME');
  });

  it.each([
    ['', 'notOtpauth'],
    ['https://example.com/totp/a?secret=GEZA', 'notOtpauth'],
    ['otpauth://totp', 'notOtpauth'],
    [`otpauth://motp/a?secret=${secretBase32}`, 'badType'],
    [`otpauth://totp/?secret=${secretBase32}`, 'badLabel'],
    [`otpauth://totp/ACME:?secret=${secretBase32}`, 'badLabel'],
    [`otpauth://totp/:alice?secret=${secretBase32}`, 'badLabel'],
    [`otpauth://totp/a:b:c?secret=${secretBase32}`, 'badLabel'],
    [`otpauth://totp/%E0%A4%A?secret=${secretBase32}`, 'badEncoding'],
    [`otpauth://totp/a?secret=${secretBase32}&issuer=%ZZ`, 'badEncoding'],
    [`otpauth://totp/a?secret=${secretBase32}&secret=${secretBase32}`, 'duplicateParameter'],
    ['otpauth://totp/a', 'missingSecret'],
    ['otpauth://totp/a?issuer=x', 'missingSecret'],
    ['otpauth://totp/a?secret=', 'badSecret'],
    ['otpauth://totp/a?secret=GEZ1GNBV', 'badSecret'],
    ['otpauth://totp/a?secret=GEZDGN', 'badSecret'], // 6 characters: not a whole number of bytes
    [`otpauth://totp/a?secret=${secretBase32}&algorithm=MD5`, 'badAlgorithm'],
    [`otpauth://totp/a?secret=${secretBase32}&digits=5`, 'badDigits'],
    [`otpauth://totp/a?secret=${secretBase32}&digits=6.0`, 'badDigits'],
    [`otpauth://totp/a?secret=${secretBase32}&period=0`, 'badPeriod'],
    [`otpauth://totp/a?secret=${secretBase32}&period=-30`, 'badPeriod'],
    [`otpauth://totp/a?secret=${secretBase32}&period=30s`, 'badPeriod'],
    [`otpauth://hotp/a?secret=${secretBase32}`, 'missingCounter'],
    [`otpauth://hotp/a?secret=${secretBase32}&counter=1e3`, 'badCounter'],
    [`otpauth://totp/ACME:a?secret=${secretBase32}&issuer=Other`, 'issuerMismatch'],
  ])('rejects %j as %s', (uri, reason) => {
    expect(reasonOf(() => parseOtpauthUri(uri))).toBe(reason);
  });

  it('never throws anything but OtpauthError on garbage', () => {
    const garbage = ['%', 'otpauth://', 'otpauth:///', 'otpauth://totp/%', 'otpauth://totp/a?%=%', 'otpauth://totp/a?=&&='];
    for (const text of garbage) {
      const reason = reasonOf(() => parseOtpauthUri(text));
      expect(reason === undefined || !reason.startsWith('untyped')).toBe(true);
      expect(reason).toBeDefined();
    }
  });
});
