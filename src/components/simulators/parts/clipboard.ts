/**
 * Writing to the real clipboard where the browser allows it (a secure page, a permission
 * granted or not needed). Never throws: a refusal, a missing API or a blocked permission
 * is "false", and the caller offers the text in a field to copy by hand.
 */
export async function writeClipboard(text: string): Promise<boolean> {
  try {
    const clipboard = globalThis.navigator?.clipboard;
    if (clipboard?.writeText === undefined) return false;
    await clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
