/**
 * What the sidebar logs: which situations a handled message is counted under, and what a
 * playbook's decision means for the insights when the seller inserts one of its replies. Pure,
 * so the mapping from the playbooks' own decision words is tested in one place.
 *
 * Decision words (lib/playbooks, lib/advise): the haggle's `accept` is a closed deal
 * (`price_accepted`, with the list price and the agreed unit price); the lost-sale playbook's
 * `let_go` is `deal_lost`; `exchange`, `return`, `refund`, `resend` keep their names;
 * `refund_after_return` (a refused parcel back at the warehouse) is a `refund`;
 * `partial_refund` (so much per bad item, nothing sent back) is `compensation`. Every other
 * word (ask for evidence, inform, counter-offer…) decides nothing the insights count.
 */
import type { PlaybookView } from '../advise/types';
import type { Classification } from '../situations/classify';
import { isSituationId, type SituationId } from '../situations/taxonomy';
import { PRODUCT_PROBLEMS, type DecisionKind, type InsightOutcome, type PostagePayer } from './contract';

/** A side situation counts when the classifier is as sure of it as the sidebar's playbooks require. */
const SIDE_EVIDENCE = 0.5;

/** Main situation first, then the others with real evidence; at most four. */
export function eventSituations(classification: Pick<Classification, 'situations'>): SituationId[] {
  const [main, ...rest] = classification.situations;
  if (!main) return ['other'];
  return [main.id, ...rest.filter((s) => s.score >= SIDE_EVIDENCE).map((s) => s.id)].slice(0, 4) as SituationId[];
}

const SAME_NAME: ReadonlySet<string> = new Set(['exchange', 'return', 'refund', 'resend']);
const RENAMED: Readonly<Record<string, DecisionKind>> = { refund_after_return: 'refund', partial_refund: 'compensation' };
const PROBLEMS: ReadonlySet<string> = new Set(PRODUCT_PROBLEMS);

export interface DecisionFacts {
  playbook: Pick<PlaybookView, 'id' | 'decision' | 'offer' | 'quantity' | 'shopPaysReturnShipping'> | null | undefined;
  /** The message's situations as logged (main first). */
  situations: readonly SituationId[];
  /** The product's list price, when the page or the seller gave one. */
  listPrice?: number;
  /** 运费险 covers this order's return postage (see playbooks/shipping-insurance.ts). */
  insured: boolean;
  at: number;
}

export function decisionOutcome(facts: DecisionFacts): InsightOutcome | undefined {
  const { playbook } = facts;
  if (!playbook?.decision) return undefined;
  if (playbook.id === 'haggle') {
    if (playbook.decision !== 'accept') return undefined;
    const unit = playbook.offer !== undefined ? Math.round((playbook.offer / (playbook.quantity ?? 1)) * 100) / 100 : undefined;
    const listPrice = facts.listPrice !== undefined && facts.listPrice > 0 ? facts.listPrice : undefined;
    return {
      kind: 'decision',
      decision: 'price_accepted',
      at: facts.at,
      // Prices count only in pairs: a final price without its list price says nothing.
      ...(listPrice !== undefined && unit !== undefined ? { listPrice, finalPrice: unit } : {}),
    };
  }
  if (playbook.id === 'lost_sale') return playbook.decision === 'let_go' ? { kind: 'decision', decision: 'deal_lost', at: facts.at } : undefined;
  const decision = SAME_NAME.has(playbook.decision) ? (playbook.decision as DecisionKind) : RENAMED[playbook.decision];
  if (!decision) return undefined;
  const cause = facts.situations.find((id) => PROBLEMS.has(id)) ?? facts.situations.find(isSituationId);
  const sendsBack = decision === 'exchange' || decision === 'return';
  const postage: PostagePayer | undefined =
    !sendsBack || playbook.shopPaysReturnShipping === undefined
      ? undefined
      : playbook.shopPaysReturnShipping
        ? 'seller'
        : facts.insured
          ? 'insurance'
          : 'buyer';
  return { kind: 'decision', decision, at: facts.at, ...(cause ? { cause } : {}), ...(postage ? { postage } : {}) };
}
