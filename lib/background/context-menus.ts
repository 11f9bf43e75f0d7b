/**
 * Right-click menus. Handlers never write the archive straight from a selection: they open
 * a prefilled form in the options page so the seller confirms what was parsed.
 */
import { browser, type Browser } from 'wxt/browser';
import { createTranslate, resolveLocale } from '../i18n/translate';
import { getSettings } from '../settings/settings-store';
import { sendToTab } from '../messaging/client';
import { adapterForUrl } from '../sites/registry';
import { getDb } from '../db/database';
import { getVariable } from '../scripts/variables';
import { SELLER_MATCHES } from '../sites/match-patterns';
import { renderTemplateForChat } from './render-for-chat';
import { platformOfUrl } from './sender-platform';
import { encodeDraft, type CustomerDraftLink, type NoteDraftLink } from '../archive/draft-link';

export const MENU_SAVE_CUSTOMER = 'save-customer';
export const MENU_ADD_NOTE = 'add-note';
export const MENU_REPLY = 'reply-with-script';
const REPLY_PREFIX = 'reply:';
const MAX_FAVOURITES_IN_MENU = 10;

/** (Re)build every menu: titles follow the language, the reply submenu the favourites. */
export async function registerContextMenus(): Promise<void> {
  const settings = await getSettings();
  const locale = resolveLocale(settings.language, navigator.language);
  const t = createTranslate(locale);
  await browser.contextMenus.removeAll();
  browser.contextMenus.create({ id: MENU_SAVE_CUSTOMER, title: t('menuSaveCustomer'), contexts: ['selection'] });
  browser.contextMenus.create({ id: MENU_ADD_NOTE, title: t('menuAddNote'), contexts: ['selection'] });

  // Only in chat boxes of the sites the extension works on.
  const documentUrlPatterns = [...SELLER_MATCHES, ...settings.sites.customOrigins.map((origin) => `${origin}/*`)];
  browser.contextMenus.create({ id: MENU_REPLY, title: t('menuReplyWithScript'), contexts: ['editable'], documentUrlPatterns });
  const favourites = (await getDb().templates.toArray())
    .filter((template) => template.favourite && !template.hidden && template.locale === locale)
    .sort((a, b) => b.usageCount - a.usageCount)
    .slice(0, MAX_FAVOURITES_IN_MENU);
  if (favourites.length === 0) {
    browser.contextMenus.create({ id: `${REPLY_PREFIX}none`, parentId: MENU_REPLY, title: t('menuNoFavourites'), enabled: false, contexts: ['editable'], documentUrlPatterns });
  }
  for (const template of favourites) {
    browser.contextMenus.create({ id: `${REPLY_PREFIX}${template.id}`, parentId: MENU_REPLY, title: template.title, contexts: ['editable'], documentUrlPatterns });
  }
}

type ClickInfo = Pick<Browser.contextMenus.OnClickData, 'menuItemId' | 'selectionText'>;
type ClickTab = Pick<Browser.tabs.Tab, 'id' | 'url'> | undefined;

/** Returns the options-page URL it opened (tests follow it). */
export async function handleContextMenuClick(info: ClickInfo, tab: ClickTab): Promise<string | undefined> {
  if (typeof info.menuItemId === 'string' && info.menuItemId.startsWith(REPLY_PREFIX)) {
    await replyWithTemplate(info.menuItemId.slice(REPLY_PREFIX.length), tab);
    return undefined;
  }
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

/** Fill a favourite for the chat in `tab` and put it into its chat box (never sent). */
async function replyWithTemplate(templateId: string, tab: ClickTab): Promise<void> {
  if (tab?.id === undefined) return;
  const template = await getDb().templates.get(templateId);
  if (!template) return;
  const chat = await sendToTab(tab.id, 'content:getChat', {}).catch(() => null);
  const result = await renderTemplateForChat(getDb(), template, chat, await platformOfUrl(tab.url), tab.id);
  if (result.ok) {
    await sendToTab(tab.id, 'content:insertText', { text: result.text, mode: 'auto' });
    return;
  }
  // Never put a half-filled reply into the chat: say what is missing instead.
  const settings = await getSettings();
  const locale = resolveLocale(settings.language, navigator.language);
  const t = createTranslate(locale);
  await browser.notifications.create({
    type: 'basic',
    iconUrl: browser.runtime.getURL('/icon/128.png'),
    title: t('menuReplyNeedsValues'),
    message: result.missing.map((name) => getVariable(name).label[locale]).join('、'),
  });
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

