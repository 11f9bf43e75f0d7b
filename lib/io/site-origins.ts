/**
 * The sites a backup says the user added, checked one by one. A backup is a file anyone can
 * edit, and each entry becomes a host the content script may be registered on: so only a
 * plain http(s) origin of one named host passes. `https://*\/*` (every site), `javascript:`,
 * `file:` and the like are dropped and reported, and the other entries are kept.
 */
import { localized, type Localized } from '../i18n/localized';

const MAX_ENTRY = 300;

/** "https://shop.example.com", "https://shop.example.com/" or "…/*" → the origin; else undefined. */
export function siteOriginOf(entry: unknown): string | undefined {
  if (typeof entry !== 'string' || entry.length > MAX_ENTRY) return undefined;
  const bare = entry.trim().replace(/\/\*?$/, '');
  let url: URL;
  try {
    url = new URL(bare);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined;
  if (!url.hostname || url.hostname.includes('*') || url.username || url.password) return undefined;
  // Anything beyond the origin (a path, a query) means it is not what the options page stores.
  return url.origin === bare.toLowerCase() ? url.origin : undefined;
}

export interface CheckedSites {
  origins: string[];
  dropped: Localized[];
}

export function checkSiteOrigins(entries: unknown): CheckedSites {
  if (entries === undefined) return { origins: [], dropped: [] };
  if (!Array.isArray(entries)) {
    return { origins: [], dropped: [localized('备份里的「自己添加的网站」不是列表，已跳过。', 'The added sites in the backup are not a list; they were skipped.')] };
  }
  const origins = new Set<string>();
  const dropped: Localized[] = [];
  for (const entry of entries) {
    const origin = siteOriginOf(entry);
    if (origin) {
      origins.add(origin);
      continue;
    }
    const shown = JSON.stringify(entry)?.slice(0, 80) ?? String(entry);
    dropped.push(
      localized(
        `备份里的网站 ${shown} 不是有效的 http/https 网站地址，恢复时跳过（其余网站照常恢复）。`,
        `The site ${shown} in the backup is not a valid http(s) site address; it is skipped (the other sites are restored).`,
      ),
    );
  }
  return { origins: [...origins], dropped };
}
