import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings } from './settings';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

const LOCK = 'seller-assistant-settings';
let queue: Promise<unknown> = Promise.resolve();

/**
 * Runs one read-change-write at a time. Two edits in flight (a number typed, then a switch
 * clicked) each read the stored settings before the other wrote, and the later write put the
 * earlier field back. Extension pages and the background share one origin, so a Web Lock
 * orders them across contexts; without Web Locks, a queue orders this context's own edits.
 */
function oneAtATime<T>(task: () => Promise<T>): Promise<T> {
  const locks = (globalThis.navigator as Navigator | undefined)?.locks;
  if (locks) return locks.request(LOCK, task) as Promise<T>;
  const run = queue.then(task, task);
  queue = run.catch(() => undefined);
  return run;
}

/** Apply a change computed from the current value, so concurrent edits of other fields survive. */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  return oneAtATime(async () => {
    const next = normaliseSettings(change(await getSettings()));
    await browser.storage.local.set({ [KEY]: next });
    return next;
  });
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normaliseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
