/**
 * Text expansion: typing a template's shortcut (e.g. "/ty") then Space or Tab in a chat box
 * replaces it with the filled template. Keystrokes during IME composition (Chinese input
 * methods) are never touched. The handler's synchronous part is a short regex and a set
 * lookup; the filling happens in the background, which owns the templates and the archive.
 *
 * Only the seller's real key presses count (`isTrusted`). A page script can dispatch its own
 * keydown events: acting on them let a page fill a template for any buyer id it wrote into
 * its markup and read the buyer's name, order and tracking number back out of the box, and
 * cancelling them told it which shortcuts exist. Synthetic events are left exactly as they
 * came, whatever the text before the caret, so they reveal nothing.
 *
 * It runs in the top frame and, where the chat box lives in an iframe (Qianniu, 1688, sites
 * the user adds), in child frames too; the two differ only in how a shortcut is filled (the
 * `ShortcutFiller`s below): the top frame sends the chat it watches, a child frame sends none
 * and the background fills from the top frame's (lib/background/frame-expansion.ts).
 */
import { sendToBackground } from '../messaging/client';
import type { ResponseOf } from '../messaging/protocol';
import type { ChatSnapshotPayload } from '../messaging/schemas';
import { insertText } from '../sites/insert-text';
import { shortcutBeforeCaret } from './shortcut-token';
import { KeyTimes, SteadyBuyer } from './steady-buyer';

const REFRESH_MS = 10_000;

type Editable = HTMLTextAreaElement | HTMLInputElement | HTMLElement;

function editableTarget(target: EventTarget | null): Editable | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  // An older rich editor (KindEditor, UEditor…): a whole frame document in design mode.
  if (target.ownerDocument.designMode === 'on') return target.ownerDocument.body ?? undefined;
  if (target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && ['text', 'search', ''].includes(target.type))) return target;
  const host = target.closest<HTMLElement>('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
  return host ?? undefined;
}

/** The text before the caret, and a way to select the last `length` characters of it. */
function caretContext(el: Editable): { before: string; selectLast(length: number): void } | undefined {
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLInputElement) {
    const caret = el.selectionStart;
    if (caret === null || caret !== el.selectionEnd) return undefined;
    return { before: el.value.slice(0, caret), selectLast: (n) => el.setSelectionRange(caret - n, caret) };
  }
  const selection = el.ownerDocument.getSelection();
  if (!selection || selection.rangeCount === 0 || !selection.isCollapsed) return undefined;
  const { startContainer: node, startOffset: offset } = selection.getRangeAt(0);
  if (node.nodeType !== Node.TEXT_NODE || !el.contains(node)) return undefined;
  return {
    before: (node.textContent ?? '').slice(0, offset),
    selectLast: (n) => {
      const range = el.ownerDocument.createRange();
      range.setStart(node, offset - n);
      range.setEnd(node, offset);
      selection.removeAllRanges();
      selection.addRange(range);
    },
  };
}

/** How a frame gets a typed shortcut filled, and what it notes of each real key press for that. */
export interface ShortcutFiller {
  /** A real key press in a chat box, composition keys included (the buyer rule counts them). */
  noteKey(): void;
  /** Called on the expanding key itself, after its `noteKey`: what is sent is decided then. */
  fill(token: string): Promise<ResponseOf<'bg:expandShortcut'>>;
}

/**
 * The top frame: it watches the chat, so it sends it, without the buyer unless it held
 * (steady-buyer.ts). Each key notes the watcher's snapshot (`getChat`, cheap); the expanding
 * key reads the page at that moment (`readNow`): a switch that changed only the header is seen
 * by the watcher's poll up to a second later, and a shortcut typed in that second would
 * otherwise be filled with the previous buyer's name and order.
 */
export function topFrameFiller(getChat: () => ChatSnapshotPayload | null, readNow: () => ChatSnapshotPayload | null): ShortcutFiller {
  const buyer = new SteadyBuyer();
  return {
    noteKey: () => buyer.noteKey(getChat()),
    fill: (shortcut) => sendToBackground('bg:expandShortcut', { shortcut, chat: buyer.chatFor(shortcut, readNow()) }),
  };
}

/**
 * A child frame: it sends no chat (its markup names no buyer we could trust), only when the
 * shortcut's first key was pressed; the background fills from the top frame's chat.
 */
export function childFrameFiller(): ShortcutFiller {
  const keys = new KeyTimes();
  return {
    noteKey: () => keys.note(),
    fill: (shortcut) => sendToBackground('bg:expandShortcutInFrame', { shortcut, firstKeyAt: keys.firstKeyOf(shortcut) }),
  };
}

export function startTextExpansion(filler: ShortcutFiller, signal: AbortSignal): { shortcutCount(): number } {
  let shortcuts = new Set<string>();
  let fetchedAt = -Infinity;
  const refresh = async () => {
    if (Date.now() - fetchedAt < REFRESH_MS) return;
    fetchedAt = Date.now();
    try {
      // Matched in any case: a seller with Caps Lock on, or a phone keyboard's capital first
      // letter, still means /ty.
      shortcuts = new Set((await sendToBackground('bg:shortcuts', {})).shortcuts.map((s) => s.toLowerCase()));
    } catch {
      // The worker may be restarting; the next focus tries again.
      fetchedAt = -Infinity;
    }
  };

  const onFocus = (event: FocusEvent) => {
    if (editableTarget(event.target)) void refresh();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (!event.isTrusted) return;
    if (editableTarget(event.target)) filler.noteKey();
    if (event.isComposing || event.keyCode === 229) return;
    if ((event.key !== ' ' && event.key !== 'Tab') || event.ctrlKey || event.metaKey || event.altKey) return;
    if (shortcuts.size === 0) {
      // Nothing loaded yet (the worker was restarting when the box got focus, or the list came
      // back before the seller's templates): ask again, so the seller's next try expands
      // without having to leave the box and come back.
      if (editableTarget(event.target)) void refresh();
      return;
    }
    const el = editableTarget(event.target);
    if (!el) return;
    const context = caretContext(el);
    const token = context && shortcutBeforeCaret(context.before);
    if (!context || !token || !shortcuts.has(token.toLowerCase())) return;
    event.preventDefault();
    event.stopPropagation();
    void expand(el, token, filler.fill(token));
  };

  const expand = async (el: Editable, token: string, filled: ReturnType<ShortcutFiller['fill']>) => {
    try {
      const result = await filled;
      if (!result.ok) return;
      // The seller may have typed on while we waited: only replace the token if it is still there.
      const now = caretContext(el);
      if (!now || !now.before.endsWith(token)) return;
      now.selectLast(token.length);
      insertText(el, result.text, 'cursor');
    } catch {
      // Leave what the seller typed untouched.
    }
  };

  document.addEventListener('focusin', onFocus, { capture: true, signal });
  document.addEventListener('keydown', onKeyDown, { capture: true, signal });
  void refresh();
  return { shortcutCount: () => shortcuts.size };
}
