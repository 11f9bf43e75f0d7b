/**
 * The sidebar is an extension page in an iframe: the marketplace page can see that a frame
 * exists but cannot read into it, so customer data shown there never enters the page's DOM.
 * Collapsed, the same frame shrinks to a slim handle (drawn by the sidebar page itself).
 */
import { browser } from 'wxt/browser';

export const SIDEBAR_WIDTH = 360;
export const HANDLE_WIDTH = 28;
const FRAME_ID = 'seller-assistant-sidebar-frame';

export interface SidebarFrame {
  setCollapsed(collapsed: boolean): void;
  readonly collapsed: boolean;
  /** Shows the frame and makes room for it; called once the sidebar page has connected. */
  reveal(): void;
  readonly revealed: boolean;
  remove(): void;
}

/**
 * Mounts the frame hidden, taking no room: a frame the browser refuses to load ("blocked by
 * Chromium"), or a sidebar that declines to run on this page, must not cost the page its
 * right edge. The content script reveals it when the sidebar page connects to it, which
 * proves it loaded and accepted the page.
 */
export function mountSidebarFrame(collapsed: boolean): SidebarFrame {
  document.getElementById(FRAME_ID)?.remove();
  const frame = document.createElement('iframe');
  frame.id = FRAME_ID;
  // With `use_dynamic_url` this is the per-session URL (see wxt.config.ts); the frame then
  // shows the page under the extension's usual origin.
  frame.src = browser.runtime.getURL('/sidebar.html');
  frame.title = 'Seller Assistant';
  // Only what the frame needs: clipboard for "Copy". Named for the extension's usual origin:
  // the default ('src') would name the dynamic URL's origin, which the frame leaves at once.
  frame.allow = `clipboard-write ${new URL(browser.runtime.getURL('/')).origin}`;
  const style = frame.style;
  style.setProperty('position', 'fixed', 'important');
  style.setProperty('top', '0', 'important');
  style.setProperty('right', '0', 'important');
  style.setProperty('height', '100vh', 'important');
  style.setProperty('border', '0', 'important');
  style.setProperty('border-left', '1px solid rgba(0,0,0,.12)', 'important');
  style.setProperty('z-index', '2147483646', 'important');
  style.setProperty('background', 'transparent', 'important');
  style.setProperty('color-scheme', 'normal', 'important');
  style.setProperty('visibility', 'hidden', 'important');
  style.setProperty('pointer-events', 'none', 'important');

  // Make room for the frame instead of covering the page's right edge (and its chat box).
  const pageRoom = document.createElement('style');
  pageRoom.dataset.sellerAssistant = 'layout';

  let isCollapsed = collapsed;
  let isRevealed = false;
  const apply = () => {
    const width = isCollapsed ? HANDLE_WIDTH : SIDEBAR_WIDTH;
    style.setProperty('width', `${width}px`, 'important');
    pageRoom.textContent = `html{margin-right:${width}px !important;width:auto !important}`;
  };
  apply();
  document.documentElement.append(frame);

  return {
    get collapsed() {
      return isCollapsed;
    },
    get revealed() {
      return isRevealed;
    },
    setCollapsed(next) {
      isCollapsed = next;
      apply();
    },
    reveal() {
      if (isRevealed || !frame.isConnected) return;
      isRevealed = true;
      style.setProperty('visibility', 'visible', 'important');
      style.setProperty('pointer-events', 'auto', 'important');
      document.documentElement.append(pageRoom);
    },
    remove() {
      frame.remove();
      pageRoom.remove();
    },
  };
}

/**
 * The content script reads the two settings it needs straight from storage rather than
 * through the settings schema, which would bring zod's full build into every seller page.
 */
async function storedSettings(): Promise<{ sidebarCollapsed?: Record<string, unknown>; sites?: { disabled?: unknown } } | undefined> {
  try {
    return (await browser.storage.local.get('settings')).settings as never;
  } catch {
    return undefined;
  }
}

/** The collapsed choice is remembered per site host by the sidebar page in settings. */
export async function readCollapsedForHost(host: string): Promise<boolean> {
  return (await storedSettings())?.sidebarCollapsed?.[host] === true;
}

/** Built-in sites the user switched off in the options page. */
export async function isSiteDisabled(platform: string): Promise<boolean> {
  const disabled = (await storedSettings())?.sites?.disabled;
  return Array.isArray(disabled) && disabled.includes(platform);
}
