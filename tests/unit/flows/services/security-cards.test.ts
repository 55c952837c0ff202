import { describe, expect, it } from 'vitest';
import { seededIO } from '../../../../src/flows/kit/replay';
import {
  activated, CARD_DAYS, cardStatus, checkCardValues, checkTempPasscode, DAY_MS, dayStart, newCard, pickIndices, PRACTICE_TEMP_PASSCODE,
} from '../../../../src/flows/services/security-cards';

const card = { values: Array.from({ length: 40 }, (_, i) => String(100 + i * 7).slice(-3)) };
const at = (i: number) => card.values[i - 1]!;

describe('the card', () => {
  it('has 40 three-digit values, drawn uniformly, and two different index numbers per ask', () => {
    const io = seededIO(3);
    const drawn = newCard(io.randomBytes);
    expect(drawn.values).toHaveLength(40);
    expect(drawn.values.every((v) => /^[0-9]{3}$/.test(v))).toBe(true);
    for (let i = 0; i < 200; i++) {
      const [a, b] = pickIndices(io.randomBytes);
      expect(a).not.toBe(b);
      expect([a, b].every((n) => n >= 1 && n <= 40)).toBe(true);
    }
  });

  it('works for 21 days from the day it is activated: day 20 yes, day 21 and 22 no', () => {
    const monday = Date.UTC(2026, 0, 5, 15, 30);
    const done = activated(card, monday);
    expect(done.activatedAt).toBe(dayStart(monday));
    expect(done.expiresAt).toBe(dayStart(monday) + CARD_DAYS * DAY_MS);
    expect(cardStatus(done, monday + 20 * DAY_MS)).toBe('active');
    expect(cardStatus(done, dayStart(monday) + 21 * DAY_MS - 1)).toBe('active');
    expect(cardStatus(done, dayStart(monday) + 21 * DAY_MS)).toBe('expired');
    expect(cardStatus(done, monday + 22 * DAY_MS)).toBe('expired');
    expect(cardStatus(card, monday)).toBe('printed-not-activated');
    expect(cardStatus(undefined, monday)).toBe('none');
  });
});

describe('the temporary passcode', () => {
  it.each([
    [PRACTICE_TEMP_PASSCODE, null],
    ['ＴＫ７Ｐ４ＱＭＸ', null],
    [` ${PRACTICE_TEMP_PASSCODE} `, null],
    ['tk7p4qmx', 'lowerCase'],
    ['TK7p4QMX', 'lowerCase'],
    ['TK7P 4QMX', 'space'],
    ['', 'empty'],
    ['TK7P4QMY', 'wrong'],
    ['x'.repeat(65), 'tooLong'],
    ['<script>', 'lowerCase'],
  ])('%j → %j', (typed, problem) => {
    expect(checkTempPasscode(typed)).toBe(problem);
  });
});

describe('card values', () => {
  const ask: [number, number] = [12, 31];
  const right = at(12) + at(31);
  it.each([
    [right, null],
    [[...right].map((d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)).join(''), null],
    [`${at(12)} ${at(31)}`, 'space'],
    [`${at(12)}\u3000${at(31)}`, 'space'],
    [at(12), 'oneValue'],
    [right.slice(0, 5), 'tooShort'],
    [`${right}1`, 'tooLong'],
    [at(31) + at(12), 'wrongOrder'],
    [at(13) + at(31), 'wrongFirst'],
    [at(12) + at(30), 'wrongSecond'],
    [at(1) + at(2), 'wrongBoth'],
    ['', 'empty'],
    [`${at(12)}-${at(31)}`, 'notDigits'],
    ['A3D123', 'notDigits'],
  ])('%j → %j', (typed, problem) => {
    expect(checkCardValues(card, ask, typed)).toBe(problem);
  });
});
