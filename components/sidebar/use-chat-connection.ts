/**
 * The sidebar frame's link to its tab's content script: a long-lived port. The content
 * script pushes chat snapshots; the sidebar asks it to insert text or to resize the frame.
 * Every message received is validated; anything malformed is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { MessageRejectedError, sendToBackground } from '../../lib/messaging/client';
import { SIDEBAR_PORT, portToSidebarSchema, type PortToContent } from '../../lib/messaging/protocol';
import type { ChatSnapshotPayload, InsertRequest, InsertResult } from '../../lib/messaging/schemas';

/** `refused`: this frame is not where the sidebar may run (see `framedByTabPage`); it shows nothing. */
export type ConnectionStatus = 'connecting' | 'connected' | 'unavailable' | 'refused';

export interface ChatConnection {
  status: ConnectionStatus;
  snapshot: ChatSnapshotPayload | undefined;
  host: string;
  /** Generic pages: the frame the chat box is in (0 = the page itself), when one was found. */
  inputFrame: number | undefined;
  collapsed: boolean;
  insert(request: InsertRequest): Promise<InsertResult>;
  /** The redacted outline of the page's frames for a bug report, built on request. */
  requestOutline(): Promise<string>;
  setCollapsed(collapsed: boolean): void;
}

/**
 * The sidebar is reachable from any page through its dynamic URL (wxt.config.ts). The
 * background already refuses it unless its tab shows a seller site; it must also be framed by
 * that page itself, directly: not by a frame some other site put inside the seller page.
 * `ancestorOrigins` is filled in by the browser (Chromium); where it is missing (Firefox, whose
 * extension URLs are per-install secrets) the background's check stands alone.
 */
export function framedByTabPage(tabUrl: string, ancestorOrigins: ArrayLike<string> | undefined): boolean {
  if (!ancestorOrigins) return true;
  let tabOrigin: string;
  try {
    tabOrigin = new URL(tabUrl).origin;
  } catch {
    return false;
  }
  return ancestorOrigins.length === 1 && ancestorOrigins[0] === tabOrigin;
}

const RECONNECT_MS = 1000;

export function useChatConnection(): ChatConnection {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [snapshot, setSnapshot] = useState<ChatSnapshotPayload>();
  const [host, setHost] = useState('');
  const [inputFrame, setInputFrame] = useState<number>();
  const [collapsed, setCollapsedState] = useState(false);
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const pending = useRef(new Map<number, (result: InsertResult) => void>());
  const nextId = useRef(1);

  useEffect(() => {
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      try {
        const { tabId, url } = await sendToBackground('bg:whichTab', {});
        if (stopped) return;
        if (!framedByTabPage(url, location.ancestorOrigins)) {
          setStatus('refused');
          return;
        }
        const port = browser.tabs.connect(tabId, { name: SIDEBAR_PORT, frameId: 0 });
        portRef.current = port;
        port.onMessage.addListener((raw: unknown) => {
          const parsed = portToSidebarSchema.safeParse(raw);
          if (!parsed.success) return;
          const message = parsed.data;
          setStatus('connected');
          if (message.type === 'chat') {
            setSnapshot(message.snapshot);
            setHost(message.host);
            setInputFrame(message.inputFrame);
          } else if (message.type === 'collapsed') {
            setCollapsedState(message.collapsed);
          } else {
            pending.current.get(message.requestId)?.(message.result);
            pending.current.delete(message.requestId);
          }
        });
        port.onDisconnect.addListener(() => {
          portRef.current = null;
          if (!stopped) retry = setTimeout(() => void connect(), RECONNECT_MS);
        });
      } catch (error) {
        if (error instanceof MessageRejectedError) {
          // Not framed by a seller page: nothing to serve here, and no reason to ask again.
          setStatus('refused');
          return;
        }
        if (!stopped) {
          setStatus('unavailable');
          retry = setTimeout(() => void connect(), RECONNECT_MS * 3);
        }
      }
    };
    void connect();
    return () => {
      stopped = true;
      clearTimeout(retry);
      portRef.current?.disconnect();
    };
  }, []);

  const post = (message: PortToContent) => portRef.current?.postMessage(message);

  const insert = useCallback((request: InsertRequest) => {
    const requestId = nextId.current++;
    return new Promise<InsertResult>((resolve) => {
      if (!portRef.current) {
        resolve({ ok: false, reason: 'no_input' });
        return;
      }
      pending.current.set(requestId, resolve);
      post({ type: 'insert', requestId, request });
    });
  }, []);

  const requestOutline = useCallback(async () => {
    const { frames } = await sendToBackground('bg:pageOutline', {});
    return frames.map(({ frameId, outline }) => (frameId === 0 ? outline : `=== frame ${frameId} ===\n${outline}`)).join('\n');
  }, []);

  const setCollapsed = useCallback((next: boolean) => {
    setCollapsedState(next);
    post({ type: 'setCollapsed', collapsed: next });
  }, []);

  return { status, snapshot, host, inputFrame, collapsed, insert, requestOutline, setCollapsed };
}
