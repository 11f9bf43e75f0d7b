/**
 * Who sent a message. Pure so every rejection can be unit-tested without a browser.
 * Page scripts cannot use extension messaging at all (we declare no externally_connectable),
 * but another extension can, and a compromised or spoofed frame might: so the extension id
 * and the sending document's URL are both checked.
 */
import type { SenderKind } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: { id?: number; url?: string };
  frameId?: number;
}

export interface SenderContext {
  extensionId: string;
  /** e.g. "chrome-extension://abc/" */
  extensionBaseUrl: string;
  /** Whether a page URL is a seller site the content script may run on. */
  isSupportedPage: (url: string) => boolean;
}

export function classifySender(sender: SenderInfo, ctx: SenderContext): SenderKind | undefined {
  if (sender.id !== ctx.extensionId) return undefined;
  const url = sender.url ?? '';
  if (url.startsWith(ctx.extensionBaseUrl)) {
    const path = url.slice(ctx.extensionBaseUrl.length);
    if (path.startsWith('background') || path.startsWith('_generated_background')) return 'background';
    if (path.startsWith('sidebar.html')) {
      if (!sender.tab) return 'extension-page';
      // The sidebar is web-accessible from any page (through its dynamic URL, so that sites
      // the user adds can show it): framed anywhere but a seller page, it is nobody we serve.
      return ctx.isSupportedPage(sender.tab.url ?? '') ? 'sidebar-frame' : undefined;
    }
    return 'extension-page';
  }
  // A content script's sender carries its tab and the page URL; only seller pages count. In an
  // about:blank or srcdoc frame (a rich editor) the URL says nothing: its origin, inherited
  // from the seller page that made the frame, does.
  const pageUrl = /^about:(blank|srcdoc)$/.test(url) && sender.origin?.startsWith('http') ? `${sender.origin}/` : url;
  if (sender.tab && pageUrl && ctx.isSupportedPage(pageUrl)) return 'content-script';
  return undefined;
}

export function isAllowedSender(
  sender: SenderInfo,
  allowed: readonly SenderKind[],
  ctx: SenderContext,
): { ok: true; kind: SenderKind } | { ok: false; reason: string } {
  const kind = classifySender(sender, ctx);
  if (!kind) return { ok: false, reason: `unknown sender (id ${sender.id ?? '-'}, url ${sender.url ?? '-'})` };
  if (!allowed.includes(kind)) return { ok: false, reason: `sender kind ${kind} may not send this message` };
  return { ok: true, kind };
}
