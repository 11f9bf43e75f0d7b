/**
 * Haggling and returns conversations as a seasoned seller would judge them
 * (tests/fixtures/advise/money-scenarios.jsonl): the decision, the price, who pays, and replies
 * that carry the decision without contradicting it or claiming what nobody checked.
 */
import { describe, expect, it } from 'vitest';
import { advise } from '../../../lib/advise/advise';
import { adviseInputSchema, conversationFromInput } from '../../../lib/advise/advise-input';
import { formatMoney } from '../../../lib/settings/currency';
import { currencyFor } from '../../../lib/settings/currency';
import { loadScenarios } from './scenarios';

const scenarios = loadScenarios('money-scenarios.jsonl');

/**
 * How a deal closes: on Chinese marketplaces the buyer orders first and the seller changes the
 * price before payment; where sellers cannot edit an order (Shopee, Amazon...), the seller sets
 * the price up and then tells the buyer to check out.
 */
const CHINESE = new Set(['pinduoduo', 'douyin', 'jd', 'taobao', 'weidian', '1688']);
const CLOSES = {
  orderFirst: { 'zh-CN': /先拍下/, en: /(without paying|don't pay yet|Order first)/i },
  checkout: { 'zh-CN': /设置好/, en: /check ?out/i },
};

describe('haggling and returns scenarios', () => {
  it('has at least 25 conversations, each named once', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(25);
    expect(new Set(scenarios.map((s) => s.name)).size).toBe(scenarios.length);
  });

  it.each(scenarios.map((s) => [s.name, s] as const))('%s', (_name, scenario) => {
    const input = adviseInputSchema.parse(scenario.conversation);
    const view = advise(conversationFromInput(input));
    const want = scenario.expect;
    const texts = view.replies.map((r) => r.text);

    expect(view.playbook?.id ?? null).toBe(want.playbook);
    if (want.decision !== undefined) expect(view.playbook?.decision).toBe(want.decision);
    if (want.offer !== undefined) expect(view.playbook?.offer).toBe(want.offer);
    if (want.quantity !== undefined) expect(view.playbook?.quantity).toBe(want.quantity);
    if (want.accept !== undefined) expect(view.playbook?.accept).toBe(want.accept);
    if (want.shopPaysReturnShipping === null) expect(view.playbook?.shopPaysReturnShipping).toBeUndefined();
    else if (want.shopPaysReturnShipping !== undefined) expect(view.playbook?.shopPaysReturnShipping).toBe(want.shopPaysReturnShipping);
    if (want.taskKinds) expect(view.tasks.map((t) => t.kind)).toEqual(want.taskKinds);

    // There is always something to send, filled, and nothing a platform would block.
    expect(view.replies.length).toBeGreaterThan(0);
    for (const r of view.replies) {
      expect(r.missing, `${r.id} misses values`).toEqual([]);
      expect(r.compliance, `${r.id}: ${r.text}`).not.toBe('block');
      expect(r.text).not.toMatch(/[{}【】]/);
    }
    for (const part of want.textIncludes ?? []) expect(texts[0], part).toContain(part);
    for (const part of want.textExcludes ?? []) for (const text of texts) expect(text, part).not.toContain(part);

    if (view.playbook) {
      // One decision: every reply comes from the playbook's own scripts, none from a situation
      // group written without the decision.
      for (const r of view.replies) expect(r.group, r.id).toMatch(/^playbook\./);
      if (view.playbook.accept) {
        const chinese = CHINESE.has(input.platform);
        for (const text of texts) {
          expect(text).toMatch(CLOSES[chinese ? 'orderFirst' : 'checkout'][input.locale]);
          // Never the other marketplace's way: no "order first" where the price cannot be edited.
          if (!chinese) expect(text).not.toMatch(CLOSES.orderFirst[input.locale]);
        }
      }
    }
    // The floor is the seller's secret unless it is the price offered.
    const floor = input.product?.floorPrice;
    if (floor !== undefined && view.playbook?.offer !== floor && (view.playbook?.quantity ?? 1) === 1) {
      const floorText = formatMoney(floor, currencyFor(input.platform, input.shop.currency))[input.locale];
      for (const text of texts) expect(text).not.toContain(floorText);
    }
  });
});
