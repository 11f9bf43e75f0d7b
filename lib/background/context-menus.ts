/**
 * Right-click menus. Handlers never write the archive straight from a selection: they open
 * a prefilled form in the options page so the seller confirms what was parsed.
 */
import { browser, type Browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../i18n/translate';
import { getSettings } from '../settings/settings-store';
import { sendToTab } from '../messaging/client';
import { adapterForUrl } from '../sites/registry';
import { encodeDraft, type CustomerDraftLink, type NoteDraftLink } from '../archive/draft-link';

export const MENU_SAVE_CUSTOMER = 'save-customer';
export const MENU_ADD_NOTE = 'add-note';

export async function registerContextMenus(): Promise<void> {
  const settings = await getSettings();
  const t = createTranslate(resolveLocale(settings.language, navigator.language));
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_CUSTOMER, title: t('menuSaveCustomer'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_ADD_NOTE, title: t('menuAddNote'), contexts: ['selection'] });
}

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>;
type ClickTab = Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined;

/** Returns the options-page URL it opened (tests follow it). */
export async function handleContextMenuClick(info: ClickInfo, tab: ClickTab): Promise<string | undefined> {
  const selection = (info.selectionText ?? '').slice(0, 4000);
  if (!selection.trim()) return undefined;
  const buyer = await currentBuyer(tab);
  let hash: string;
  if (info.menuItemId === MENU_SAVE_CUSTOMER) {
    const draft: CustomerDraftLink = { text: selection, ...buyer };
    hash = `#/customers/confirm?${encodeDraft(draft)}`;
  } else if (info.menuItemId === MENU_ADD_NOTE) {
    const draft: NoteDraftLink = { text: selection, ...buyer };
    hash = `#/notes/new?${encodeDraft(draft)}`;
  } else {
    return undefined;
  }
  const url = browser.runtime.getURL(`/options.html${hash}`);
  await browser.tabs.create({ url });
  return url;
}

/** On a seller chat page, the buyer the page shows; elsewhere nothing. */
async function currentBuyer(tab: ClickTab): Promise<Omit<CustomerDraftLink, 'text'>> {
  if (!tab?.id || !tab.url) return {};
  const adapter = adapterForUrl(tab.url);
  if (!adapter) return { pageUrl: tab.url };
  try {
    const chat = await sendToTab(tab.id, 'content:getChat', {});
    return {
      platform: adapter.platform,
      platformUid: chat?.buyer?.uid,
      nickname: chat?.buyer?.nickname,
      pageUrl: tab.url,
    };
  } catch {
    // The content script may not be there yet (page still loading); the form asks instead.
    return { platform: adapter.platform, pageUrl: tab.url };
  }
}

