import { describe, expect, it } from 'vitest';
import { isFunctionWord, isLatin, latinParts, normalize, stem, words } from '../../../src/search/words';

describe('words: English', () => {
  it('lower-cases and splits on spaces', () => {
    expect(words('Scan the QR Code', 'en')).toEqual(['scan', 'the', 'qr', 'code']);
  });

  it('drops punctuation inside a word, as Pagefind searches it ("case-sensitive" → casesensitive)', () => {
    expect(words('case-sensitive passcode', 'en')).toEqual(['casesensitive', 'passcode']);
    expect(words('e-mail, SMS!', 'en')).toEqual(['email', 'sms']);
    expect(words('Don’t (really)', 'en')).toEqual(['dont', 'really']);
  });

  it('keeps the symbols Pagefind keeps: the + of DSC+ and the > of PIN>', () => {
    expect(words('DSC+ shows PIN>', 'en')).toEqual(['dsc+', 'shows', 'pin>']);
  });

  it('keeps duplicates, in order', () => {
    expect(words('code code', 'en')).toEqual(['code', 'code']);
  });

  it('gives nothing for punctuation or spaces alone', () => {
    expect(words(' — ! ', 'en')).toEqual([]);
  });
});

describe('words: Japanese and mixed text', () => {
  it('cuts Japanese into words and keeps the particles as words of their own', () => {
    expect(words('iPhoneでQRコードを読み取る', 'ja')).toEqual(['iphone', 'で', 'qr', 'コード', 'を', '読み取る']);
  });

  it('reads full-width letters, digits and the ideographic space as their plain forms (NFKC)', () => {
    expect(words('ＱＲコード　スキャン', 'ja')).toEqual(['qr', 'コード', 'スキャン']);
    expect(words('ＩＢ Ｋｅｙ', 'en')).toEqual(['ib', 'key']);
    expect(words('８桁', 'ja')).toEqual(['8', '桁']);
  });

  it('drops Japanese brackets and keeps the Latin words of a mixed title', () => {
    expect(words('IB Keyを有効化する（QRコード）', 'ja')).toEqual(['ib', 'key', 'を', '有効', '化', 'する', 'qr', 'コード']);
  });

  it('normalize is NFKC plus lower case', () => {
    expect(normalize('ＡＢＣ　ｄ')).toBe('abc d');
  });
});

describe('word classes', () => {
  it('hiragana-only words are function words; katakana, kanji and Latin are not', () => {
    expect(['を', 'ます', 'から'].every(isFunctionWord)).toBe(true);
    expect(['コード', '有効', 'qr', 'ー'].map(isFunctionWord)).toEqual([false, false, false, true]);
  });

  it('isLatin: Latin letters (with digits, + or >), not digits alone or kana', () => {
    expect(['dsc+', 'pin>', 'ios15', 'café'].every(isLatin)).toBe(true);
    expect(['123', 'コード', 'qrコード'].some(isLatin)).toBe(false);
  });

  it('latinParts splits hyphenated and dotted words, as Pagefind indexes them', () => {
    expect(latinParts('two-factor')).toEqual(['two', 'factor']);
    expect(latinParts('ibkr.com')).toEqual(['ibkr', 'com']);
  });
});

describe('stem', () => {
  it('gives inflections of one word one stem', () => {
    expect(stem('enroled')).toBe(stem('enrolled'));
    expect(stem('scanned')).toBe(stem('scans'));
    expect(stem('registered')).toBe('register');
  });

  it('leaves short words, and words with other characters, as they are', () => {
    expect(stem('pins')).toBe('pins');
    expect(stem('dsc+')).toBe('dsc+');
    expect(stem('コード')).toBe('コード');
  });
});
