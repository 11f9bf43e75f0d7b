/**
 * Watches one document for what the top frame needs to know about its editor: the seller
 * focused a text box or rich editor, selected some text (the buyer's words), or the frame is
 * going away. Used in the top frame (reporting to itself) and in child frames (reporting
 * through the background). Nothing is read from the page beyond the selection the seller made.
 */
import type { FrameEditorState } from '../messaging/schemas';
import { currentSelection, findGenericInput, isEditableTarget, trackFocus } from '../sites/generic';

/** A drag-selection fires selectionchange per character; report once it settles. */
const SELECTION_SETTLE_MS = 150;

export function watchFrameEditor(doc: Document, signal: AbortSignal, report: (state: FrameEditorState) => void): void {
  trackFocus(doc, signal);
  let lastKey = '';
  const send = (focused: boolean) => {
    if (signal.aborted) return;
    const state: FrameEditorState = { selection: currentSelection(doc), hasInput: findGenericInput(doc) !== null, focused };
    const key = JSON.stringify(state);
    // A focus is always news (it moves the insertion target); anything else only when it changed.
    if (!focused && key === lastKey) return;
    lastKey = key;
    report(state);
  };

  doc.addEventListener(
    'focusin',
    (event) => {
      if (isEditableTarget(event.target)) send(true);
    },
    { capture: true, signal },
  );
  let settle: ReturnType<typeof setTimeout> | undefined;
  doc.addEventListener(
    'selectionchange',
    () => {
      clearTimeout(settle);
      settle = setTimeout(() => send(false), SELECTION_SETTLE_MS);
    },
    { signal },
  );
  signal.addEventListener('abort', () => clearTimeout(settle), { once: true });
  // Leaving (navigation, frame removed): the top frame must stop inserting here.
  doc.defaultView?.addEventListener('pagehide', () => report({ selection: '', hasInput: false, focused: false }), { signal });

  // An editor focused before the script started (document_idle) counts as focused now.
  if (findGenericInput(doc)) send(true);
}
