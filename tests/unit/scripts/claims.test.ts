/**
 * The claims list: every built-in script states only what the data holds. Its declared claims
 * must be exactly what its words say (checked with the claim patterns), each script must be
 * offerable in some real order state, and in every state that backs its claims it must render
 * completely from the order, shop and playbook facts alone and pass the platform rules.
 */
import { describe, expect, it } from 'vitest';
import { fillValues, replyFacts, type FillSources } from '../../../lib/assist/fill-values';
import { checkCompliance } from '../../../lib/compliance';
import { templateSchema, type Customer, type Order, type Template } from '../../../lib/db/schemas';
import type { Locale } from '../../../lib/i18n/localized';
import { BUILTIN_SCRIPTS, scriptsFor } from '../../../lib/scripts/builtin-scripts';
import { claimsBacked, detectClaims, unbackedClaims, CLAIMS, CLAIM_IDS, ORDER_STAGES } from '../../../lib/scripts/claims';
import { renderScript, type VariableValues } from '../../../lib/scripts/render';
import { suggestReplies } from '../../../lib/scripts/suggest';
import { DEFAULT_SETTINGS, normaliseSettings, type Settings } from '../../../lib/settings/settings';
import { SITUATION_IDS } from '../../../lib/situations/taxonomy';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// 2026-05-20 14:00 in Shanghai.
const NOW = Date.UTC(2026, 4, 20, 6, 0);

const SHOP: Settings = normaliseSettings({
  shop: { name: '暖阳家居', returnAddress: '浙江省杭州市余杭区文一西路 8 号 售后组', sellerName: '小林' },
  policy: { haggle: { defaults: { freeShippingCost: 0 } } },
  facts: {
    shipCutoffHour: 16,
    promotion: '满199减20',
    sizeChartLink: 'https://example.com/size',
    products: { p1: { shortName: '珊瑚绒睡衣', category: '女装' } },
  },
});

const CUSTOMER: Customer = {
  id: 'c1', platform: 'pinduoduo', platformUid: 'u1', nickname: '小雨', name: '王小雨',
  sizes: {}, interests: [], tags: [], vipLevel: 2, points: 860, createdAt: NOW - 90 * DAY, updatedAt: NOW,
  address: { full: '浙江省杭州市西湖区文三路 90 号' },
};

function order(status: Order['status'], extra: Partial<Order> = {}): Order {
  return {
    id: 'o1', customerId: 'c1', orderNo: '240517-3391028', status,
    items: [{ title: '2026新款加厚珊瑚绒睡衣女冬季套装', sku: '藏青色 L 码', quantity: 1, price: 129, category: '女装' }],
    amount: 129, createdAt: NOW - 3 * DAY, updatedAt: NOW, ...extra,
  };
}

/** One order in each state a reply can meet, with every fact such an order has. */
const STATES: Record<string, Order> = {
  unpaid: order('pending'),
  paid: order('paid', { paidAt: NOW - 2 * HOUR }),
  shipped: order('shipped', { paidAt: NOW - 2 * DAY, shippedAt: NOW - DAY, courier: '中通快递', trackingNo: '73519920048812' }),
  delivered: order('delivered', { paidAt: NOW - 6 * DAY, shippedAt: NOW - 5 * DAY, deliveredAt: NOW - 2 * DAY, courier: '中通快递', trackingNo: '73519920048812' }),
  refunded: order('return_closed', { paidAt: NOW - 12 * DAY, shippedAt: NOW - 11 * DAY, deliveredAt: NOW - 8 * DAY, courier: '中通快递', trackingNo: '73519920048812' }),
};

/** What the playbooks decide and pass in (the price named, the festival, the resolution). */
const PLAYBOOK_VALUES: Record<Locale, VariableValues> = {
  'zh-CN': { next_price: '119元', festival: '中秋节', resolution: '补发或者退款，您来选，运费全部由我们承担' },
  en: { next_price: '$27', festival: 'Thanksgiving', resolution: 'a replacement or a refund, your choice, with all shipping paid by us' },
};

