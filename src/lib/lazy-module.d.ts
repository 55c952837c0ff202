/** See src/lib/lazy-module-plugin.ts: the URL of a module built as its own chunk. */
declare module 'lazy-module:*' {
  const url: string;
  export default url;
}
