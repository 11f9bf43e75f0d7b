import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS, SETTINGS_VERSION, normaliseSettings } from '../../../lib/settings/settings';
import { getSettings, updateSettings, watchSettings } from '../../../lib/settings/settings-store';
import { DEFAULT_SHOP_POLICY } from '../../../lib/settings/shop-policy';

describe('normaliseSettings', () => {
  it.each([[undefined], [null], ['garbage'], [42], [true], [[]], [[1, 2]]])('turns %j into the defaults', (stored) => {
    expect(normaliseSettings(stored)).toEqual(DEFAULT_SETTINGS);
  });

  it('the defaults are complete and carry the shop policy defaults', () => {
    expect(DEFAULT_SETTINGS).toMatchObject({
      version: SETTINGS_VERSION,
      language: 'auto',
      theme: 'auto',
      shop: { name: '', returnAddress: '', sellerName: '' },
      sites: { disabled: [], customOrigins: [] },
      sidebarCollapsed: {},
    });
    expect(DEFAULT_SETTINGS.policy).toEqual(DEFAULT_SHOP_POLICY);
    expect(DEFAULT_SETTINGS.policy.timeZone).toBe('Asia/Shanghai');
    expect(DEFAULT_SETTINGS.policy.followUp.reviewReminderAfterDeliveryDays).toBe(3);
  });

  it('keeps valid stored values', () => {
    const stored = {
      version: 1,
      language: 'en',
      theme: 'dark',
      shop: { name: '小林茶铺', returnAddress: '杭州市西湖区文三路 90 号', sellerName: '小林' },
      sites: { disabled: ['douyin'], customOrigins: ['https://shop.example.com'] },
      sidebarCollapsed: { 'mms.pinduoduo.com': true },
    };
    expect(normaliseSettings(stored)).toMatchObject(stored);
  });

  it('a wrong field falls back alone; the others are kept', () => {
    const result = normaliseSettings({
      language: 'klingon',
      theme: 'dark',
      shop: { name: 12, returnAddress: '杭州市', sellerName: '小林' },
      sites: { disabled: ['jd'], customOrigins: ['not a url'] },
      sidebarCollapsed: { 'mms.pinduoduo.com': 'yes' },
    });
    expect(result.language).toBe('auto');
    expect(result.theme).toBe('dark');
    expect(result.shop).toEqual({ name: '', returnAddress: '杭州市', sellerName: '小林', currency: 'auto' });
    expect(result.sites).toEqual({ disabled: ['jd'], customOrigins: [] });
    expect(result.sidebarCollapsed).toEqual({});
  });

  it('one bad site entry is dropped alone: the sites the seller enabled stay enabled', () => {
    const result = normaliseSettings({
      sites: { disabled: ['jd', 42, 'douyin'], customOrigins: ['https://shop.example.com', 'not a url', null, 'https://im.example.cn'] },
    });
    expect(result.sites).toEqual({ disabled: ['jd', 'douyin'], customOrigins: ['https://shop.example.com', 'https://im.example.cn'] });
    expect(normaliseSettings({ sites: { customOrigins: 'https://shop.example.com' } }).sites.customOrigins).toEqual([]);
  });

  it('a whole section of the wrong type falls back alone', () => {
    const result = normaliseSettings({ theme: 'dark', shop: 'garbage', sites: 7, sidebarCollapsed: null });
    expect(result).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
  });

  it('settings written by a newer build (another version) still keep what this build understands', () => {
    const result = normaliseSettings({ version: 2, language: 'en', shop: { name: '小林茶铺' }, somethingNew: { x: 1 } });
    expect(result.version).toBe(SETTINGS_VERSION);
    expect(result.language).toBe('en');
    expect(result.shop.name).toBe('小林茶铺');
    expect(result).not.toHaveProperty('somethingNew');
  });

  it('partial policy objects are completed with the policy defaults', () => {
    const result = normaliseSettings({ policy: { timeZone: 'Europe/Berlin', followUp: { contactHour: 14 } } });
    expect(result.policy.timeZone).toBe('Europe/Berlin');
    expect(result.policy.followUp.contactHour).toBe(14);
    expect(result.policy.followUp.arrivalCheckHour).toBe(DEFAULT_SHOP_POLICY.followUp.arrivalCheckHour);
    expect(result.policy.haggle).toEqual(DEFAULT_SHOP_POLICY.haggle);
  });

  it('a wrong policy section falls back alone: a bad time zone does not throw away the haggle prices', () => {
    const products = { 'tea-250': { listPrice: 168, floorPrice: 150 } };
    const result = normaliseSettings({
      policy: { timeZone: 'Mars/Olympus_Mons', haggle: { products }, returns: { noReasonWindowDays: 15 } },
    });
    expect(result.policy.timeZone).toBe(DEFAULT_SHOP_POLICY.timeZone);
    expect(result.policy.haggle.products).toEqual(products);
    expect(result.policy.returns.noReasonWindowDays).toBe(15);
  });

  it('never returns something that shares state with the defaults', () => {
    const a = normaliseSettings(undefined);
    a.sites.disabled.push('jd');
    a.policy.returns.excludedCategories.push('生鲜');
    expect(normaliseSettings(undefined).sites.disabled).toEqual([]);
    expect(DEFAULT_SETTINGS.sites.disabled).toEqual([]);
    expect(DEFAULT_SETTINGS.policy.returns.excludedCategories).toEqual([]);
  });
});

describe('settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads the defaults when nothing is stored, and normalises what is', async () => {
    expect(await getSettings()).toEqual(DEFAULT_SETTINGS);
    await fakeBrowser.storage.local.set({ settings: { theme: 'light', language: 'fr' } });
    expect(await getSettings()).toEqual({ ...DEFAULT_SETTINGS, theme: 'light' });
  });

  it('updateSettings applies a change to the current value and stores a valid object', async () => {
    await fakeBrowser.storage.local.set({ settings: { theme: 'dark', shop: { name: '小林茶铺' } } });
    const next = await updateSettings((s) => ({ ...s, language: 'en' }));
    expect(next).toMatchObject({ language: 'en', theme: 'dark', shop: { name: '小林茶铺' } });
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual(next);
    // An invalid change is normalised away instead of being stored.
    const after = await updateSettings((s) => ({ ...s, theme: 'neon' as never }));
    expect(after.theme).toBe('auto');
    expect(after.language).toBe('en');
  });

  it('watchSettings reports each change normalised, and stops after unsubscribing', async () => {
    const listener = vi.fn();
    const stop = watchSettings(listener);
    await updateSettings((s) => ({ ...s, theme: 'dark' }));
    await fakeBrowser.storage.local.set({ unrelated: 1 });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(listener.mock.calls[0]?.[0]).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark' });
    await fakeBrowser.storage.local.remove('settings');
    expect(listener).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    stop();
    await updateSettings((s) => ({ ...s, theme: 'light' }));
    expect(listener).toHaveBeenCalledTimes(2);
  });
});

describe('updateSettings', () => {
  it('keeps both of two edits made at once (neither write puts the other field back)', async () => {
    fakeBrowser.reset();
    await Promise.all([
      updateSettings((s) => ({ ...s, theme: 'dark' })),
      updateSettings((s) => ({ ...s, language: 'en' })),
      updateSettings((s) => ({ ...s, shop: { ...s.shop, name: '小林茶铺' } })),
    ]);
    const stored = await getSettings();
    expect(stored.theme).toBe('dark');
    expect(stored.language).toBe('en');
    expect(stored.shop.name).toBe('小林茶铺');
  });
});
