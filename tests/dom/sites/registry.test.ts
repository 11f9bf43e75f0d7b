import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_FRAMES_MATCHES, SELLER_MATCHES, SITE_MATCHES, TOP_FRAME_MATCHES } from '../../../lib/sites/match-patterns';
import { SITE_ADAPTERS, adapterForUrl } from '../../../lib/sites/registry';
import { InvalidMatchPatternError, urlMatchesPattern } from '../../../lib/sites/url-match';
import { genericAdapter, genericAdapterForUrl } from '../../../lib/sites/generic';
import { SITE_FIXTURES_DIR, fixtureNames, openFixture } from './fixture-window';

describe('adapterForUrl on real seller URLs', () => {
  it.each<[string, string, string]>([
    ['https://mms.pinduoduo.com/chat-merchant/index.html#/', 'pinduoduo', 'pinduoduo'],
    ['https://mms.pinduoduo.com/chat-merchant/index.html?r=0.5', 'pinduoduo', 'pinduoduo'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace', 'douyin', 'douyin'],
    ['https://im.jinritemai.com/pc_seller_v2/main/workspace?selfId=88', 'douyin', 'douyin'],
    ['https://dongdong.jd.com/im/index.html', 'jd', 'jd'],
    ['https://seller.shopee.com.my/webchat/conversations', 'shopee', 'shopee'],
    ['https://seller.shopee.cn/portal/chat', 'shopee', 'shopee'],
    ['https://seller.shopee.cn/webchat/conversations', 'shopee', 'shopee'],
    ['https://banhang.shopee.vn/webchat/conversations', 'shopee', 'shopee'],
    ['https://banhang.shopee.vn/portal/sale/order', 'shopee', 'shopee'], // the mini-chat sits on every page
    ...['sg', 'ph', 'co.th', 'co.id', 'tw', 'com.br', 'com.mx', 'co', 'cl'].map(
      (tld): [string, string, string] => [`https://seller.shopee.${tld}/webchat/conversations`, 'shopee', 'shopee'],
    ),
    ['https://myseller.taobao.com/home.htm', 'generic', 'taobao'],
    ['https://qn.taobao.com/home.htm/app-customer-service', 'generic', 'taobao'],
  ])('%s → %s', (url, id, platform) => {
    const adapter = adapterForUrl(url);
    expect(adapter?.id).toBe(id);
    expect(adapter?.platform).toBe(platform);
  });

  it.each([
    'https://mms.pinduoduo.com/goods/list', // the shop backend, not its chat
    'http://mms.pinduoduo.com/chat-merchant/index.html', // wrong scheme
    'https://im.jinritemai.com/pc_seller_v2/main/settings',
    'https://evil.example.com/https://dongdong.jd.com/',
    'https://dongdong.jd.com.evil.example/',
    'https://shopee.com.my/product/1/2', // the buyer site
    'https://shopee.vn/product/1/2', // the Vietnamese buyer site
    'https://banhang.shopee.vn.evil.example/webchat/conversations',
    'https://seller.shopee.co.evil.example/webchat/conversations',
    'http://banhang.shopee.vn/webchat/conversations', // wrong scheme
    'not a url',
    '',
  ])('no adapter for %s', (url) => {
    expect(adapterForUrl(url)).toBeUndefined();
  });

  it('enabled origins get the generic adapter; built-ins still win', () => {
    expect(adapterForUrl('https://shop.example.com/admin/chat', ['https://shop.example.com'])?.id).toBe('generic');
    expect(adapterForUrl('https://shop.example.com/x', ['https://shop.example.com/*'])?.platform).toBe('other');
    expect(adapterForUrl('https://other.example.com/', ['https://shop.example.com'])).toBeUndefined();
    expect(adapterForUrl('https://shop.example.com/', ['not an origin', 'ftp://'])).toBeUndefined();
    expect(adapterForUrl('https://dongdong.jd.com/', ['https://dongdong.jd.com'])?.id).toBe('jd');
  });
});

describe('match pattern matcher', () => {
  it('follows Chrome semantics for hosts, schemes and paths', () => {
    expect(urlMatchesPattern('*://*.example.com/*', 'http://a.b.example.com/x')).toBe(true);
    expect(urlMatchesPattern('*://*.example.com/*', 'https://example.com/')).toBe(true);
    expect(urlMatchesPattern('*://*.example.com/*', 'https://badexample.com/')).toBe(false);
    expect(urlMatchesPattern('https://a.com/p*', 'https://a.com/path?q=1')).toBe(true);
    expect(urlMatchesPattern('https://a.com/p', 'https://a.com/p?q')).toBe(false);
    expect(urlMatchesPattern('<all_urls>', 'file:///tmp/x')).toBe(true);
    expect(urlMatchesPattern('http://localhost:3000/*', 'http://localhost:3000/a')).toBe(true);
    expect(urlMatchesPattern('http://localhost:3000/*', 'http://localhost:4000/a')).toBe(false);
  });

  it('rejects malformed patterns with a specific message', () => {
    expect(() => urlMatchesPattern('https://a.*.com/*', 'https://a.b.com/')).toThrow(InvalidMatchPatternError);
    expect(() => urlMatchesPattern('https://a.com', 'https://a.com/')).toThrow(/expected <scheme>:\/\/<host>\/<path>/);
    expect(() => urlMatchesPattern('gopher://a.com/*', 'https://a.com/')).toThrow(/unsupported scheme "gopher"/);
  });

  it('every manifest pattern parses', () => {
    for (const pattern of SELLER_MATCHES) expect(() => urlMatchesPattern(pattern, 'https://x.test/')).not.toThrow();
  });
});

describe('convention: every registered adapter is complete', () => {
  const adapterModules = import.meta.glob<{ SELECTORS: Record<string, string> }>('../../../lib/sites/*.ts', { eager: true });

  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s has fixtures, a SELECTORS object and tests for it', async (id, adapter) => {
    const names = fixtureNames(id);
    expect(names).toContain('normal');
    if (id !== 'generic') expect(names).toEqual(expect.arrayContaining(['noisy', 'late', 'switch']));
    const selectors = adapterModules[`../../../lib/sites/${id}.ts`]?.SELECTORS;
    expect(selectors && Object.keys(selectors).length).toBeGreaterThan(0);
    // Every selector is valid CSS.
    const page = openFixture(id, 'normal', 'https://fixture.test/');
    for (const selector of Object.values(selectors ?? {})) expect(() => page.document.querySelectorAll(selector)).not.toThrow();
    await page.close();
    const testFile = readFileSync(join(SITE_FIXTURES_DIR, '../../dom/sites', `${id}.test.ts`), 'utf8');
    expect(testFile).toContain('SELECTORS');
    if (id !== 'generic') {
      expect(adapter.matches).toEqual(SITE_MATCHES[id as keyof typeof SITE_MATCHES]);
    }
  });

  it.each(SITE_ADAPTERS.map((a) => a.id))('every %s fixture, earlier markup included, is opened by a test', (id) => {
    const dir = join(SITE_FIXTURES_DIR, id);
    const names = readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.html'))
      .map((file) => file.replace(/\\/g, '/').replace(/\.html$/, ''));
    expect(names.length).toBeGreaterThan(0);
    const domTest = readFileSync(join(SITE_FIXTURES_DIR, '../../dom/sites', `${id}.test.ts`), 'utf8');
    const e2eDir = join(SITE_FIXTURES_DIR, '../../e2e');
    const e2eTests = readdirSync(e2eDir).filter((f) => f.endsWith('.test.ts')).map((f) => readFileSync(join(e2eDir, f), 'utf8')).join('\n');
    const unused = names.filter((name) => !domTest.includes(`'${name}'`) && !e2eTests.includes(`sites/${id}/${name}.html`));
    expect(unused).toEqual([]);
  });

  it('readChat never throws, even on an empty document', () => {
    const page = openFixture('generic', 'normal', 'https://fixture.test/');
    page.document.documentElement.innerHTML = '';
    for (const adapter of SITE_ADAPTERS) {
      const chat = adapter.readChat(page.document);
      expect(chat.site).toBe(adapter.id);
      expect(chat.missing).toContain('input');
    }
    return page.close();
  });
});

