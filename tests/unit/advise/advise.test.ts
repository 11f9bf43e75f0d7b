/**
 * advise: one decision per conversation. The first playbook of the registry that decides owns
 * the conversation; its replies never contradict it, and a weak side situation never decides
 * who pays.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/advise/advise';
import { PLAYBOOKS } from '../../../lib/advise/playbook-registry';
import type { AdviseConversation, Playbook } from '../../../lib/advise/types';
import type { Template } from '../../../lib/db/schemas';
import { settingsSchema } from '../../../lib/settings/settings';
import { classify } from '../../../lib/situations';

const settings = settingsSchema.parse({ shop: { returnAddress: '杭州市余杭区文一西路8号' } });
const NOW = Date.UTC(2026, 11, 4, 2);
const DAY = 86_400_000;

const conversation = (text: string, over: Partial<AdviseConversation> = {}): AdviseConversation => ({
  now: NOW,
  platform: 'pinduoduo',
  locale: 'zh-CN',
  settings,
  messages: [{ from: 'buyer', text }],
  ...over,
});

describe('the registry', () => {
  it('lists each playbook once', () => {
    // Two playbooks may share an id (the complaint flow and its older fallback both answer as
    // "complaint"); a playbook listed twice would only be tried twice.
    expect(new Set(PLAYBOOKS).size).toBe(PLAYBOOKS.length);
    const ids = PLAYBOOKS.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining(['haggle', 'return', 'logistics', 'complaint']));
  });

  it('lets the first playbook that decides own the conversation', () => {
    const seen: string[] = [];
    const stepAside: Playbook = { id: 'aside', decide: () => (seen.push('aside'), null) };
    const first: Playbook = {
      id: 'first',
      decide: () => (seen.push('first'), { id: 'first', advice: { 'zh-CN': '先', en: 'first' }, decision: 'x', replyGroups: ['playbook.refund_ask_reason'], values: {}, tasks: [] }),
    };
    const never: Playbook = { id: 'never', decide: () => (seen.push('never'), null) };
    const view = advise(conversation('我要仅退款'), { playbooks: [stepAside, first, never] });
    expect(seen).toEqual(['aside', 'first']);
    expect(view.playbook).toMatchObject({ id: 'first', advice: '先', decision: 'x' });
    expect(view.replies.every((r) => r.group === 'playbook.refund_ask_reason')).toBe(true);
  });

  it('falls back to the situation’s scripts when no playbook decides', () => {
    const view = advise(conversation('什么时候发货'), { playbooks: [] });
    expect(view.playbook).toBeNull();
    expect(view.replies.length).toBeGreaterThan(0);
    expect(view.replies[0]!.group).toBe(view.situations[0]!.id);
  });

  it('offers the seller’s own edit of a playbook script in its place', () => {
    const edited: Template = {
      id: 't1',
      overridesId: 'playbook.refund_ask_reason.zh-CN.1',
      title: '问原因（我的版本）',
      body: '亲，方便说说遇到什么问题了吗？拍张照片给我看看～',
      locale: 'zh-CN',
      group: 'playbook.refund_ask_reason',
      tags: [],
      builtIn: true,
      hidden: false,
      favourite: false,
      usageCount: 0,
      createdAt: 0,
      updatedAt: 0,
    } as unknown as Template;
    const view = advise(conversation('我要仅退款'), { templates: [edited] });
    expect(view.replies.map((r) => r.text)).toContain('亲，方便说说遇到什么问题了吗？拍张照片给我看看～');
  });

  it('says nothing when the buyer has said nothing', () => {
    const view = advise(conversation('', { messages: [{ from: 'seller', text: '您好' }] }));
    expect(view).toMatchObject({ situations: [], replies: [], playbook: null, tasks: [] });
  });
});

// ---- no contradiction, over random return conversations ----

const MESSAGES = [
  '我要仅退款',
  '我要退款',
  '不喜欢，我要退款',
  '尺码小了想换大一码',
  '买多了不想要了，能退货吗',
  '收到杯子碎了',
  '颜色发错了',
  '质量太差了，开线了',
  '少发了一件',
  '东西坏了我要退款',
  '穿着有点大，想换小一码',
  '可以七天无理由吗',
];

const arb = fc.record({
  text: fc.constantFrom(...MESSAGES),
  daysSinceDelivery: fc.integer({ min: 0, max: 30 }),
  category: fc.constantFrom(undefined, '女装', '家居', '水果', '定制礼品'),
  insurance: fc.boolean(),
  photo: fc.boolean(),
  locale: fc.constantFrom('zh-CN' as const, 'en' as const),
});

const ADMITS_FAULT = /我们这边的问题|是我们的问题|由我们承担|运费我们出|运费全部|That's on us|we cover all|on us:/;
const ACCEPTS_RETURN = /没问题～签收|照样给您换|还是给您办退货|Returns are accepted|we'll still take it back|we'll still exchange|within the \d+-day window/;

describe('replies never contradict the decision', () => {
  it('holds for any return conversation', () => {
    const decisions = new Set<string>();
    fc.assert(
      fc.property(arb, ({ text, daysSinceDelivery, category, insurance, photo, locale }) => {
        const messages = photo
          ? [{ from: 'buyer' as const, text }, { from: 'seller' as const, text: '亲，拍张照片给我看看' }, { from: 'buyer' as const, text: `[图片] ${text}` }]
          : [{ from: 'buyer' as const, text }];
        const order = {
          id: 'o1',
          customerId: 'c1',
          orderNo: 'A1',
          items: [{ title: '商品', quantity: 1, ...(category ? { category } : {}) }],
          status: 'delivered' as const,
          deliveredAt: NOW - daysSinceDelivery * DAY,
          createdAt: 0,
          updatedAt: 0,
        };
        const policy = { ...settings.policy, returns: { ...settings.policy.returns, excludedCategories: ['定制'] } };
        const view = advise(
          conversation(text, { messages, order, locale, returnShippingInsurance: insurance, settings: { ...settings, policy } }),
        );
        const p = view.playbook;
        if (!p || p.id !== 'return') return;
        decisions.add(p.decision!);
        const texts = view.replies.map((r) => r.text);
        expect(texts.length).toBeGreaterThan(0);
        for (const r of view.replies) expect(r.group).toMatch(/^playbook\./);
        if (p.decision === 'refuse') for (const t of texts) expect(t).not.toMatch(ACCEPTS_RETURN);
        if (p.decision === 'ask_evidence' && p.shopPaysReturnShipping === undefined && !/水果/.test(category ?? '')) {
          // Nothing known yet: nothing admitted.
          for (const t of texts) expect(t).not.toMatch(ADMITS_FAULT);
        }
        if (p.decision === 'return') for (const r of view.replies) expect(r.group).not.toMatch(/exchange/);
        if (/水果/.test(category ?? '')) {
          expect(view.tasks.map((t) => t.kind)).not.toContain('return_tracking');
          for (const t of texts) expect(t).not.toMatch(/退货地址|return address|send it to/i);
        }
        if (insurance && p.decision === 'return' && p.shopPaysReturnShipping === false) {
          for (const t of texts) expect(t).toMatch(/运费险|insurance/);
        }
      }),
      { numRuns: 150, seed: 13 },
    );
    // The property met every kind of decision, so each check above had something to hold for.
    expect([...decisions].sort()).toEqual(expect.arrayContaining(['ask_evidence', 'exchange', 'partial_refund', 'refuse', 'resend', 'return']));
  });

  it('never lets a weakly evidenced side situation decide that the shop pays', () => {
    for (const text of MESSAGES) {
      const c = classify(text);
      // The main situation decides at its own bar (the returns playbook's 0.3); only a side one must reach 0.5.
      const strongFault = c.situations.some(
        (s, i) => ['quality_issue', 'damaged', 'missing_item', 'wrong_item'].includes(s.id) && s.score >= (i === 0 ? 0.3 : 0.5),
      );
      const view = advise(conversation(text));
      if (!strongFault && view.playbook?.id === 'return' && settings.policy.returns.shippingPayer.no_reason.toSeller === 'buyer') {
        expect(view.playbook.shopPaysReturnShipping, text).not.toBe(true);
      }
    }
  });
});
