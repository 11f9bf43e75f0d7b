/**
 * Passes messages between the content scripts of one tab's frames (they cannot reach each
 * other, and window.postMessage would let page scripts in). The router has already checked
 * that the sender is our content script on a seller page; here the frame ids are checked:
 * only a child frame reports its editor, only the top frame asks to insert, and both go to
 * the sender's own tab, never another.
 */
import { sendToFrame } from '../messaging/client';
import type { FrameEditorState, InsertRequest, InsertResult } from '../messaging/schemas';
import type { SenderInfo } from '../messaging/sender';

const TOP_FRAME = 0;

export async function relayFrameEditor(state: FrameEditorState, sender: SenderInfo): Promise<{ ok: boolean }> {
  const tabId = sender.tab?.id;
  const frameId = sender.frameId;
  if (tabId === undefined || frameId === undefined || frameId === TOP_FRAME) return { ok: false };
  try {
    return await sendToFrame(tabId, TOP_FRAME, 'content:frameEditor', { frameId, state });
  } catch {
    // No script in the top frame (the site is switched off, or it is still loading).
    return { ok: false };
  }
}

export async function relayInsertInFrame(frameId: number, request: InsertRequest, sender: SenderInfo): Promise<InsertResult> {
  const tabId = sender.tab?.id;
  // The schema checked frameId ≥ 1 (a child); whole numbers are checked here, which keeps
  // zod's integer format out of the content script that shares the schema.
  if (tabId === undefined || sender.frameId !== TOP_FRAME || !Number.isInteger(frameId)) return { ok: false, reason: 'no_input' };
  try {
    return await sendToFrame(tabId, frameId, 'content:insertText', request);
  } catch {
    return { ok: false, reason: 'detached' };
  }
}
