/**
 * advise, without a classifier of its own: one conversation in, the sidebar's view out: the
 * situations of the buyer's latest message, the replies to offer, the playbook's decision and
 * the follow-ups it plans. Pure and synchronous. The caller hands in the classifier (the
 * sidebar loads the model lazily, in a chunk of its own, so importing this module never pulls
 * the model in) and may hand in the classification itself: the sidebar's, blended with the
 * shop's corrections or picked by the seller. `advise.ts` is the same with the full classifier.
 *
 * One decision per conversation: the first playbook of the registry that decides owns the
 * conversation, and the replies then come from its reply groups only. Scripts written for the
 * message's situations, without the decision, are offered only when no playbook decides.
 */
import { fillSourcesOfConversation, fillValues, replyFacts } from '../assist/fill-values';
import { libraryOf, usageOf } from '../assist/suggestions';
import { checkCompliance, verdictOf } from '../compliance';
import type { Template } from '../db/schemas';
import { valuesFor } from '../playbooks/playbook-values';
import type { ReplyFacts } from '../scripts/claims';
import type { EffectiveScript } from '../scripts/library';
import { renderScript, type VariableValues } from '../scripts/render';
import { suggestReplies, type ScriptUsage } from '../scripts/suggest';
import { isVariableName } from '../scripts/variables';
import { currencyFor } from '../settings/currency';
import type { Classification, Classifier } from '../situations/classify';
import { lastBuyerWithHistory } from '../situations/conversation';
import { PLAYBOOKS, SELLER_FIRST_PLAYBOOKS, WORD_DRIVEN_PLAYBOOKS } from './playbook-registry';
import type {
  AdviseConversation,
  AdviseView,
  ConversationFacts,
  Playbook,
  PlaybookVerdict,
  ReplyView,
} from './types';

export interface AdviseOptions {
  /** The seller's templates (overrides, own scripts, usage); the built-ins alone when absent. */
  templates?: readonly Template[];
  /** A library merged once by the caller, to skip merging on every message. */
  library?: readonly EffectiveScript[];
  usage?: Readonly<Record<string, ScriptUsage>>;
  /** How many replies to offer (3, like the sidebar). */
  limit?: number;
  /** Another registry (tests). */
  playbooks?: readonly Playbook[];
  /**
   * The classification of the buyer's latest message, worked out by the caller (the sidebar's
   * lazily loaded model, blended with the shop's corrections, or the situation the seller
   * picked). Without it the classifier reads the message with the turns before it.
   */
  classification?: Classification;
  /** The classification's main situation is the seller's pick (see ConversationFacts). */
  situationChosen?: boolean;
}

export interface ClassifierOption {
  /** Classifies a buyer message (with its history); playbooks also read earlier messages with it. */
  classifier: Classifier;
}

/** How many turns before the buyer's latest message the classifier reads (the sidebar reads 20). */
export const CONTEXT_TURNS = 20;

export function factsOf(
  conversation: AdviseConversation,
  classifier: Classifier,
  given?: Classification,
  situationChosen = false,
): ConversationFacts {
  const { messages } = conversation;
  let lastBuyerIndex = -1;
  for (let i = messages.length - 1; i >= 0; i -= 1) {
    if (messages[i]!.from === 'buyer' && messages[i]!.text.trim() !== '') {
      lastBuyerIndex = i;
      break;
    }
  }
  const turn = lastBuyerWithHistory(messages, CONTEXT_TURNS);
  const classification = given ?? (turn ? classifier(turn.text, { history: turn.history }) : classifier(''));
  const scores = new Map(classification.situations.map((s) => [s.id as string, s.score]));
  return {
    ...conversation,
    classification,
    lastBuyerIndex,
    currency: currencyFor(conversation.platform, conversation.settings.shop.currency),
    scoreOf: (id) => scores.get(id) ?? 0,
    classifyText: (text) => classifier(text),
    situationChosen: situationChosen && given !== undefined,
  };
}

export function decideConversation(
  facts: ConversationFacts,
  playbooks: readonly Playbook[] = PLAYBOOKS,
): PlaybookVerdict | null {
  const candidates =
    facts.lastBuyerIndex < 0
      ? playbooks.filter((p) => SELLER_FIRST_PLAYBOOKS.has(p))
      : facts.situationChosen
        ? playbooks.filter((p) => !WORD_DRIVEN_PLAYBOOKS.has(p))
        : playbooks;
  for (const playbook of candidates) {
    const verdict = playbook.decide(facts);
    if (verdict) return verdict;
  }
  return null;
}

