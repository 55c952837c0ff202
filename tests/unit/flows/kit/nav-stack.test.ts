import { describe, expect, it } from 'vitest';
import { navAt, pop, popTo, push, replace, restart } from '../../../../src/flows/kit/nav-stack';

type Screen = { name: string; problem?: string };
const settle = (s: Screen): Screen => ({ name: s.name });

describe('the nav stack', () => {
  it('pushes the settled screen being left and pops back to it', () => {
    const nav = push(navAt<Screen>({ name: 'a', problem: 'x' }), { name: 'b' }, settle);
    expect(nav).toEqual({ screen: { name: 'b' }, history: [{ name: 'a' }] });
    expect(pop(nav)).toEqual({ screen: { name: 'a' }, history: [] });
    expect(pop(navAt({ name: 'a' }))).toBeNull();
  });

  it('replaces without history and restarts with none', () => {
    const nav = push(navAt<Screen>({ name: 'a' }), { name: 'b' });
    expect(replace(nav, { name: 'c' })).toEqual({ screen: { name: 'c' }, history: [{ name: 'a' }] });
    expect(restart({ name: 'd' })).toEqual({ screen: { name: 'd' }, history: [] });
  });

  it('pops back to the last matching screen', () => {
    const nav = [{ name: 'b' }, { name: 'c' }].reduce((n, s) => push(n, s), navAt<Screen>({ name: 'a' }));
    expect(popTo(nav, (s) => s.name === 'a')).toEqual({ screen: { name: 'a' }, history: [] });
    expect(popTo(nav, (s) => s.name === 'z')).toBeNull();
  });
});
