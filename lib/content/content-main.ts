/**
 * The content script's body in the top frame: pick the site adapter, mount the sidebar frame,
 * watch the chat, and serve the sidebar (over a port) and the popup/background (one-shot
 * messages). On sites read by the generic adapter it also gathers what child frames report
 * about their editors (lib/content/child-frame.ts) and inserts into the right frame. It holds
 * no customer data: the sidebar frame reads the archive itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { SIDEBAR_PORT, portToContentSchema, type PortToSidebar } from '../messaging/protocol';
import type { InsertRequest, InsertResult } from '../messaging/schemas';
import { insertText } from '../sites/insert-text';
import type { ChatSnapshot, SiteAdapter } from '../sites/types';
import { sendToBackground } from '../messaging/client';
import { watchChat } from './chat-watcher';
import { startTextExpansion, topFrameFiller } from './text-expansion';
import { BuyerSince } from './steady-buyer';
import { isSiteDisabled, mountSidebarFrame, readCollapsedForHost } from './sidebar-frame';
import { trackFocus } from '../sites/generic';
import { FrameEditors } from './frame-editors';
import { watchFrameEditor } from './frame-editor-watch';
import { listenForExtensionRequests } from './extension-requests';

export interface ContentContext {
  signal: AbortSignal;
  onLocationChange(listener: () => void): void;
}

export async function startContentScript(adapter: SiteAdapter, ctx: ContentContext): Promise<void> {
  const host = location.host;
  if (await isSiteDisabled(adapter.platform)) return;
  // The generic adapter inserts into the box the seller last focused; remember it from now on.
  trackFocus(document, ctx.signal);
  const frame = mountSidebarFrame(await readCollapsedForHost(host));
  ctx.signal.addEventListener('abort', () => frame.remove());

  // Generic pages (Qianniu, 1688, added sites) may hold the chat box in a child frame: the
  // buyer's words are the newest selection in any frame, the box the one focused last.
  const generic = adapter.id === 'generic';
  const editors = new FrameEditors();
  const withFrames = (snapshot: ChatSnapshot): ChatSnapshot => {
    if (!generic) return snapshot;
    const selection = editors.latestSelection();
    const messages = selection ? [{ from: 'buyer' as const, text: selection }] : snapshot.messages;
    const hasInput = editors.hasInput() || adapter.findInput(document) !== null;
    const missing = snapshot.missing.filter((part) => (part === 'messages' ? messages.length === 0 : part === 'input' ? !hasInput : true));
    return { ...snapshot, messages, missing };
  };

  let adapterSnapshot: ChatSnapshot = adapter.readChat(document);
  let latest: ChatSnapshot = withFrames(adapterSnapshot);
  const ports = new Set<Browser.runtime.Port>();
  const post = (message: PortToSidebar) => {
    for (const port of ports) port.postMessage(message);
  };
  const chatMessage = (): PortToSidebar => ({ type: 'chat', snapshot: latest, host, inputFrame: generic ? editors.insertTarget() : undefined });
  let lastPublished = JSON.stringify(chatMessage());
  // For shortcuts typed in child frames: since when the buyer shown is shown (steady-buyer.ts).
  const buyerSince = new BuyerSince(latest);
  const publish = () => {
    latest = withFrames(adapterSnapshot);
    buyerSince.note(latest);
    const message = chatMessage();
    const key = JSON.stringify(message);
    if (key === lastPublished) return;
    lastPublished = key;
    post(message);
  };

  const watcher = watchChat(
    adapter,
    (snapshot) => {
      adapterSnapshot = snapshot;
      publish();
    },
    ctx.signal,
  );
  ctx.onLocationChange(() => watcher.rescan());
  // What the seller acts on (a right-click, a shortcut's expanding key) is read at that moment,
  // not taken from the watcher: a switch that changes only the header (the buyer id) is seen
  // by its poll up to a second later, and a customer saved or a shortcut filled in that second
  // would name the previous buyer. The keys of a shortcut note the watcher's snapshot, so a
  // buyer that differs at the expanding key is dropped (steady-buyer.ts).
  const readNow = (): ChatSnapshot => {
    adapterSnapshot = adapter.readChat(document);
    publish();
    return latest;
  };
  startTextExpansion(
    topFrameFiller(() => latest, readNow),
    ctx.signal,
  );
  if (generic) {
    watchFrameEditor(document, ctx.signal, (state) => {
      if (editors.update(0, state)) publish();
    });
  }

  const insertHere = (request: InsertRequest): InsertResult => {
    const input = adapter.findInput(document);
    if (!input) return { ok: false, reason: 'no_input' };
    return insertText(input, request.text, request.mode ?? 'auto');
  };
  const insert = async (request: InsertRequest): Promise<InsertResult> => {
    const target = generic ? editors.insertTarget() : undefined;
    if (target === undefined || target === 0) return insertHere(request);
    const result: InsertResult = await sendToBackground('bg:insertInFrame', { frameId: target, request }).catch(() => ({ ok: false, reason: 'detached' }) as const);
    if (!result.ok && result.reason === 'detached') {
      // The frame or its editor is gone (navigated, removed) and never said so: forget it
      // until the seller focuses an editor there again.
      editors.remove(target);
      publish();
    }
    return result;
  };
  const setCollapsed = (collapsed: boolean) => {
    frame.setCollapsed(collapsed);
    post({ type: 'collapsed', collapsed });
  };

  // The frame is created from the dynamic URL (wxt.config.ts), but the page it loads, and so
  // the port's sender, has the extension's usual origin: compare with that.
  const sidebarUrl = `${browser.runtime.getURL('/')}sidebar.html`;
  const onConnect = (port: Browser.runtime.Port) => {
    // Only our own sidebar page may connect; other extensions' frames are refused.
    if (port.name !== SIDEBAR_PORT || port.sender?.id !== browser.runtime.id || !port.sender?.url?.startsWith(sidebarUrl)) {
      port.disconnect();
      return;
    }
    // The sidebar loaded and accepted this page: only now does it take room on the page.
    frame.reveal();
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const parsed = portToContentSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'insert') {
        void insert(message.request).then((result) => {
          if (ports.has(port)) port.postMessage({ type: 'insertResult', requestId: message.requestId, result } satisfies PortToSidebar);
        });
      } else if (message.type === 'setCollapsed') {
        setCollapsed(message.collapsed);
      } else {
        port.postMessage(chatMessage());
      }
    });
    port.postMessage(chatMessage());
    port.postMessage({ type: 'collapsed', collapsed: frame.collapsed } satisfies PortToSidebar);
  };
  browser.runtime.onConnect.addListener(onConnect);

  // Content scripts accept nothing from other content scripts.
  listenForExtensionRequests(
    {
      'content:getChat': () => readNow(),
      'content:insertText': (request) => insert(request),
      'content:toggleSidebar': () => {
        setCollapsed(!frame.collapsed);
        return { collapsed: frame.collapsed };
      },
      // Only the background sends this, and only what a child frame of this very tab
      // reported (lib/background/message-router.ts checks the tab and the frame ids).
      'content:frameEditor': ({ frameId, state }) => {
        if (generic && editors.update(frameId, state)) publish();
        return { ok: generic };
      },
      // Only the background asks, for a shortcut a child frame of this tab typed
      // (lib/background/frame-expansion.ts).
      // Read now: a header-only switch the watcher has not seen yet counts from this moment.
      'content:chatForShortcut': () => {
        const chat = readNow();
        return { chat, buyerSince: buyerSince.since };
      },
    },
    ctx.signal,
  );

  ctx.signal.addEventListener('abort', () => {
    browser.runtime.onConnect.removeListener(onConnect);
    for (const port of ports) port.disconnect();
  });
}
