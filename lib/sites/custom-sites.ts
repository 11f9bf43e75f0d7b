/**
 * Sites the user enables for the generic adapter. The host permission is optional and asked
 * for at the moment the user adds the site (a user gesture in the options page); removing
 * the site gives it back. The same content script file is then registered for that origin.
 */
import { browser } from 'wxt/browser';
import { updateSettings } from '../settings/settings-store';
import { localized, type Localized } from '../i18n/localized';
import { SELLER_MATCHES } from './match-patterns';
import { parseMatchPattern } from './url-match';

const CONTENT_SCRIPT_FILE = 'content-scripts/chat.js';

export class CustomSiteError extends Error {
  constructor(readonly userMessage: Localized) {
    super(userMessage.en);
    this.name = 'CustomSiteError';
  }
}

/** "shop.example.com" or "https://shop.example.com/chat" → "https://shop.example.com". */
export function normaliseOrigin(input: string): string {
  const trimmed = input.trim();
  const withScheme = /^[a-z]+:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
  let url: URL;
  try {
    url = new URL(withScheme);
  } catch {
    throw new CustomSiteError(localized(`“${trimmed}”不是有效的网址`, `"${trimmed}" is not a valid web address`));
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new CustomSiteError(localized('只支持 http 和 https 网站', 'Only http and https sites are supported'));
  }
  return url.origin;
}

function scriptId(origin: string): string {
  return `custom-site:${origin}`;
}

/**
 * A marketplace host the extension supports already gets its own adapter; the generic one
 * added on top (it runs on the whole origin) would mount a second sidebar beside the first
 * and read the chat less well.
 */
function refuseBuiltInSite(origin: string): void {
  const host = new URL(origin).hostname;
  const builtIn = SELLER_MATCHES.some((pattern) => {
    const patternHost = parseMatchPattern(pattern).host;
    return patternHost === host || (patternHost.startsWith('*.') && `.${host}`.endsWith(patternHost.slice(1)));
  });
  if (builtIn) {
    throw new CustomSiteError(
      localized(`${origin} 已内置支持，无需添加；如果停用过，请在上方的内置网站里重新启用`, `${origin} is supported already; if you switched it off, switch it back on among the built-in sites above`),
    );
  }
}

/** Must run in a user gesture: the browser shows its permission prompt. */
export async function enableCustomSite(input: string): Promise<string> {
  const origin = normaliseOrigin(input);
  refuseBuiltInSite(origin);
  const granted = await browser.permissions.request({ origins: [`${origin}/*`] });
  if (!granted) throw new CustomSiteError(localized('没有获得访问该网站的权限', 'Permission for this site was not granted'));
  await registerCustomSiteScript(origin);
  await updateSettings((s) => ({
    ...s,
    sites: { ...s.sites, customOrigins: [...new Set([...s.sites.customOrigins, origin])] },
  }));
  return origin;
}

/**
 * In all frames: an added site's chat box may sit in an iframe of the same origin (the script
 * in a child frame only reports its editor and inserts; the sidebar stays in the top frame).
 * Frames of other origins get nothing: the user granted this origin only.
 */
export async function registerCustomSiteScript(origin: string): Promise<void> {
  const id = scriptId(origin);
  const script = {
    id,
    matches: [`${origin}/*`],
    js: [CONTENT_SCRIPT_FILE],
    runAt: 'document_idle' as const,
    allFrames: true,
    // Rich editors in about:blank / srcdoc frames of the site (their origin is the site's).
    matchOriginAsFallback: true,
    persistAcrossSessions: true,
  };
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [id] });
  if (existing.length === 0) {
    await browser.scripting.registerContentScripts([script]);
  } else if (!existing[0]?.allFrames || !existing[0]?.matchOriginAsFallback) {
    // Registered by an earlier version, top frame only.
    await browser.scripting.updateContentScripts([script]);
  }
}

/**
 * After an update: sites added by an earlier version were registered for the top frame only;
 * bring their registrations up to date (sites whose permission is gone are left alone).
 */
export async function refreshCustomSiteScripts(origins: readonly string[]): Promise<void> {
  for (const origin of origins) {
    try {
      if (await browser.permissions.contains({ origins: [`${origin}/*`] })) await registerCustomSiteScript(origin);
    } catch {
      // One bad entry must not keep the others from being updated.
    }
  }
}

export async function disableCustomSite(origin: string): Promise<void> {
  await browser.scripting.unregisterContentScripts({ ids: [scriptId(origin)] }).catch(() => undefined);
  await browser.permissions.remove({ origins: [`${origin}/*`] });
  await updateSettings((s) => ({
    ...s,
    sites: { ...s.sites, customOrigins: s.sites.customOrigins.filter((o) => o !== origin) },
  }));
}
