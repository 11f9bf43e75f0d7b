import { describe, expect, it } from 'vitest';
import type { Order } from '../../../lib/db/schemas';
import { valuesFor } from '../../../lib/playbooks/playbook-values';
import { decideComplaint, decideReviewResponse } from '../../../lib/playbooks/reviews';
import { DEFAULT_SHOP_POLICY, shopPolicySchema } from '../../../lib/settings/shop-policy';

const sh = (y: number, m: number, d: number, h = 0, min = 0) => Date.UTC(y, m - 1, d, h - 8, min);
const policy = DEFAULT_SHOP_POLICY;
const order = (over: Partial<Order> = {}): Order => ({
  id: 'o7',
  customerId: 'c7',
  orderNo: 'B7',
  items: [],
  status: 'reviewed',
  createdAt: 0,
  updatedAt: 0,
  ...over,
});

describe('bad and mid reviews', () => {
  it('shop at fault: apology and a concrete fix, then a task to ask for reconsideration the next morning', () => {
    const d = decideReviewResponse({ rating: 'bad', sellerAtFault: true, order: order(), now: sh(2025, 1, 31, 23, 30), policy });
    expect(d.scriptGroup).toBe('playbook.bad_review_apology');
    expect(d.publicReply).toBe(false);
    expect(d.leanedTowardBuyer).toBe(false);
    expect(d.tasks).toEqual([
      {
        customerId: 'c7',
        orderId: 'o7',
        kind: 'review_followup',
        dueAt: sh(2025, 2, 1, 10),
        scriptId: 'playbook.review_reconsider',
        ruleKey: 'o7:review_reconsider',
      },
    ]);
  });

  it('unknown cause counts as ours and says so', () => {
    const d = decideReviewResponse({ rating: 'medium', order: order(), now: sh(2025, 1, 2), policy });
    expect(d.scriptGroup).toBe('playbook.bad_review_apology');
    expect(d.leanedTowardBuyer).toBe(true);
    expect(d.why.en).toContain('unclear');
    expect(d.why['zh-CN']).toContain('中评');
  });

  it('after the fix: ask to reconsider, with no incentive and no values to fill one in', () => {
    const d = decideReviewResponse({ rating: 'bad', sellerAtFault: true, fixDone: true, order: order(), now: 0, policy });
    expect(d.scriptGroup).toBe('playbook.review_reconsider');
    expect(d.values).toEqual({});
    expect(d.tasks).toEqual([]);
    expect(d.why.en).toMatch(/never offer cashback/);
  });

  it('not the shop’s fault: public calm explanation and platform appeal', () => {
    const d = decideReviewResponse({ rating: 'bad', sellerAtFault: false, order: order(), now: sh(2025, 1, 2, 22), policy });
    expect(d.scriptGroup).toBe('playbook.unfair_review_public');
    expect(d.publicReply).toBe(true);
    expect(d.appeal).toBe(true);
    // 22:00 is after working hours: the appeal reminder moves to 09:00 next morning.
    expect(d.tasks[0]).toMatchObject({ kind: 'review_followup', dueAt: sh(2025, 1, 3, 9), ruleKey: 'o7:review_appeal' });
  });
});

describe('complaints', () => {
  it('not covered by the return policy: acknowledge and promise a time 24 hours on, with a deadline task', () => {
    const d = decideComplaint({ situations: ['complaint'], order: order(), now: sh(2025, 1, 31, 23, 30), policy });
    expect(d.scriptGroup).toBe('playbook.complaint_ack');
    expect(d.coveredByReturnPolicy).toBe(false);
    expect(d.deadlineAt).toBe(sh(2025, 2, 1, 23, 30));
    expect(valuesFor(d.values, 'zh-CN')).toEqual({ deadline: '2月1日 23:30' });
    expect(valuesFor(d.values, 'en')).toEqual({ deadline: 'Feb 1, 23:30' });
    expect(d.tasks).toEqual([
      { customerId: 'c7', orderId: 'o7', kind: 'complaint_deadline', dueAt: d.deadlineAt, ruleKey: 'o7:complaint_deadline' },
    ]);
  });

  it('formats the promised time in the shop time zone, across a DST change', () => {
    const la = shopPolicySchema.parse({ timeZone: 'America/Los_Angeles' });
    // 8 March 2025 20:00 PST; DST starts at 02:00 on 9 March, so 24 hours later is 21:00 PDT.
    const now = Date.UTC(2025, 2, 9, 4, 0);
    const d = decideComplaint({ situations: ['complaint'], customerId: 'c1', now, policy: la });
    expect(d.deadlineAt - now).toBe(24 * 3600_000);
    expect(valuesFor(d.values, 'en').deadline).toBe('Mar 9, 21:00');
  });

  it('covered by the return policy: accept and ask to withdraw, with the return tasks', () => {
    const d = decideComplaint({
      situations: ['complaint', 'quality_issue'],
      order: order({ deliveredAt: sh(2025, 1, 1) }),
      now: sh(2025, 1, 3),
      policy,
    });
    expect(d.scriptGroup).toBe('playbook.complaint_accept_withdraw');
    expect(d.coveredByReturnPolicy).toBe(true);
    expect(d.returnDecision?.case).toBe('quality');
    expect(d.tasks.map((t) => t.kind)).toEqual(['return_tracking', 'return_refund_or_reship', 'complaint_deadline']);
  });

  it('a no-reason return past the window is not covered: acknowledge with a deadline instead', () => {
    const d = decideComplaint({
      situations: ['complaint', 'return_request'],
      order: order({ deliveredAt: sh(2025, 1, 1) }),
      now: sh(2025, 2, 1),
      policy,
    });
    expect(d.scriptGroup).toBe('playbook.complaint_ack');
    expect(d.returnDecision?.case).toBe('outside_window_or_excluded');
  });

  it('without a known customer there is nothing to schedule and the reason does not claim a reminder', () => {
    const d = decideComplaint({ situations: ['complaint'], now: sh(2025, 1, 3), policy });
    expect(d.tasks).toEqual([]);
    expect(d.why.en).not.toContain('reminder');
  });
});
