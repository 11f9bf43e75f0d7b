/** Edge cases of the conversation flows, beside the whole-conversation fixtures. */
import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/db/schemas';
import { conversationProblem, decideComplaint } from '../../../lib/playbooks/complaints';
import { anyFestivalOn, decideFestivalGreeting, festivalDigest, festivalOn } from '../../../lib/playbooks/festival-greetings';
import type { FlowConversation, FlowLine } from '../../../lib/playbooks/flow-types';
import { FLOW_PLAYBOOKS } from '../../../lib/playbooks/flow-playbooks';
import { decideLogistics } from '../../../lib/playbooks/logistics';
import { decideLostSale } from '../../../lib/playbooks/lost-sale';
import { decideOffPlatformRequest } from '../../../lib/playbooks/off-platform-request';
import { decidePaymentReminder } from '../../../lib/playbooks/payment-reminder';
import { DEFAULT_SETTINGS, normaliseSettings } from '../../../lib/settings/settings';

const DAY = 86_400_000;
const NOW = Date.parse('2026-05-20T14:00:00+08:00');

const buyer = (text: string): FlowLine => ({ from: 'buyer', text });
const seller = (text: string): FlowLine => ({ from: 'seller', text });

function order(extra: Partial<Order>): Order {
  return { id: 'o1', customerId: 'c', orderNo: 'o1', items: [], status: 'delivered', createdAt: 0, updatedAt: 0, ...extra };
}

const conv = (messages: FlowLine[], extra: Partial<FlowConversation> = {}): FlowConversation => ({
  now: NOW, platform: 'pinduoduo', locale: 'zh-CN', settings: DEFAULT_SETTINGS, messages, ...extra,
});

describe('complaints', () => {
  it('finds the problem raised earlier when the latest message only vents', () => {
    const c = conv([buyer('衣服开线了'), seller('亲稍等'), buyer('你们到底什么态度！')]);
    expect(conversationProblem(c)).toEqual({ problem: 'quality', earlier: true });
    expect(decideComplaint(c)?.decision).toBe('return');
  });

  it('an escalation threat made earlier still stands when the buyer adds the problem after it', () => {
    const c = conv([buyer('再不处理我就找平台介入'), buyer('杯子是碎的')], { order: order({ deliveredAt: NOW - DAY }) });
    const v = decideComplaint(c)!;
    expect(v.case).toBe('escalation_damaged');
    expect(v.tasks[0]!.dueAt - NOW).toBeLessThanOrEqual(2 * 3_600_000);
  });

  it('a no-reason return: accepted in the window, exchanged a day or two past it, refused well past it', () => {
    const ask = (daysAgo: number) =>
      decideComplaint(conv([buyer('不合适，我要退，不给退就投诉'),], { order: order({ deliveredAt: NOW - daysAgo * DAY }) }))!.decision;
    expect(ask(3)).toBe('return');
    expect(ask(8)).toBe('exchange');
    expect(ask(20)).toBe('refuse');
  });

  it('the shop window and who pays come from the settings', () => {
    const settings = normaliseSettings({ policy: { returns: { noReasonWindowDays: 15, shippingPayer: { no_reason: { toSeller: 'seller', backToBuyer: 'seller' } } } } });
    const v = decideComplaint(conv([buyer('不喜欢，要退，不然投诉你们')], { settings, order: order({ deliveredAt: NOW - 12 * DAY }) }))!;
    expect(v.decision).toBe('return');
    expect(v.shopPaysReturnShipping).toBe(true);
  });

  it('steps aside for anger at the courier and for an ordinary question', () => {
    expect(decideComplaint(conv([buyer('快递员态度太差了')]))).toBeNull();
    expect(decideComplaint(conv([buyer('这个杯子能进洗碗机吗')]))).toBeNull();
  });

  it('never answers while the seller has the last word', () => {
    expect(decideComplaint(conv([buyer('我要投诉'), seller('亲，马上处理')]))).toBeNull();
  });
});

describe('logistics', () => {
  it('plans the arrival check under the same rule as the order lifecycle', () => {
    const v = decideLogistics(conv([buyer('到哪了')], { order: order({ id: 'A9', status: 'shipped', shippedAt: NOW - DAY }) }))!;
    expect(v.case).toBe('in_transit');
    expect(v.tasks[0]).toMatchObject({ kind: 'arrival_check', rule: 'A9:arrival_check' });
  });

  it('a courier estimate in the order wins over the shop transit days', () => {
    const late = decideLogistics(conv([buyer('还没到')], { order: order({ status: 'shipped', shippedAt: NOW - DAY, expectedArrivalAt: NOW - 3_600_000 }) }))!;
    expect(late.case).toBe('late');
  });

  it('an old parcel whose tracking stalled is chased even before the shop transit time runs out', () => {
    const settings = normaliseSettings({ policy: { followUp: { defaultTransitDays: 7 } } });
    const v = decideLogistics(conv([buyer('物流三天没更新了')], { settings, order: order({ status: 'shipped', shippedAt: NOW - 3 * DAY }) }))!;
    expect(v.case).toBe('late');
  });

  it("leaves the buyer's return parcel to the after-sales flows", () => {
    expect(decideLogistics(conv([buyer('退货寄回去好几天了你们收到没')], { order: order({ status: 'delivered', deliveredAt: NOW - 9 * DAY }) }))).toBeNull();
  });

  it('says nothing when the buyer did not ask about the parcel', () => {
    expect(decideLogistics(conv([buyer('这个有红色吗')], { order: order({ status: 'shipped', shippedAt: NOW - DAY }) }))).toBeNull();
  });
});

