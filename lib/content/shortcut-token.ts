/**
 * The shortcut the seller just typed, if any: "/ty" at the end of the text before the caret,
 * at the start of the box or after whitespace (so URLs and dates like 3/15 never expand).
 * Runs on every space and Tab in the chat box, so it only looks at the last 24 characters.
 */
const TOKEN = /(?:^|\s)(\/[\p{L}\p{N}_-]{1,20})$/u;

export function shortcutBeforeCaret(textBeforeCaret: string): string | undefined {
  return TOKEN.exec(textBeforeCaret.slice(-24))?.[1];
}
