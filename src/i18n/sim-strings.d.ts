/** See src/i18n/sim-strings-plugin.ts. */
declare module 'virtual:sim-strings' {
  export function loadSimStrings(lang: string, flow: string): Promise<Record<string, string>>;
}
