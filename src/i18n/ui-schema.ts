import type en from './ui/en.json';
import type ja from './ui/ja.json';

/**
 * Compile-time parity: `astro check` fails when a key exists in one language only.
 * (tests/unit/i18n/ui-parity.test.ts checks the same at run time, plus placeholders.)
 */
type Same<A, B> = [Exclude<keyof A, keyof B> | Exclude<keyof B, keyof A>] extends [never] ? true : never;
export const uiKeysMatch: Same<typeof en, typeof ja> = true;
