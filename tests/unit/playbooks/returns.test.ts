import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/db/schemas';
import { valuesFor } from '../../../lib/playbooks/playbook-values';
import { decideReturn } from '../../../lib/playbooks/returns';
import { DEFAULT_SHOP_POLICY, shopPolicySchema } from '../../../lib/settings/shop-policy';

/** Asia/Shanghai is UTC+8 all year. */
const sh = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);

const order = (over: Partial<Order> = {}): Order => ({
  id: 'o1',
  customerId: 'c1',
  orderNo: 'A100',
  items: [{ title: '加厚睡衣', quantity: 1, category: '家居' }],
  status: 'delivered',
  createdAt: sh(2025, 1, 1),
  updatedAt: sh(2025, 1, 1),
  ...over,
});

const policy = DEFAULT_SHOP_POLICY;

describe('the four cases', () => {
  it('quality problem: accepted, seller pays both ways, tracking and refund tasks scheduled', () => {
    const d = decideReturn({
      situations: ['quality_issue'],
      order: order({ deliveredAt: sh(2025, 1, 1) }),
      now: sh(2025, 3, 1, 15),
      policy,
      evidence: true,
    });
    expect(d.action).toBe('return');
    expect(d.case).toBe('quality');
    expect(d.shippingPayer).toEqual({ toSeller: 'seller', backToBuyer: 'seller' });
    expect(d.scriptGroup).toBe('playbook.return_quality');
    expect(d.leanedTowardBuyer).toBe(false);
    expect(d.tasks.map((t) => [t.kind, t.scriptId, t.ruleKey])).toEqual([
      ['return_tracking', 'lifecycle.return_tracking_check', 'o1:return_tracking'],
      ['return_refund_or_reship', 'lifecycle.refund_done', 'o1:return_refund_or_reship'],
    ]);
    // Two days later at 10:00 Shanghai time.
    expect(d.tasks[0]!.dueAt).toBe(sh(2025, 3, 3, 10));
    expect(d.tasks[0]!.orderId).toBe('o1');
  });

  it('damaged item: a shipping fault the seller pays for, even long after the window', () => {
    const d = decideReturn({
      situations: ['damaged'],
      order: order({ deliveredAt: sh(2025, 1, 1) }),
      now: sh(2025, 2, 20),
      policy,
      evidence: true,
    });
    expect(d.action).toBe('resend');
    expect(d.case).toBe('shipping_fault');
    expect(d.shippingPayer.toSeller).toBe('seller');
    expect(d.scriptGroup).toBe('playbook.return_shipping_fault');
  });

  it('missing item: nothing to send back, one re-ship task today in working hours', () => {
    const d = decideReturn({ situations: ['missing_item'], order: order(), now: sh(2025, 1, 5, 23, 30), policy, evidence: true });
    expect(d.action).toBe('resend');
    expect(d.tasks).toHaveLength(1);
    expect(d.tasks[0]!.kind).toBe('return_refund_or_reship');
    expect(d.tasks[0]!.dueAt).toBe(sh(2025, 1, 6, 9));
  });

  it('no reason within the window: buyer pays postage, policy values filled in', () => {
    const d = decideReturn({
      situations: ['return_request'],
      order: order({ deliveredAt: sh(2025, 1, 1, 12) }),
      now: sh(2025, 1, 8, 23, 59),
      policy,
      returnAddress: '杭州市余杭区某路 8 号',
    });
    expect(d.case).toBe('no_reason_in_window');
    expect(d.shippingPayer.toSeller).toBe('buyer');
    expect(d.exchangeOffered).toBe(false);
    expect(d.scriptGroup).toBe('playbook.return_no_reason');
    expect(valuesFor(d.values, 'zh-CN')).toEqual({
      return_window_days: '7',
      return_shipping_payer: '您',
      return_address: '杭州市余杭区某路 8 号',
    });
  });

  it('the window closes at the end of the local day, not 7×24 hours after delivery', () => {
    const base = { situations: ['size_fit' as const], order: order({ deliveredAt: sh(2025, 1, 1, 12) }), policy };
    expect(decideReturn({ ...base, now: sh(2025, 1, 8, 23, 59) }).case).toBe('no_reason_in_window');
    // A minute past the window is "a day late": by the rule of thumb still accepted, and said so.
    expect(decideReturn({ ...base, now: sh(2025, 1, 9, 0, 0) })).toMatchObject({ case: 'near_window', daysLate: 1 });
    expect(decideReturn({ ...base, now: sh(2025, 1, 11, 0, 0) })).toMatchObject({ case: 'outside_window_or_excluded', daysLate: 3 });
  });

  it('outside the window: explain politely, no tasks', () => {
    const d = decideReturn({
      situations: ['size_fit'],
      order: order({ deliveredAt: sh(2025, 1, 1) }),
      now: sh(2025, 1, 20),
      policy,
    });
    expect(d.case).toBe('outside_window_or_excluded');
    expect(d.scriptGroup).toBe('playbook.return_outside_window');
    expect(d.values).toEqual({ return_window_days: '7' });
    expect(d.tasks).toEqual([]);
    expect(d.why.en).toContain('7-day');
  });

  it('excluded categories get no no-reason return but still get a fault accepted', () => {
    const p = shopPolicySchema.parse({ returns: { excludedCategories: ['定制'] } });
    const custom = order({ deliveredAt: sh(2025, 1, 1), items: [{ title: '刻字杯', quantity: 1, category: '定制礼品' }] });
    expect(decideReturn({ situations: ['return_request'], order: custom, now: sh(2025, 1, 2), policy: p }).case).toBe(
      'outside_window_or_excluded',
    );
    expect(decideReturn({ situations: ['quality_issue'], order: custom, now: sh(2025, 1, 2), policy: p }).case).toBe(
      'quality',
    );
    // The excluded answer names the exclusion, never a window the buyer is still inside.
    expect(decideReturn({ situations: ['return_request'], order: custom, now: sh(2025, 1, 2), policy: p }).scriptGroup).toBe(
      'playbook.return_excluded',
    );
  });

  it('apparel gets a no-reason exchange when the shop offers it', () => {
    const d = decideReturn({ situations: ['size_fit'], category: '女装', now: sh(2025, 1, 2), policy, customerId: 'c9' });
    expect(d.exchangeOffered).toBe(true);
    expect(d.scriptGroup).toBe('playbook.exchange_no_reason');
    const off = shopPolicySchema.parse({ returns: { apparelNoReasonExchange: false } });
    expect(decideReturn({ situations: ['size_fit'], category: '女装', now: sh(2025, 1, 2), policy: off }).exchangeOffered).toBe(
      false,
    );
  });

  it('follows the shop setting for who pays no-reason return postage', () => {
    const p = shopPolicySchema.parse({ returns: { shippingPayer: { no_reason: { toSeller: 'seller', backToBuyer: 'seller' } } } });
    const d = decideReturn({ situations: ['return_request'], now: sh(2025, 1, 2), policy: p });
    expect(valuesFor(d.values, 'en').return_shipping_payer).toBe('us');
    expect(d.shopPaysReturnShipping).toBe(true);
  });
});

