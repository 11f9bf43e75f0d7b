import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { CustomSiteError, enableCustomSite, refreshCustomSiteScripts, registerCustomSiteScript } from '../../../lib/sites/custom-sites';

const ORIGIN = 'https://shop.example-seller.test';

describe('content script registration for an added site', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('refuses a marketplace that has its own adapter, before asking for any permission', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockResolvedValue(true as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    for (const site of ['mms.pinduoduo.com/chat-merchant', 'https://banhang.shopee.vn', 'https://dongdong.jd.com/']) {
      await expect(enableCustomSite(site)).rejects.toBeInstanceOf(CustomSiteError);
    }
    expect(request).not.toHaveBeenCalled();
    expect(register).not.toHaveBeenCalled();
  });

  it('registers the chat script in all frames of that origin, kept across restarts', async () => {
    vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockResolvedValue([] as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    await registerCustomSiteScript(ORIGIN);
    expect(register).toHaveBeenCalledWith([
      { id: `custom-site:${ORIGIN}`, matches: [`${ORIGIN}/*`], js: ['content-scripts/chat.js'], runAt: 'document_idle', allFrames: true, matchOriginAsFallback: true, persistAcrossSessions: true },
    ]);
  });

  it('widens a top-frame-only registration left by an earlier version, and leaves a current one alone', async () => {
    const registered = vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts');
    const update = vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockResolvedValue(undefined);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    registered.mockResolvedValue([{ id: `custom-site:${ORIGIN}`, matches: [`${ORIGIN}/*`], js: ['content-scripts/chat.js'], allFrames: false }] as never);
    await registerCustomSiteScript(ORIGIN);
    expect(update).toHaveBeenCalledWith([expect.objectContaining({ id: `custom-site:${ORIGIN}`, allFrames: true })]);
    update.mockClear();
    registered.mockResolvedValue([{ id: `custom-site:${ORIGIN}`, matches: [`${ORIGIN}/*`], js: ['content-scripts/chat.js'], allFrames: true, matchOriginAsFallback: true }] as never);
    await registerCustomSiteScript(ORIGIN);
    expect(update).not.toHaveBeenCalled();
    expect(register).not.toHaveBeenCalled();
  });

  it('after an update, refreshes only the sites whose permission is still granted, one bad entry not stopping the rest', async () => {
    const other = 'https://second.example-seller.test';
    vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation(async ({ origins }) => origins?.[0] !== `${ORIGIN}/*`);
    const registered = vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockRejectedValueOnce(new Error('boom')).mockResolvedValue([] as never);
    const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockResolvedValue(undefined);
    await refreshCustomSiteScripts(['https://broken.example', ORIGIN, other]);
    expect(registered).toHaveBeenCalledTimes(2);
    expect(register).toHaveBeenCalledTimes(1);
    expect(register).toHaveBeenCalledWith([expect.objectContaining({ id: `custom-site:${other}`, allFrames: true })]);
  });
});
