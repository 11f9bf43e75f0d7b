/**
 * How a React surface reads and writes the archive. The options page uses Dexie directly with
 * live queries. The sidebar frame is "remote": it asks the background to run the same named
 * operations, and refetches when the background reports a change. The popup reads with live
 * queries but sends its writes to the background, which outlives it (see
 * lib/archive-api/operations.ts for both reasons).
 */
import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import {
  runArchiveOperation,
  type CommandArgs,
  type CommandName,
  type CommandResult,
  type QueryArgs,
  type QueryName,
  type QueryResult,
} from '../lib/archive-api/operations';
import { sendToBackground } from '../lib/messaging/client';
import { ARCHIVE_CHANGED } from '../lib/messaging/protocol';
import { db } from './use-db';

interface ArchiveMode {
  remote: boolean;
  /** Commands run in the background even though queries are direct. */
  writesViaBackground?: boolean;
  /** Bumped whenever the archive may have changed; remote queries refetch on it. */
  version: number;
  bump(): void;
}

const ArchiveContext = createContext<ArchiveMode>({ remote: false, version: 0, bump: () => undefined });

export function RemoteArchiveProvider({ children }: { children: ReactNode }) {
  const [version, setVersion] = useState(0);
  const bump = useCallback(() => setVersion((v) => v + 1), []);
  useEffect(() => {
    const backgroundPrefix = `${browser.runtime.getURL('/')}background`;
    const onMessage = (message: unknown, sender: { id?: string; url?: string }) => {
      if (sender.id !== browser.runtime.id || !sender.url?.startsWith(backgroundPrefix)) return;
      if ((message as { type?: unknown })?.type === ARCHIVE_CHANGED) bump();
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Edits made in the popup or options while the worker slept: catch up when seen again.
    const onVisible = () => document.visibilityState === 'visible' && bump();
    window.addEventListener('focus', bump);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      browser.runtime.onMessage.removeListener(onMessage);
      window.removeEventListener('focus', bump);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [bump]);
  return <ArchiveContext.Provider value={{ remote: true, version, bump }}>{children}</ArchiveContext.Provider>;
}

/** Direct live reads, writes through the background: for the popup. */
export function BackgroundWritesProvider({ children }: { children: ReactNode }) {
  return <ArchiveContext.Provider value={{ remote: false, writesViaBackground: true, version: 0, bump: () => undefined }}>{children}</ArchiveContext.Provider>;
}

async function remote(kind: 'query' | 'command', name: string, args: unknown): Promise<unknown> {
  const response = await sendToBackground('bg:archive', { kind, name, args });
  if (!response.ok) throw new Error(response.error);
  return response.value;
}

/**
 * A named query's state. `value` is `undefined` while loading (or when the very first attempt
 * failed), null when `args` was null ("nothing to ask") or nothing was found. `failed` says the
 * latest attempt failed: `value` is then the last good answer for the same args, which may be
 * out of date. Show `ArchiveQueryNotice` for it (components/archive-query-notice.tsx).
 */
export interface ArchiveQuery<T> {
  value: T | null | undefined;
  failed: boolean;
  retry(): void;
}

interface Attempt<T> {
  key: string;
  value: T | null | undefined;
  failed: boolean;
}

/**
 * Queries fail for real now and then (the background worker restarting mid-request, an
 * IndexedDB error): the seller then sees it and can retry, and it is retried by itself once on
 * the next archive change or when the page is seen again. Never a previous `args`' answer: a
 * new buyer's card must not show the previous buyer's data while loading or after a failure.
 */
export function useArchiveQuery<N extends QueryName>(name: N, args: QueryArgs<N> | null): ArchiveQuery<QueryResult<N>> {
  const { remote: isRemote, version } = useContext(ArchiveContext);
  const key = JSON.stringify(args);
  const [retries, setRetries] = useState(0);
  const retry = useCallback(() => setRetries((n) => n + 1), []);
  const lastGood = useRef<Attempt<QueryResult<N>>>(undefined);
  const attempt = useCallback(
    async (): Promise<Attempt<QueryResult<N>>> => {
      try {
        const value = args === null ? null : ((await (isRemote ? remote('query', name, args) : runArchiveOperation(db, 'query', name, args))) as QueryResult<N>);
        lastGood.current = { key, value, failed: false };
        return lastGood.current;
      } catch (error) {
        console.warn('[seller-assistant] archive query failed', name, error);
        return { key, value: lastGood.current?.key === key ? lastGood.current.value : undefined, failed: true };
      }
    },
    // `key` stands for `args`, compared by value.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [isRemote, name, key],
  );
  // Direct: a live query (it catches its own failure, so the page is not torn down by it).
  const direct = useLiveQuery(async () => (isRemote ? undefined : attempt()), [isRemote, attempt, retries]);
  // Remote: fetched again on every archive change the background reports and on focus.
  const [fetched, setFetched] = useState<Attempt<QueryResult<N>>>();
  useEffect(() => {
    if (!isRemote) return;
    let live = true;
    void attempt().then((result) => live && setFetched(result));
    return () => {
      live = false;
    };
  }, [isRemote, attempt, version, retries]);
  const current = isRemote ? fetched : direct;
  const settled = current?.key === key ? current : undefined;
  // A failed live query watches nothing that would run it again: retry on the same signals.
  useRetryOnArchiveSignal(!isRemote && settled?.failed ? settled : undefined, retry);
  return { value: settled?.value, failed: settled?.failed ?? false, retry };
}

/**
 * After `failure` (one failed attempt; each new one re-arms), call `retry` once on the next
 * archive change, focus or page shown again.
 */
function useRetryOnArchiveSignal(failure: object | undefined, retry: () => void): void {
  useEffect(() => {
    if (!failure) return;
    let done = false;
    const once = () => {
      if (done) return;
      done = true;
      retry();
    };
    const onVisible = () => document.visibilityState === 'visible' && once();
    window.addEventListener('focus', once);
    document.addEventListener('visibilitychange', onVisible);
    Dexie.on('storagemutated', once);
    return () => {
      window.removeEventListener('focus', once);
      document.removeEventListener('visibilitychange', onVisible);
      Dexie.on('storagemutated').unsubscribe(once);
    };
  }, [failure, retry]);
}

export function useArchiveCommand() {
  const { remote: isRemote, writesViaBackground, bump } = useContext(ArchiveContext);
  return useCallback(
    async <N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandResult<N>> => {
      if (!isRemote && !writesViaBackground) return (await runArchiveOperation(db, 'command', name, args)) as CommandResult<N>;
      const value = (await remote('command', name, args)) as CommandResult<N>;
      // Live queries see the background's write by themselves; remote ones refetch.
      if (isRemote) bump();
      return value;
    },
    [isRemote, writesViaBackground, bump],
  );
}

/**
 * A command whose result no query shows (the insights event log): run like any other, but
 * without making the sidebar refetch everything it shows after every handled message.
 */
export function useQuietArchiveCommand() {
  const { remote: isRemote, writesViaBackground } = useContext(ArchiveContext);
  return useCallback(
    async <N extends CommandName>(name: N, args: CommandArgs<N>): Promise<CommandResult<N>> =>
      (!isRemote && !writesViaBackground ? runArchiveOperation(db, 'command', name, args) : remote('command', name, args)) as Promise<CommandResult<N>>,
    [isRemote, writesViaBackground],
  );
}
