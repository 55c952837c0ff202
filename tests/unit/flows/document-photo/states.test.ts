import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { latestShot } from '../../../../src/flows/document-photo/document-photo.phone';
import { judgeShot } from '../../../../src/flows/document-photo/document-photo.quality';
import { documentPhotoScenarios } from '../../../../src/flows/document-photo/document-photo.scenarios';
import type { DocumentPhotoState } from '../../../../src/flows/document-photo/document-photo.types';
import { at, flow, fresh, PHONES, run } from './helpers';

function documentedNames(): string[] {
  const markdown = readFileSync(new URL('../../../../docs/document-photo-states.md', import.meta.url), 'utf8');
  return markdown
    .split('\n')
    .filter((line) => line.startsWith('| '))
    .map((line) => line.split('|')[1]?.trim() ?? '')
    .filter((name) => name !== '' && name !== 'name');
}

const screen = (s: DocumentPhotoState) => s.phone.screen;
const check = (s: DocumentPhotoState) => {
  const shot = latestShot(s);
  return shot === undefined ? null : judgeShot(shot).join(',');
};

/** What each name (without its phone) says the state is. */
const EXPECTED: Record<string, (s: DocumentPhotoState) => boolean> = {
  home: (s) => screen(s) === 'home',
  'control-center': (s) => screen(s) === 'control-center',
  apps: (s) => screen(s) === 'apps',
  'camera-front': (s) => screen(s) === 'camera' && s.camera.lens === 'front',
  camera: (s) => screen(s) === 'camera' && s.camera.lens === 'rear' && s.shots.length === 0,
  'camera-framed': (s) => screen(s) === 'camera' && s.shots.length === 0 && s.camera.frame.zoom > 1,
  'photo-taken': (s) => screen(s) === 'camera' && s.shots.length === 1 && check(s) === '',
  photo: (s) => screen(s) === 'photo' && check(s) === '',
  'photo-zoomed': (s) => s.phone.screen === 'photo' && s.phone.view.zoom > 2,
  share: (s) => screen(s) === 'share',
  compose: (s) => s.phone.screen === 'compose' && s.phone.draft.to !== '' && s.phone.draft.subject !== '' && s.phone.draft.toProblem === undefined,
  sent: (s) => screen(s) === 'sent' && check(s) === '',
  'photo-cut-off': (s) => screen(s) === 'photo' && check(s) === 'cutOff',
  'photo-dark': (s) => screen(s) === 'photo' && check(s) === 'dark',
  'photo-shadow': (s) => screen(s) === 'photo' && check(s) === 'shadow',
  'photo-blurred': (s) => screen(s) === 'photo' && check(s) === 'blurred',
  'compose-empty': (s) => s.phone.screen === 'compose' && s.phone.draft.toProblem === 'empty' && s.phone.draft.subjectProblem === 'empty',
  'no-mail': (s) => screen(s) === 'no-mail' && !s.mailReady,
};

describe('named document-photo states', () => {
  it('are exactly the names of docs/document-photo-states.md, in its order', () => {
    expect(Object.keys(flow.states)).toEqual(documentedNames());
  });

  it('are the same screens on both phones (the way into the camera aside)', () => {
    const ios = Object.keys(flow.states).filter((n) => n.startsWith('ios-')).map((n) => n.slice(4));
    const android = Object.keys(flow.states).filter((n) => n.startsWith('android-')).map((n) => n.slice(8));
    expect(ios.filter((n) => n !== 'control-center')).toEqual(android.filter((n) => n !== 'apps'));
  });

  it.each(Object.keys(flow.states))('%s replays to what its name says, on its phone, and survives storage', async (name) => {
    const [phone, ...rest] = name.split('-');
    const named = flow.states[name]!;
    expect(named.platform).toBe(phone);
    const state = await at(name);
    expect(state.platform).toBe(phone);
    expect(EXPECTED[rest.join('-')]!(state), name).toBe(true);
    expect(flow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
  });
});

describe('document-photo scenarios', () => {
  it('have unique names', () => {
    const names = documentPhotoScenarios.map((s) => s.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const platform of PHONES) {
    it.each(documentPhotoScenarios.map((s) => [s.name, s] as const))(`${platform}: %s ends where it says`, (_name, scenario) => {
      const state = run(fresh(platform, scenario.setup), ...scenario.events(platform));
      expect(scenario.expect(state)).toBe(true);
      expect(flow.parseState(JSON.parse(JSON.stringify(state)))).toStrictEqual(state);
    });
  }
});
