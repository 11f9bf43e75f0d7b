/**
 * The built-in adapters and URL → adapter lookup. Order matters only for overlapping
 * patterns: marketplace adapters first, generic last.
 */
import { douyinAdapter } from './douyin';
import { alibaba1688Adapter, genericAdapter, taobaoAdapter } from './generic';
import { jdAdapter } from './jd';
import { pinduoduoAdapter } from './pinduoduo';
import { shopeeAdapter } from './shopee';
import type { SiteAdapter } from './types';
import { urlMatchesAny, urlMatchesPattern } from './url-match';

export const SITE_ADAPTERS: readonly SiteAdapter[] = [
  pinduoduoAdapter,
  douyinAdapter,
  jdAdapter,
  shopeeAdapter,
  genericAdapter,
];

/** Known seller pages that get the generic adapter (no readable chat markup yet). */
const GENERIC_SELLER_ADAPTERS: readonly SiteAdapter[] = [taobaoAdapter, alibaba1688Adapter];

/**
 * The adapter for `url`, or undefined when the extension should stay away from the page.
 * `enabledGenericOrigins` holds what the user enabled: origins ("https://shop.example.com")
 * or match patterns ("https://shop.example.com/*"); malformed entries are ignored.
 */
export function adapterForUrl(url: string, enabledGenericOrigins: readonly string[] = []): SiteAdapter | undefined {
  const builtIn = [...SITE_ADAPTERS, ...GENERIC_SELLER_ADAPTERS].find(
    (adapter) => adapter.matches.length > 0 && urlMatchesAny(adapter.matches, url),
  );
  if (builtIn) return builtIn;
  return enabledGenericOrigins.some((entry) => enabledEntryMatches(entry, url)) ? genericAdapter : undefined;
}

function enabledEntryMatches(entry: string, url: string): boolean {
  try {
    if (/^[a-z*]+:\/\/[^/]*\/./.test(entry) || entry.includes('*') || entry === '<all_urls>') {
      return urlMatchesPattern(entry.endsWith('://') ? `${entry}/*` : entry, url);
    }
    return new URL(entry).origin === new URL(url).origin;
  } catch {
    return false;
  }
}

export { genericAdapter, trackFocus } from './generic';
