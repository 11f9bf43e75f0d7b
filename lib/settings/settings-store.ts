import { browser } from 'wxt/browser';
import { normaliseSettings, type Settings } from './settings';

const KEY = 'settings';

export async function getSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normaliseSettings(stored[KEY]);
}

/** Apply a change computed from the current value, so concurrent edits of other fields survive. */
export async function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const next = normaliseSettings(change(await getSettings()));
  await browser.storage.local.set({ [KEY]: next });
  return next;
}

export function watchSettings(listener: (settings: Settings) => void): () => void {
  const onChanged = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) listener(normaliseSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(onChanged);
  return () => browser.storage.onChanged.removeListener(onChanged);
}