function sources(state: string, locale: Locale): FillSources {
  return {
    customer: CUSTOMER,
    order: STATES[state]!,
    product: { id: 'p1', title: '2026新款加厚珊瑚绒睡衣女冬季套装', price: '¥129' },
    settings: SHOP,
    locale,
    platform: locale === 'en' ? 'amazon' : 'pinduoduo',
    now: NOW,
    shippingInsurance: true,
  };
}

describe('claims: declared claims match the words', () => {
  it('every built-in declares exactly the claims its text makes', () => {
    const wrong = BUILTIN_SCRIPTS.flatMap((s) => {
      const said = detectClaims(s.body, s.locale).sort();
      const declared = [...s.claims].sort();
      return said.join() === declared.join() ? [] : [`${s.id}: declares [${declared}] but says [${said}]`];
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['亲，退款已经处理了，129元原路退回', 'zh-CN', 'refundDone'],
    ['亲，帮您查了下，包裹在中通运输中', 'zh-CN', 'parcelLocationChecked'],
    ['亲，今天下午五点前的订单当天发，之后的次日发～', 'zh-CN', 'shipCutoff'],
    ['我已联系快递核实，今天内答复', 'zh-CN', 'courierContacted'],
    ['亲，红色 M 码现在有现货的', 'zh-CN', 'inStock'],
    ["I've checked for you: it's with UPS", 'en', 'parcelLocationChecked'],
    ['Your refund of $29.90 has been issued to your card.', 'en', 'refundDone'],
    ['Orders placed before 5 pm ship the same day.', 'en', 'shipCutoff'],
  ] as const)('recognises %j as %s', (text, locale, claim) => {
    expect(detectClaims(text, locale)).toContain(claim);
  });

  it('claims nobody can back are never backed, whatever the order says', () => {
    const unbackable = CLAIM_IDS.filter((id) =>
      ORDER_STAGES.every((orderStage) =>
        unbackedClaims([id], { orderStage, arrivalAhead: true, shipCutoff: true, shippingInsurance: true, sizedByBody: true, careTip: true, shipsFree: true }).length > 0,
      ),
    );
    expect(unbackable.sort()).toEqual(['courierContacted', 'inStock', 'parcelLocationChecked', 'returnTrackingReceived'].sort());
    expect(Object.keys(CLAIMS)).toEqual(CLAIM_IDS);
  });
});

describe('claims: every built-in renders from the facts and states only what they hold', () => {
  const stateNames = Object.keys(STATES);

  it('every built-in is offerable in some order state', () => {
    const never = BUILTIN_SCRIPTS.filter((s) => !stateNames.some((st) => claimsBacked(s.claims, replyFacts(sources(st, s.locale)))));
    expect(never.map((s) => `${s.id} [${s.claims}]`)).toEqual([]);
  });

  it('every situation has a script in each language that claims nothing, for a chat with no order on file', () => {
    const bare = SITUATION_IDS.flatMap((group) =>
      (['zh-CN', 'en'] as const).flatMap((locale) =>
        scriptsFor(group, locale).some((s) => s.claims.length === 0) ? [] : [`${group} ${locale}`],
      ),
    );
    expect(bare).toEqual([]);
  });

  it('renders with no unfilled value in every state that backs it, and passes the platform rules', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const s of BUILTIN_SCRIPTS) {
      for (const st of stateNames) {
        const src = sources(st, s.locale);
        if (!claimsBacked(s.claims, replyFacts(src))) continue;
        const values = { ...fillValues(src), ...PLAYBOOK_VALUES[s.locale] };
        const result = renderScript(s.body, values, s.locale);
        checked++;
        if (!result.ok) {
          problems.push(`${s.id} (${st}): missing ${result.missing.join(', ')}`);
          continue;
        }
        for (const f of checkCompliance(result.text, { platform: src.platform as 'pinduoduo' | 'amazon' })) {
          problems.push(`${s.id} (${st}) ${f.severity} ${f.rule}: "${f.span.text}"`);
        }
        if (result.text.includes('王小雨')) problems.push(`${s.id} (${st}) uses the archived real name`);
        if (result.text.includes('2026新款')) problems.push(`${s.id} (${st}) uses the keyword-stuffed title`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(BUILTIN_SCRIPTS.length);
  });
});

describe('claims decide what is offered', () => {
  const offered = (group: string, state: string | undefined, locale: Locale = 'zh-CN') => {
    const src = state ? sources(state, locale) : { settings: DEFAULT_SETTINGS, locale, now: NOW };
    return suggestReplies({
      situations: [{ id: group, score: 1 }],
      locale,
      values: fillValues(src),
      facts: replyFacts(src),
      limit: 20,
      now: NOW,
    }).map((s) => s.script.id);
  };

  it('"the refund is done" only for a refunded order', () => {
    expect(offered('refund', 'delivered')).not.toContain('refund.zh-CN.1');
    expect(offered('refund', 'refunded')).toContain('refund.zh-CN.1');
    expect(offered('refund', 'delivered', 'en')).not.toContain('refund.en.1');
  });

  it('a "ships by" promise is not offered once the parcel has left, and "shipped on" not before', () => {
    expect(offered('ship_time', 'paid')).toEqual(expect.arrayContaining(['ship_time.zh-CN.1', 'ship_time.zh-CN.3']));
    expect(offered('ship_time', 'paid')).not.toContain('ship_time.zh-CN.4');
    expect(offered('ship_time', 'shipped')).not.toContain('ship_time.zh-CN.1');
    expect(offered('ship_time', 'shipped')).toContain('ship_time.zh-CN.4');
  });

  it('no same-day cut-off without the setting', () => {
    expect(offered('ship_time', undefined)).not.toContain('ship_time.zh-CN.2');
    expect(offered('ship_time', 'paid')).toContain('ship_time.zh-CN.2');
  });

  it('with no facts at all, only scripts that claim nothing are offered', () => {
    const r = suggestReplies({ situations: [{ id: 'logistics', score: 1 }], locale: 'zh-CN', values: {}, limit: 20, now: NOW });
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((s) => s.script.claims.length === 0)).toBe(true);
  });

  it("an edited built-in is judged by its new words; the seller's own template answers for itself", () => {
    const template = (id: string, body: string, overridesId?: string): Template => templateSchema.parse({
      id, situation: 'refund', title: id, body, locale: 'zh-CN', createdAt: NOW, updatedAt: NOW, ...(overridesId ? { overridesId } : {}),
    });
    const userTemplates = [
      template('edit', '亲，退款已经处理了，请留意到账', 'refund.zh-CN.2'),
      template('own', '亲，退款已经处理了～'),
    ];
    const src = sources('delivered', 'zh-CN');
    const ids = suggestReplies({ situations: [{ id: 'refund', score: 1 }], locale: 'zh-CN', values: fillValues(src), facts: replyFacts(src), userTemplates, limit: 20, now: NOW }).map((s) => s.script.id);
    expect(ids).not.toContain('refund.zh-CN.2');
    expect(ids).toContain('own');
    const refunded = sources('refunded', 'zh-CN');
    expect(suggestReplies({ situations: [{ id: 'refund', score: 1 }], locale: 'zh-CN', values: fillValues(refunded), facts: replyFacts(refunded), userTemplates, limit: 20, now: NOW }).map((s) => s.script.id)).toContain('refund.zh-CN.2');
  });

  it('scripts that only exist for another order state are all in their groups', () => {
    // Sanity: the ship_time group really has both kinds, so the filtering above is meaningful.
    const claims = scriptsFor('ship_time', 'zh-CN').map((s) => s.claims.join());
    expect(claims).toEqual(expect.arrayContaining(['shipsLater', 'shipped,trackingKnown', 'shipCutoff']));
  });
});
