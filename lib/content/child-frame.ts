/**
 * The content script in a child frame (Qianniu's and 1688's chat boxes live in iframes; so may
 * those of sites the user adds). It mounts no sidebar: it reports its editor and selection to
 * the background, which passes them to the top frame of the same tab, and inserts text into
 * its editor when the background asks on the top frame's behalf. Never window.postMessage:
 * any page script could post to it or read it. Shortcuts typed in its editor expand as in the
 * top frame, filled from the top frame's chat (text-expansion.ts, steady-buyer.ts).
 */
import { sendToBackground } from '../messaging/client';
import type { InsertResult } from '../messaging/schemas';
import { findGenericInput } from '../sites/generic';
import { insertText } from '../sites/insert-text';
import { watchFrameEditor } from './frame-editor-watch';
import { isSiteDisabled } from './sidebar-frame';
import { listenForExtensionRequests } from './extension-requests';
import { childFrameFiller, startTextExpansion } from './text-expansion';

export async function startChildFrame(platform: string, signal: AbortSignal): Promise<void> {
  // A built-in site the seller switched off: its frames stay as quiet as its top frame.
  if (await isSiteDisabled(platform)) return;
  watchFrameEditor(document, signal, (state) => {
    sendToBackground('bg:frameEditor', state).catch(() => {
      // The worker was restarting or the top frame has no script (site switched off): the
      // next focus or selection reports again.
    });
  });

  startTextExpansion(childFrameFiller(), signal);

  // Only the background (on the top frame's behalf) may ask; no other content script.
  listenForExtensionRequests(
    {
      'content:insertText': (request): InsertResult => {
        const input = findGenericInput(document);
        if (!input) return { ok: false, reason: 'no_input' };
        return insertText(input, request.text, request.mode ?? 'auto');
      },
    },
    signal,
  );
}