describe('payment reminder', () => {
  const unpaid = order({ status: 'pending' });
  it('steps aside for a question or trouble paying, and waits when the buyer will pay later', () => {
    expect(decidePaymentReminder(conv([buyer('有没有红色的？')], { order: unpaid }))).toBeNull();
    expect(decidePaymentReminder(conv([buyer('付款失败了怎么办')], { order: unpaid }))).toBeNull();
    const later = decidePaymentReminder(conv([buyer('等下发工资再付')], { order: unpaid }))!;
    expect(later.decision).toBe('wait');
    expect(later.tasks.map((t) => t.kind)).toEqual(['payment_reminder']);
  });

  it('only for unpaid orders', () => {
    expect(decidePaymentReminder(conv([seller('亲在的')], { order: order({ status: 'paid' }) }))).toBeNull();
    expect(decidePaymentReminder(conv([seller('亲在的')]))).toBeNull();
  });
});

describe('lost sale and off-platform requests', () => {
  it('"算了" is a lost sale only after price talk, never after a problem', () => {
    expect(decideLostSale(conv([buyer('能便宜点吗'), seller('已经很实惠了'), buyer('算了')]))?.decision).toBe('let_go');
    expect(decideLostSale(conv([buyer('在吗'), buyer('算了')]))).toBeNull();
    expect(decideLostSale(conv([buyer('能便宜点吗'), buyer('算了，东西坏了也不想退了')]))).toBeNull();
    expect(decideLostSale(conv([buyer('55行吗'), seller('最低58'), buyer('算了，就58吧我拍了')]))).toBeNull();
    expect(decideLostSale(conv([buyer('55行吗'), seller('最低58'), buyer('那我不要了')]))?.decision).toBe('let_go');
  });

  it('recognises disguised contact requests and leaves 面料加微弹 alone', () => {
    for (const text of ['加个vx呗', '你威信多少', '留个电话吧', '私下转账给你行吗', 'Do you have WhatsApp?']) {
      expect(decideOffPlatformRequest(conv([buyer(text)])), text).not.toBeNull();
    }
    expect(decideOffPlatformRequest(conv([buyer('面料加微弹的吗')]))).toBeNull();
  });
});

describe('festival greetings', () => {
  const at = (iso: string) => Date.parse(iso);
  it('knows the festivals of each market', () => {
    expect(festivalOn(at('2026-09-25T10:00:00+08:00'), 'Asia/Shanghai', 'pinduoduo')?.id).toBe('mid_autumn');
    expect(festivalOn(at('2026-02-17T10:00:00+08:00'), 'Asia/Shanghai', 'shopee')?.id).toBe('spring_festival');
    expect(festivalOn(at('2026-09-25T10:00:00+08:00'), 'Asia/Shanghai', 'amazon')).toBeUndefined();
    expect(festivalOn(at('2026-12-25T10:00:00-05:00'), 'America/New_York', 'amazon')?.id).toBe('christmas');
    expect(festivalOn(at('2026-12-25T10:00:00+08:00'), 'Asia/Shanghai', 'pinduoduo')).toBeUndefined();
    expect(festivalOn(at('2026-11-26T10:00:00-05:00'), 'America/New_York', 'etsy')?.id).toBe('thanksgiving');
    expect(festivalOn(at('2026-05-21T10:00:00+08:00'), 'Asia/Shanghai', 'pinduoduo')).toBeUndefined();
  });

  it('the digest lists recent buyers newest first, capped, per festival their marketplace keeps', () => {
    const now = at('2026-12-25T09:00:00+08:00');
    const candidates = [
      ...Array.from({ length: 1000 }, (_, i) => ({ customerId: `a${i}`, lastOrderAt: now - i * DAY, platform: 'amazon' })),
      ...Array.from({ length: 10 }, (_, i) => ({ customerId: `p${i}`, lastOrderAt: now - i * DAY, platform: 'pinduoduo' })),
    ];
    const digests = festivalDigest({ now, timeZone: 'Asia/Shanghai', candidates, limit: 50 });
    expect(digests).toHaveLength(1);
    expect(digests[0]!.festival.id).toBe('christmas');
    expect(digests[0]!.eligible).toBe(181);
    expect(digests[0]!.customerIds).toHaveLength(50);
    expect(digests[0]!.customerIds[0]).toBe('a0');
    expect(festivalDigest({ now: now + DAY, timeZone: 'Asia/Shanghai', candidates })).toEqual([]);
    expect(anyFestivalOn(now, 'Asia/Shanghai', ['pinduoduo'])).toBe(false);
    expect(anyFestivalOn(now, 'Asia/Shanghai', ['pinduoduo', 'etsy'])).toBe(true);
  });

  it('greets only in small talk on the day', () => {
    const day = at('2026-09-25T15:00:00+08:00');
    expect(decideFestivalGreeting(conv([buyer('谢谢')], { now: day }))?.values).toEqual({ festival: { 'zh-CN': '中秋节', en: 'the Mid-Autumn Festival' } });
    expect(decideFestivalGreeting(conv([buyer('杯子碎了')], { now: day }))).toBeNull();
  });
});

describe('the flow list', () => {
  it('every flow has a distinct id and steps aside on an empty chat', () => {
    const ids = FLOW_PLAYBOOKS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const p of FLOW_PLAYBOOKS) expect(p.decide(conv([])), p.id).toBeNull();
  });
});
