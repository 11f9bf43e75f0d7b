/**
 * Puts a reply into the seller's chat box without sending it. Seller backends are framework
 * apps: a textarea's value must go through the prototype's native setter followed by an
 * `input` event, or React/Vue keep their stale state and wipe our text on the next render.
 * Rich editors (contenteditable) are driven through editing commands so their own model
 * updates. Text is only ever inserted as text nodes, never parsed as HTML. No Enter key events
 * and no clicks: sending stays the seller's decision.
 */

export type InsertMode = 'auto' | 'cursor' | 'replace' | 'append';
export type InsertResult = { ok: true } | { ok: false; reason: 'not_editable' | 'detached' };

type TextControl = HTMLTextAreaElement | HTMLInputElement;

const TEXT_INPUT_TYPES = new Set(['text', 'search', '']);

export function insertText(target: HTMLElement, text: string, mode: InsertMode = 'auto'): InsertResult {
  if (!target.isConnected) return { ok: false, reason: 'detached' };
  const normalized = text.replace(/\r\n?/g, '\n');
  if (isTextControl(target)) {
    if (target.disabled || target.readOnly) return { ok: false, reason: 'not_editable' };
    insertIntoTextControl(target, normalized, mode);
    return { ok: true };
  }
  if (target.isContentEditable) {
    insertIntoEditable(target, normalized, mode);
    return { ok: true };
  }
  return { ok: false, reason: 'not_editable' };
}

function isTextControl(el: HTMLElement): el is TextControl {
  if (el.tagName === 'TEXTAREA') return true;
  if (el.tagName !== 'INPUT') return false;
  return TEXT_INPUT_TYPES.has((el.getAttribute('type') ?? '').toLowerCase());
}

function isBlank(text: string): boolean {
  return text.replace(/[\s\u200b\ufeff]/g, '') === '';
}

// ---- textarea / input --------------------------------------------------------------------

function insertIntoTextControl(el: TextControl, text: string, mode: InsertMode): void {
  const current = el.value;
  const effective = mode === 'auto' ? (isBlank(current) ? 'replace' : 'cursor') : mode;
  let start: number;
  let end: number;
  if (effective === 'replace') {
    start = 0;
    end = current.length;
  } else if (effective === 'append') {
    start = end = current.length;
  } else {
    // A textarea keeps its selection while focus is elsewhere (e.g. in our sidebar frame),
    // so this is where the seller's caret was.
    start = clamp(el.selectionStart ?? current.length, current.length);
    end = clamp(el.selectionEnd ?? start, current.length);
    if (end < start) [start, end] = [end, start];
  }
  const next = current.slice(0, start) + text + current.slice(end);
  el.focus({ preventScroll: true });
  setNativeValue(el, next);
  const caret = start + text.length;
  try {
    el.setSelectionRange(caret, caret);
  } catch {
    // Some input types refuse selection APIs; the value is what matters.
  }
  const view = el.ownerDocument.defaultView;
  const inputType = effective === 'replace' ? 'insertReplacementText' : 'insertText';
  el.dispatchEvent(makeInputEvent(view, 'input', inputType, text, false));
  el.dispatchEvent(new (view?.Event ?? Event)('change', { bubbles: true }));
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** The prototype's setter bypasses the per-instance value tracker frameworks install. */
function setNativeValue(el: TextControl, value: string): void {
  let proto: object | null = Object.getPrototypeOf(el);
  while (proto) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, 'value');
    if (descriptor?.set) {
      descriptor.set.call(el, value);
      return;
    }
    proto = Object.getPrototypeOf(proto);
  }
  el.value = value;
}

function makeInputEvent(
  view: (Window & typeof globalThis) | null,
  type: 'input' | 'beforeinput',
  inputType: string,
  data: string,
  cancelable: boolean,
): Event {
  const InputEventCtor = view?.InputEvent ?? (typeof InputEvent === 'undefined' ? undefined : InputEvent);
  if (InputEventCtor) return new InputEventCtor(type, { bubbles: true, cancelable, inputType, data });
  const EventCtor = view?.Event ?? Event;
  return new EventCtor(type, { bubbles: true, cancelable });
}

// ---- contenteditable ---------------------------------------------------------------------

function insertIntoEditable(el: HTMLElement, text: string, mode: InsertMode): void {
  const doc = el.ownerDocument;
  const selection = doc.getSelection();
  const caret = caretInside(el, selection);
  el.focus({ preventScroll: true });

  const range = doc.createRange();
  const empty = isBlank(el.textContent ?? '');
  const effective =
    mode === 'auto' ? (empty ? 'replace' : caret ? 'cursor' : 'append') : mode === 'cursor' && !caret ? 'append' : mode;
  if (effective === 'replace') {
    range.selectNodeContents(el);
  } else if (effective === 'append') {
    range.selectNodeContents(el);
    range.collapse(false);
  } else if (caret) {
    range.setStart(caret.startContainer, caret.startOffset);
    range.setEnd(caret.endContainer, caret.endOffset);
  }
  if (selection) {
    selection.removeAllRanges();
    selection.addRange(range);
  }

  const before = el.textContent ?? '';
  // execCommand can report success without touching the editor (e.g. detached editing host).
  if (insertWithCommands(doc, text) && (el.textContent ?? '') !== before) return;
  insertWithRange(el, selection, range, text);
}

function caretInside(el: HTMLElement, selection: Selection | null): Range | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  // A copy: focusing the editor may move the live selection range.
  return el.contains(range.startContainer) && el.contains(range.endContainer) ? range.cloneRange() : null;
}

/** The editing commands keep the editor's undo stack and fire its own beforeinput/input. */
function insertWithCommands(doc: Document, text: string): boolean {
  if (typeof doc.execCommand !== 'function') return false;
  try {
    const lines = text.split('\n');
    let ok = true;
    lines.forEach((line, index) => {
      if (index > 0) ok = doc.execCommand('insertLineBreak') && ok;
      if (line !== '') ok = doc.execCommand('insertText', false, line) && ok;
    });
    return ok;
  } catch {
    return false;
  }
}

function insertWithRange(el: HTMLElement, selection: Selection | null, fallback: Range, text: string): void {
  const doc = el.ownerDocument;
  const view = doc.defaultView;
  const live = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  const range = live && el.contains(live.startContainer) ? live : fallback;
  const beforeInput = makeInputEvent(view, 'beforeinput', 'insertText', text, true);
  // An editor that handles beforeinput itself (Lexical, Slate...) cancels it and inserts.
  if (!el.dispatchEvent(beforeInput)) return;

  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  let lastNode: Node | null = null;
  text.split('\n').forEach((line, index) => {
    if (index > 0) {
      lastNode = doc.createElement('br');
      fragment.appendChild(lastNode);
    }
    if (line !== '') {
      lastNode = doc.createTextNode(line);
      fragment.appendChild(lastNode);
    }
  });
  range.insertNode(fragment);
  if (lastNode) {
    const after = doc.createRange();
    after.setStartAfter(lastNode);
    after.collapse(true);
    selection?.removeAllRanges();
    selection?.addRange(after);
  }
  el.dispatchEvent(makeInputEvent(view, 'input', 'insertText', text, false));
}