describe('leaning toward the buyer', () => {
  it('takes the blame when a fault is mixed with a fit complaint', () => {
    const d = decideReturn({ situations: ['size_fit', 'quality_issue'], order: order(), now: sh(2025, 1, 2), policy });
    expect(d.case).toBe('quality');
    expect(d.leanedTowardBuyer).toBe(true);
    expect(d.why['zh-CN']).toContain('责任不清楚');
  });

  it('treats an unknown delivery date as within the window and says so', () => {
    const d = decideReturn({ situations: ['return_request'], order: order(), now: sh(2025, 6, 1), policy });
    expect(d.case).toBe('no_reason_in_window');
    expect(d.leanedTowardBuyer).toBe(true);
    expect(d.why.en).toContain('cannot be confirmed');
  });

  it('counts from shipping + transit days when delivery is unknown, with the estimate’s slack for the buyer', () => {
    const shipped = order({ shippedAt: sh(2025, 1, 1, 10) });
    // Estimated delivery 4 Jan, window to end of 11 Jan: plainly inside.
    const inside = decideReturn({ situations: ['size_fit'], order: shipped, now: sh(2025, 1, 11, 20), policy });
    expect(inside).toMatchObject({ case: 'no_reason_in_window', leanedTowardBuyer: false });
    // Past the estimated deadline but within the estimate's uncertainty: lean.
    const slack = decideReturn({ situations: ['size_fit'], order: shipped, now: sh(2025, 1, 13, 20), policy });
    expect(slack).toMatchObject({ case: 'no_reason_in_window', leanedTowardBuyer: true });
    const late = decideReturn({ situations: ['size_fit'], order: shipped, now: sh(2025, 1, 19), policy });
    expect(late.case).toBe('outside_window_or_excluded');
  });

  it('counts the window in the policy time zone: 23:30 on 31 Jan in Shanghai is still 31 Jan', () => {
    const p = shopPolicySchema.parse({ returns: { noReasonWindowDays: 1 } });
    const delivered = order({ deliveredAt: sh(2025, 1, 31, 23, 30) });
    expect(decideReturn({ situations: ['size_fit'], order: delivered, now: sh(2025, 2, 1, 23, 59), policy: p }).case).toBe(
      'no_reason_in_window',
    );
    expect(decideReturn({ situations: ['size_fit'], order: delivered, now: sh(2025, 2, 2, 0, 1), policy: p }).case).toBe(
      'near_window',
    );
  });

  it('creates no tasks when no customer is known', () => {
    expect(decideReturn({ situations: ['quality_issue'], now: sh(2025, 1, 2), policy, evidence: true }).tasks).toEqual([]);
    expect(decideReturn({ situations: ['quality_issue'], now: sh(2025, 1, 2), policy }).tasks).toEqual([]);
  });
});