describe('sites whose chat box sits in an iframe', () => {
  it('1688 and Qianniu get the generic adapter with their own platform', () => {
    expect(adapterForUrl('https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html')).toMatchObject({ id: 'generic', platform: '1688' });
    expect(adapterForUrl('https://work.1688.com/home/seller.htm')).toMatchObject({ id: 'generic', platform: '1688' });
    expect(adapterForUrl('https://www.1688.com/')).toBeUndefined();
  });

  it('the generic content script picks Qianniu, 1688 or the plain generic adapter by URL', () => {
    expect(genericAdapterForUrl('https://qn.taobao.com/home.htm/app-customer-service/toolpage/Message')).toMatchObject({ id: 'generic', platform: 'taobao' });
    expect(genericAdapterForUrl('https://air.1688.com/app/ocms-fusion-components-1688/def_cbu_web_im/index.html')).toMatchObject({ id: 'generic', platform: '1688' });
    expect(genericAdapterForUrl('https://shop.example.com/chat')).toBe(genericAdapter);
  });

  it('their content script runs in all frames; the marketplaces with adapters stay in the top frame', () => {
    expect(ALL_FRAMES_MATCHES).toEqual([...SITE_MATCHES.taobao, ...SITE_MATCHES['1688']]);
    expect(TOP_FRAME_MATCHES.some((pattern) => ALL_FRAMES_MATCHES.includes(pattern))).toBe(false);
    expect(new Set([...TOP_FRAME_MATCHES, ...ALL_FRAMES_MATCHES])).toEqual(new Set(SELLER_MATCHES));
    for (const pattern of TOP_FRAME_MATCHES) expect(adapterForUrl(pattern.replace(/\*$/, 'x'))?.id).not.toBe('generic');
  });
});
