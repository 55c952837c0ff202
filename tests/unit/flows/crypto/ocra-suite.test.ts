import { describe, expect, it } from 'vitest';
import { OcraSuiteError, parseOcraSuite } from '../../../../src/flows/crypto/ocra-suite';

describe('parseOcraSuite', () => {
  it('reads a question-only suite', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA1-6:QN08')).toEqual({
      text: 'OCRA-1:HOTP-SHA1-6:QN08',
      hash: 'SHA1',
      digits: 6,
      counter: false,
      question: { format: 'N', maxLength: 8 },
    });
  });

  it('reads counter and PIN hash', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA512-8:C-QN08-PSHA1')).toMatchObject({
      hash: 'SHA512',
      digits: 8,
      counter: true,
      pinHash: 'SHA1',
    });
  });

  it('reads time steps in seconds, minutes and hours', () => {
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-8:QN08-T1M').timeStepSeconds).toBe(60);
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-8:QA10-T30S').timeStepSeconds).toBe(30);
    expect(parseOcraSuite('OCRA-1:HOTP-SHA256-8:QH40-T48H').timeStepSeconds).toBe(48 * 3600);
  });

  it('reads session length and hex questions', () => {
    const suite = parseOcraSuite('OCRA-1:HOTP-SHA1-4:QH8-S512');
    expect(suite.question).toEqual({ format: 'H', maxLength: 8 });
    expect(suite.sessionBytes).toBe(512);
    expect(suite.digits).toBe(4);
    expect(suite.pinHash).toBeUndefined();
  });

  it.each([
    ['OCRA-2:HOTP-SHA1-6:QN08', 'badVersion'],
    ['OCRA-1:HOTP-SHA1-6', 'badCryptoFunction'],
    ['OCRA-1:HOTP-MD5-6:QN08', 'badCryptoFunction'],
    ['OCRA-1:HOTP-SHA384-6:QN08', 'badCryptoFunction'],
    ['OCRA-1:HOTP-SHA1-6:QN08:extra', 'badCryptoFunction'],
    ['OCRA-1:HOTP-SHA1-0:QN08', 'unsupportedDigits'],
    ['OCRA-1:HOTP-SHA1-11:QN08', 'unsupportedDigits'],
    ['OCRA-1:HOTP-SHA1-6:C', 'badQuestion'],
    ['OCRA-1:HOTP-SHA1-6:QX08', 'badQuestion'],
    ['OCRA-1:HOTP-SHA1-6:QN03', 'badQuestion'],
    ['OCRA-1:HOTP-SHA1-6:QN65', 'badQuestion'],
    ['OCRA-1:HOTP-SHA1-6:QN08-PSHA2', 'badDataInput'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T1M-PSHA1', 'badDataInput'],
    ['OCRA-1:HOTP-SHA1-6:QN08-C', 'badDataInput'],
    ['OCRA-1:HOTP-SHA1-6:QN08-S000', 'badDataInput'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T60M', 'badTimeStep'],
    ['OCRA-1:HOTP-SHA1-6:QN08-T0H', 'badTimeStep'],
  ])('rejects %s as %s', (suite, reason) => {
    let caught: unknown;
    try {
      parseOcraSuite(suite);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(OcraSuiteError);
    expect((caught as OcraSuiteError).reason).toBe(reason);
  });
});