describe('evidence before fault', () => {
  it('asks for a photo before a claimed defect is accepted, and plans nothing yet', () => {
    const d = decideReturn({ situations: ['quality_issue'], order: order(), now: sh(2025, 1, 2), policy });
    expect(d).toMatchObject({ action: 'ask_evidence', scriptGroup: 'playbook.fault_ask_photo', shopPaysReturnShipping: true, tasks: [] });
  });

  it('asks what happened when a refund is requested with no reason, admitting nothing', () => {
    const d = decideReturn({ situations: ['refund'], order: order(), now: sh(2025, 1, 2), policy, request: 'refund_only', customerId: 'c1' });
    expect(d).toMatchObject({ case: 'reason_unknown', action: 'ask_evidence', scriptGroup: 'playbook.refund_ask_reason', tasks: [] });
    expect(d.shopPaysReturnShipping).toBeUndefined();
  });

  it('gives a buyer who wants their money back the return, not an exchange, even for clothes', () => {
    const d = decideReturn({ situations: ['size_fit', 'refund'], category: '女装', now: sh(2025, 1, 2), policy, request: 'refund' });
    expect(d).toMatchObject({ action: 'return', exchangeOffered: false, scriptGroup: 'playbook.return_no_reason', shopPaysReturnShipping: false });
  });

  it('says the return-shipping insurance covers the postage when the order has it', () => {
    const d = decideReturn({ situations: ['return_request'], now: sh(2025, 1, 2), policy, insurance: true });
    expect(d.insuranceCovers).toBe(true);
    expect(valuesFor(d.values, 'zh-CN').return_shipping_payer).toContain('运费险');
  });
});

describe('perishables', () => {
  it('are never sent back: photos first, then compensation with no return parcel to track', () => {
    const fruit = order({ items: [{ title: '赣南脐橙 5 斤', quantity: 1, category: '水果' }], deliveredAt: sh(2025, 1, 1) });
    const ask = decideReturn({ situations: ['damaged'], order: fruit, now: sh(2025, 1, 2), policy });
    expect(ask).toMatchObject({ case: 'perishable', action: 'ask_evidence', scriptGroup: 'playbook.perishable_ask_photo', tasks: [] });
    const pay = decideReturn({ situations: ['damaged'], order: fruit, now: sh(2025, 1, 2), policy, evidence: true });
    expect(pay).toMatchObject({ action: 'partial_refund', scriptGroup: 'playbook.perishable_compensate' });
    expect(pay.tasks.map((t) => t.kind)).toEqual(['return_refund_or_reship']);
  });
});
