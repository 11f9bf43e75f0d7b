/**
 * The content script's body: pick the site adapter, mount the sidebar frame, watch the chat,
 * and serve the sidebar (over a port) and the popup/background (one-shot messages). It holds
 * no customer data: the sidebar frame reads the archive itself.
 */
import { browser, type Browser } from 'wxt/browser';
import { createRouter } from '../messaging/router';
import { SIDEBAR_PORT, portToContentSchema, type PortToSidebar } from '../messaging/protocol';
import type { InsertRequest, InsertResult } from '../messaging/schemas';
import { insertText } from '../sites/insert-text';
import type { ChatSnapshot, SiteAdapter } from '../sites/types';
import { watchChat } from './chat-watcher';
import { startTextExpansion } from './text-expansion';
import { isSiteDisabled, mountSidebarFrame, readCollapsedForHost } from './sidebar-frame';
import { trackFocus } from '../sites/generic';

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

  let latest: ChatSnapshot = adapter.readChat(document);
  const ports = new Set<Browser.runtime.Port>();
  const post = (message: PortToSidebar) => {
    for (const port of ports) port.postMessage(message);
  };

  const watcher = watchChat(
    adapter,
    (snapshot) => {
      latest = snapshot;
      post({ type: 'chat', snapshot, host });
    },
    ctx.signal,
  );
  ctx.onLocationChange(() => watcher.rescan());
  startTextExpansion(() => latest, ctx.signal);

  const insert = (request: InsertRequest): InsertResult => {
    const input = adapter.findInput(document);
    if (!input) return { ok: false, reason: 'no_input' };
    return insertText(input, request.text, request.mode ?? 'auto');
  };
  const setCollapsed = (collapsed: boolean) => {
    frame.setCollapsed(collapsed);
    post({ type: 'collapsed', collapsed });
  };

  const sidebarUrl = browser.runtime.getURL('/sidebar.html');
  const onConnect = (port: Browser.runtime.Port) => {
    // Only our own sidebar page may connect; other extensions' frames are refused.
    if (port.name !== SIDEBAR_PORT || port.sender?.id !== browser.runtime.id || !port.sender?.url?.startsWith(sidebarUrl)) {
      port.disconnect();
      return;
    }
    ports.add(port);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((raw: unknown) => {
      const parsed = portToContentSchema.safeParse(raw);
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.type === 'insert') {
        port.postMessage({ type: 'insertResult', requestId: message.requestId, result: insert(message.request) } satisfies PortToSidebar);
      } else if (message.type === 'setCollapsed') {
        setCollapsed(message.collapsed);
      } else {
        port.postMessage({ type: 'chat', snapshot: latest, host } satisfies PortToSidebar);
      }
    });
    port.postMessage({ type: 'chat', snapshot: latest, host } satisfies PortToSidebar);
    port.postMessage({ type: 'collapsed', collapsed: frame.collapsed } satisfies PortToSidebar);
  };
  browser.runtime.onConnect.addListener(onConnect);

  const route = createRouter(
    {
      'content:getChat': () => latest,
      'content:insertText': (request) => insert(request),
      'content:toggleSidebar': () => {
        setCollapsed(!frame.collapsed);
        return { collapsed: frame.collapsed };
      },
    },
    () => ({
      extensionId: browser.runtime.id,
      extensionBaseUrl: browser.runtime.getURL('/'),
      // Content scripts accept nothing from other content scripts.
      isSupportedPage: () => false,
    }),
  );
  const onMessage = (message: unknown, sender: Browser.runtime.MessageSender) => route(message, sender);
  browser.runtime.onMessage.addListener(onMessage);

  ctx.signal.addEventListener('abort', () => {
    browser.runtime.onConnect.removeListener(onConnect);
    browser.runtime.onMessage.removeListener(onMessage);
    for (const port of ports) port.disconnect();
  });
}
