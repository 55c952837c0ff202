import { describe, expect, it } from 'vitest';
import { bytesToHex, hexToBytes } from '../../../../src/flows/crypto/hex';
import {
  OcraInputError,
  ocra,
  ocraDataInput,
  questionField,
  questionToHex,
} from '../../../../src/flows/crypto/ocra';
import vectors from './vectors/ocra-rfc6287.json';

/** The union of every suite's row shape; fields a suite does not use are absent. */
interface OcraRow {
  keyHex: string;
  question: string;
  questionFormat: string;
  questionHexBeforePadding: string;
  expected: string;
  counterValue?: number;
  password?: string;
  timestampMinutes?: number;
}

const rowCount = vectors.suites.reduce((sum, suite) => sum + suite.rows.length, 0);

describe('OCRA, RFC 6287 Appendix C', () => {
  it('has the 70 published rows in 11 suites', () => {
    expect(vectors.suites).toHaveLength(11);
    expect(rowCount).toBe(70);
  });

  describe.each(vectors.suites)('$suite ($mode)', (suite) => {
    const rows: readonly OcraRow[] = suite.rows;
    it.each(rows)('question $question -> $expected', async (row) => {
      const format = row.questionFormat as 'N' | 'A' | 'H';
      expect(questionToHex(format, row.question)).toBe(row.questionHexBeforePadding.toUpperCase());
      const response = await ocra({
        suite: suite.suite,
        key: hexToBytes(row.keyHex),
        question: row.question,
        ...(row.counterValue === undefined ? {} : { counter: row.counterValue }),
        ...(row.password === undefined ? {} : { pin: row.password }),
        // Appendix B's time is 12:06:30; T1M counts whole minutes, so the seconds are dropped.
        ...(row.timestampMinutes === undefined ? {} : { now: row.timestampMinutes * 60_000 + 30_000 }),
      });
      expect(response).toBe(row.expected);
    });
  });
});

describe('OCRA data input', () => {
  it('right-pads an odd-length numeric question as a hex string (the RFC trap)', () => {
    const field = questionField('N', '22222222');
    expect(field).toHaveLength(128);
    expect(bytesToHex(field.subarray(0, 5))).toBe('153158e000');
    expect(field.subarray(4).every((byte) => byte === 0)).toBe(true);
  });

  it('encodes alphanumeric questions as ASCII and hex questions as given', () => {
    expect(bytesToHex(questionField('A', 'SIG10000').subarray(0, 9))).toBe('534947313030303000');
    expect(bytesToHex(questionField('H', 'abc').subarray(0, 3))).toBe('abc000');
  });

  it('lays out suite | 00 | C | Q | P | S | T in order', async () => {
    const data = await ocraDataInput({
      suite: 'OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1-S004-T1M',
      key: new Uint8Array(20),
      counter: 258,
      question: '11111111',
      pin: '1234',
      session: new Uint8Array([0xaa, 0xbb]),
      now: 20107446 * 60_000 + 30_000,
    });
    const suiteLength = 'OCRA-1:HOTP-SHA1-6:C-QN08-PSHA1-S004-T1M'.length;
    expect(data).toHaveLength(suiteLength + 1 + 8 + 128 + 20 + 4 + 8);
    const hex = bytesToHex(data.subarray(suiteLength));
    expect(hex.slice(0, 2)).toBe('00');
    expect(hex.slice(2, 18)).toBe('0000000000000102');
    expect(hex.slice(18, 24)).toBe('a98ac7');
    const afterQuestion = 18 + 256;
    expect(hex.slice(afterQuestion, afterQuestion + 40)).toBe('7110eda4d09e062aa5e4a390b0a572ac0d2c0220');
    expect(hex.slice(afterQuestion + 40, afterQuestion + 48)).toBe('0000aabb'); // session left-padded
    expect(hex.slice(afterQuestion + 48)).toBe('000000000132d0b6');
  });

  it('counts T in the suite step (T30S, T2H)', async () => {
    const tail = async (suite: string, now: number) =>
      bytesToHex((await ocraDataInput({ suite, key: new Uint8Array(20), question: '1234', now })).slice(-8));
    expect(await tail('OCRA-1:HOTP-SHA1-6:QN08-T30S', 95_000)).toBe('0000000000000003');
    expect(await tail('OCRA-1:HOTP-SHA1-6:QN08-T2H', 3 * 7_200_000 + 1)).toBe('0000000000000003');
  });
});

describe('OCRA input errors', () => {
  const key = hexToBytes(vectors.keys['Standard 20Byte'].hex);
  const reasonOf = async (promise: Promise<unknown>) =>
    promise.then(
      () => undefined,
      (error: unknown) => (error instanceof OcraInputError ? error.reason : 'untyped'),
    );

  it('names each missing field', async () => {
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:C-QN08', key, question: '1' }))).toBe('missingCounter');
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:QN08-PSHA1', key, question: '1' }))).toBe('missingPin');
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:QN08-S064', key, question: '1' }))).toBe(
      'missingSession',
    );
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:QN08-T1M', key, question: '1' }))).toBe('missingTime');
  });

  it('rejects questions that do not fit the format', async () => {
    const suite = 'OCRA-1:HOTP-SHA1-6:QN08';
    expect(await reasonOf(ocra({ suite, key, question: '12a4' }))).toBe('badQuestion');
    expect(await reasonOf(ocra({ suite, key, question: '' }))).toBe('badQuestion');
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:QH08', key, question: 'XYZ' }))).toBe('badQuestion');
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:QA08', key, question: 'é' }))).toBe('badQuestion');
    expect(await reasonOf(ocra({ suite: 'OCRA-1:HOTP-SHA1-6:QA64', key, question: 'x'.repeat(129) }))).toBe(
      'badQuestion',
    );
  });

  it('rejects session data longer than the suite allows', async () => {
    const suite = 'OCRA-1:HOTP-SHA1-6:QN08-S004';
    expect(await reasonOf(ocra({ suite, key, question: '1', session: new Uint8Array(5) }))).toBe('sessionTooLong');
  });
});