/**
 * The facts a reply can be filled with (lib/assist/fill-values.ts), at the conversation's own
 * time and in its currency, and the facts that decide which scripts may be offered at all.
 * The caller hands over an order only for a buyer it trusts (the sidebar withholds an
 * unconfirmed nickname match's archive; the command's input is the seller's own).
 */
export function conversationValues(facts: ConversationFacts): { values: VariableValues; replyFacts: ReplyFacts } {
  const sources = fillSourcesOfConversation(facts);
  const values = fillValues(sources);
  if (facts.customer && facts.customer.vipLevel > 0) values.vip_level = String(facts.customer.vipLevel);
  if (facts.customer?.points) values.points = String(facts.customer.points);
  return { values, replyFacts: replyFacts(sources) };
}

function verdictValues(verdict: PlaybookVerdict, facts: ConversationFacts): VariableValues {
  const out: VariableValues = {};
  for (const [name, value] of Object.entries(valuesFor(verdict.values, facts.locale))) {
    if (isVariableName(name)) out[name] = value;
  }
  return out;
}

function severityOf(text: string, facts: ConversationFacts): ReplyView['compliance'] {
  return text ? verdictOf(checkCompliance(text, { platform: facts.platform })) : 'ok';
}

export function adviseWith(conversation: AdviseConversation, options: AdviseOptions & ClassifierOption): AdviseView {
  const facts = factsOf(conversation, options.classifier, options.classification, options.situationChosen);
  const verdict = decideConversation(facts, options.playbooks);
  const { values: pageValues, replyFacts: backed } = conversationValues(facts);
  const values: VariableValues = verdict ? { ...pageValues, ...verdictValues(verdict, facts) } : pageValues;
  const templates = options.templates ?? [];
  const library = options.library ?? libraryOf(templates);
  const situations = verdict
    ? verdict.replyGroups.map((id) => ({ id, score: 1 }))
    : facts.lastBuyerIndex >= 0
      ? facts.classification.situations
      : [];
  const suggestions =
    situations.length === 0
      ? []
      : suggestReplies({
          situations,
          locale: facts.locale,
          values,
          library,
          usage: options.usage ?? usageOf(templates),
          customer: facts.customer ? { vipLevel: facts.customer.vipLevel, orderCount: facts.customer.orderCount } : undefined,
          limit: options.limit ?? 3,
          now: facts.now,
          facts: backed,
        });
  const replies: ReplyView[] = suggestions.map((s) => {
    const rendered = renderScript(s.script.body, values, facts.locale);
    const text = rendered.ok ? rendered.text : rendered.preview;
    return {
      id: s.script.id,
      title: s.script.title,
      text,
      missing: rendered.ok ? [] : rendered.missing,
      compliance: severityOf(text, facts),
      body: s.script.body,
      values,
      group: s.situation,
    };
  });
  return {
    situations: facts.lastBuyerIndex >= 0 ? facts.classification.situations.map(({ id, score }) => ({ id, score })) : [],
    replies,
    playbook: verdict
      ? {
          id: verdict.id,
          advice: verdict.advice[facts.locale],
          ...(verdict.decision !== undefined ? { decision: verdict.decision } : {}),
          ...(verdict.offer !== undefined ? { offer: verdict.offer } : {}),
          ...(verdict.quantity !== undefined ? { quantity: verdict.quantity } : {}),
          ...(verdict.accept !== undefined ? { accept: verdict.accept } : {}),
          ...(verdict.shopPaysReturnShipping !== undefined ? { shopPaysReturnShipping: verdict.shopPaysReturnShipping } : {}),
          chips: (verdict.chips ?? []).map((c) => c[facts.locale]),
          ...(verdict.needs ? { needs: verdict.needs } : {}),
        }
      : null,
    tasks: verdict ? [...verdict.tasks] : [],
    classification: facts.classification,
    ...(facts.lastBuyerIndex >= 0 ? { buyerMessage: facts.messages[facts.lastBuyerIndex]!.text } : {}),
  };
}
