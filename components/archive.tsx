/**
 * How a React surface reads and writes the archive. The options page uses Dexie directly with
 * live queries. The sidebar frame is "remote": it asks the background to run the same named
 * operations, and refetches when the background reports a change. The popup reads with live
 * queries but sends its writes to the background, which outlives it (see
 * lib/archive-api/operations.ts for both reasons).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react';
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
 * The result of a named query, `undefined` while loading. `args` null means "nothing to ask"
 * and yields null.
 */
export function useArchiveQuery<N extends QueryName>(name: N, args: QueryArgs<N> | null): QueryResult<N> | null | undefined {
  const { remote: isRemote, version } = useContext(ArchiveContext);
  const key = JSON.stringify(args);
  const direct = useLiveQuery(
    async () => (isRemote ? undefined : args === null ? null : ((await runArchiveOperation(db, 'query', name, args)) as QueryResult<N>)),
    // `key` stands for `args`, compared by value.
    [isRemote, name, key],
  );
  const [fetched, setFetched] = useState<{ key: string; value: QueryResult<N> | null }>();
  useEffect(() => {
    if (!isRemote) return;
    let live = true;
    if (args === null) {
      setFetched({ key, value: null });
      return;
    }
    remote('query', name, args).then(
      (value) => live && setFetched({ key, value: value as QueryResult<N> }),
      (error: unknown) => console.warn('[seller-assistant] archive query failed', name, error),
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [isRemote, name, key, version]);
  if (!isRemote) return direct;
  // Never show the previous buyer's data under a new buyer while loading.
  return fetched?.key === key ? fetched.value : undefined;
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
