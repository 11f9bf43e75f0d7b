/**
 * The sidebar frame's link to its tab's content script: a long-lived port. The content
 * script pushes chat snapshots; the sidebar asks it to insert text or to resize the frame.
 * Every message received is validated; anything malformed is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { browser, type Browser } from 'wxt/browser';
import { sendToBackground } from '../../lib/messaging/client';
import { SIDEBAR_PORT, portToSidebarSchema, type PortToContent } from '../../lib/messaging/protocol';
import type { ChatSnapshotPayload, InsertRequest, InsertResult } from '../../lib/messaging/schemas';

export type ConnectionStatus = 'connecting' | 'connected' | 'unavailable';

export interface ChatConnection {
  status: ConnectionStatus;
  snapshot: ChatSnapshotPayload | undefined;
  host: string;
  collapsed: boolean;
  insert(request: InsertRequest): Promise<InsertResult>;
  setCollapsed(collapsed: boolean): void;
}

const RECONNECT_MS = 1000;

export function useChatConnection(): ChatConnection {
  const [status, setStatus] = useState<ConnectionStatus>('connecting');
  const [snapshot, setSnapshot] = useState<ChatSnapshotPayload>();
  const [host, setHost] = useState('');
  const [collapsed, setCollapsedState] = useState(false);
  const portRef = useRef<Browser.runtime.Port | null>(null);
  const pending = useRef(new Map<number, (result: InsertResult) => void>());
  const nextId = useRef(1);

  useEffect(() => {
    let stopped = false;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const connect = async () => {
      try {
        const { tabId } = await sendToBackground('bg:whichTab', {});
        if (stopped) return;
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
      } catch {
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

  const setCollapsed = useCallback((next: boolean) => {
    setCollapsedState(next);
    post({ type: 'setCollapsed', collapsed: next });
  }, []);

  return { status, snapshot, host, collapsed, insert, setCollapsed };
}
