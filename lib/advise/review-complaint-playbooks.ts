/**
 * The review and complaint flows as registry playbooks, wrapping lib/playbooks/reviews.ts as it
 * stands. (The complaints work replaces these with its own module; the registry entry is all
 * that changes.)
 */
import { decideComplaint, decideReviewResponse } from '../playbooks/reviews';
import type { SituationId } from '../situations/taxonomy';
import { SIDE_EVIDENCE } from '../playbooks/returns';
import { plannedFrom } from './planned-tasks';
import type { ConversationFacts, Playbook } from './types';

/** Until the sidebar stores them, tasks belong to this stand-in owner. */
const NOBODY = 'conversation';


function basis(c: ConversationFacts) {
  return {
    now: c.now,
    policy: c.settings.policy,
    customerId: c.customer?.id ?? NOBODY,
    ...(c.order ? { order: c.order } : {}),
    ...(c.product?.category ? { category: c.product.category } : {}),
    ...(c.settings.shop.returnAddress ? { returnAddress: c.settings.shop.returnAddress } : {}),
  };
}

const main = (c: ConversationFacts) => c.classification.situations[0]?.id;

export const complaintPlaybook: Playbook = {
  id: 'complaint',
  decide(c) {
    if (main(c) !== 'complaint') return null;
    // Side situations count only with real evidence: a 0.1 "damaged" must not turn a complaint
    // into an admitted return.
    const situations = c.classification.situations.filter((s, i) => i === 0 || s.score >= SIDE_EVIDENCE).map((s) => s.id as SituationId);
    const d = decideComplaint({ ...basis(c), situations });
    return {
      id: 'complaint',
      advice: d.why,
      decision: d.coveredByReturnPolicy ? 'accept' : 'acknowledge',
      replyGroups: [d.scriptGroup],
      values: d.values,
      tasks: plannedFrom(d.tasks),
    };
  },
};

export const reviewPlaybook: Playbook = {
  id: 'review',
  decide(c) {
    if (main(c) !== 'bad_review') return null;
    const d = decideReviewResponse({
      ...basis(c),
      rating: 'bad',
      ...(c.review?.sellerAtFault !== undefined ? { sellerAtFault: c.review.sellerAtFault } : {}),
      ...(c.review?.fixDone ? { fixDone: true } : {}),
    });
    return {
      id: 'review',
      advice: d.why,
      decision: d.appeal ? 'appeal' : d.scriptGroup === 'playbook.review_reconsider' ? 'ask_reconsider' : 'apologise_fix',
      replyGroups: [d.scriptGroup],
      values: d.values,
      tasks: plannedFrom(d.tasks),
    };
  },
};
