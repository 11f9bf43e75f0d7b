import { describe, expect, it } from 'vitest';
import type { InsightOutcome } from '../../../lib/insights/contract';
import { decisionOutcome, eventSituations } from '../../../lib/insights/sidebar-outcome';

const postageOf = (o: InsightOutcome | undefined) => (o?.kind === 'decision' ? o.postage : undefined);

const base = { situations: ['damaged' as const], insured: false, at: 5 };

describe('eventSituations', () => {
  it('keeps the main situation and the others with real evidence, at most four', () => {
    const situations = [
      { id: 'haggle', score: 0.9, cues: [] },
      { id: 'free_shipping', score: 0.6, cues: [] },
      { id: 'gift', score: 0.2, cues: [] },
    ] as const;
    expect(eventSituations({ situations: [...situations] } as never)).toEqual(['haggle', 'free_shipping']);
    expect(eventSituations({ situations: [] } as never)).toEqual(['other']);
  });
});

describe('decisionOutcome', () => {
  it('a haggle accepted is a closed deal at the unit price against the list price', () => {
    expect(decisionOutcome({ ...base, situations: ['haggle'], listPrice: 59, playbook: { id: 'haggle', decision: 'accept', offer: 100, quantity: 2 } })).toEqual({
      kind: 'decision', decision: 'price_accepted', at: 5, listPrice: 59, finalPrice: 50,
    });
    // Without a list price the deal still counts, without prices.
    expect(decisionOutcome({ ...base, playbook: { id: 'haggle', decision: 'accept', offer: 52 } })).toEqual({ kind: 'decision', decision: 'price_accepted', at: 5 });
    expect(decisionOutcome({ ...base, listPrice: 59, playbook: { id: 'haggle', decision: 'counter', offer: 55 } })).toBeUndefined();
  });

  it('the lost-sale playbook letting go is a lost deal', () => {
    expect(decisionOutcome({ ...base, playbook: { id: 'lost_sale', decision: 'let_go' } })).toEqual({ kind: 'decision', decision: 'deal_lost', at: 5 });
  });

  it('returns and exchanges carry the problem behind them and who pays the postage', () => {
    const returnOf = (shopPays: boolean | undefined, insured: boolean) =>
      decisionOutcome({ ...base, situations: ['return_request', 'size_fit'], insured, playbook: { id: 'return', decision: 'return', ...(shopPays !== undefined ? { shopPaysReturnShipping: shopPays } : {}) } });
    expect(returnOf(true, true)).toEqual({ kind: 'decision', decision: 'return', at: 5, cause: 'size_fit', postage: 'seller' });
    expect(postageOf(returnOf(false, true))).toBe('insurance');
    expect(postageOf(returnOf(false, false))).toBe('buyer');
    expect(postageOf(returnOf(undefined, false))).toBeUndefined();
    expect(decisionOutcome({ ...base, playbook: { id: 'return', decision: 'exchange', shopPaysReturnShipping: true } })).toMatchObject({ decision: 'exchange', cause: 'damaged', postage: 'seller' });
  });

  it('maps the playbooks’ refund words, and ignores decisions that settle nothing', () => {
    expect(decisionOutcome({ ...base, playbook: { id: 'logistics', decision: 'refund_after_return' } })).toMatchObject({ decision: 'refund' });
    expect(decisionOutcome({ ...base, playbook: { id: 'complaint', decision: 'partial_refund' } })).toMatchObject({ decision: 'compensation', cause: 'damaged' });
    expect(decisionOutcome({ ...base, playbook: { id: 'complaint', decision: 'resend' } })).toMatchObject({ decision: 'resend' });
    // Postage is about sending something back: a refund has none.
    expect(postageOf(decisionOutcome({ ...base, playbook: { id: 'return', decision: 'refund', shopPaysReturnShipping: true } }))).toBeUndefined();
    for (const decision of ['ask_evidence', 'inform', 'refuse', 'acknowledge']) {
      expect(decisionOutcome({ ...base, playbook: { id: 'return', decision } })).toBeUndefined();
    }
    expect(decisionOutcome({ ...base, playbook: null })).toBeUndefined();
  });
});
