/**
 * What `advise` works on and what it returns. A conversation is everything the sidebar knows
 * about one chat (messages, product, order, customer, the shop's settings); the view is
 * exactly what the sidebar shows for it. The CLI and the sidebar build the same conversation
 * and read the same view, so a conversation replayed outside the browser gets the same advice.
 */
import type { Order, Platform, TaskKind } from '../db/schemas';
import type { Locale, Localized } from '../i18n/localized';
import type { PlaybookValues } from '../playbooks/playbook-values';
import type { ScriptGroup } from '../scripts/script-types';
import type { VariableName } from '../scripts/variables';
import type { VariableValues } from '../scripts/render';
import type { Currency } from '../settings/currency';
import type { Settings } from '../settings/settings';
import type { Classification } from '../situations/classify';

export interface ChatLine {
  from: 'buyer' | 'seller';
  text: string;
  /** Epoch ms when the page or the caller gives it. */
  at?: number;
}

export interface ProductFacts {
  /** The platform's product id or the title: what product settings (list and floor price) are keyed by. */
  key?: string;
  title?: string;
  /** The list price in the shop's currency. */
  price?: number;
  /** The lowest acceptable price; never shown to the buyer. */
  floorPrice?: number;
  category?: string;
  perishable?: boolean;
}

export interface CustomerFacts {
  id?: string;
  vipLevel: number;
  /** Orders on file for this buyer, this one included. */
  orderCount: number;
  points?: number;
}

export interface AdviseConversation {
  now: number;
  platform: Platform;
  locale: Locale;
  /** The shop's settings (name, policy, currency...). */
  settings: Settings;
  messages: readonly ChatLine[];
  product?: ProductFacts;
  order?: Order;
  /** This order carries return-shipping insurance (运费险); the shop setting applies when unset. */
  returnShippingInsurance?: boolean;
  customer?: CustomerFacts;
  /** The buyer's nickname as the chat shows it (masked ones are ignored when filling replies). */
  buyerNickname?: string;
  /** What the seller told the review playbook in the panel. */
  review?: { fixDone?: boolean; sellerAtFault?: boolean };
}

/** The conversation with what `advise` works out once for every playbook. */
export interface ConversationFacts extends AdviseConversation {
  /** The classification of the buyer's latest message, with the earlier ones as context. */
  classification: Classification;
  /** Index in `messages` of the buyer's latest message; -1 when the buyer has said nothing. */
  lastBuyerIndex: number;
  currency: Currency;
  /** The classifier's score for a situation in the latest message (0 when not listed). */
  scoreOf(id: string): number;
  /** The conversation's classifier, for a playbook that reads an earlier message on its own. */
  classifyText(text: string): Classification;
  /**
   * The seller picked the main situation in the sidebar: a playbook decides only for it, not
   * from words it would otherwise follow on its own (an offer in a running haggle, a bare 退款).
   */
  situationChosen: boolean;
}

/** A follow-up the decision plans; the sidebar adds the customer and order when it stores it. */
export interface PlannedTask {
  kind: TaskKind;
  dueAt: number;
  /** The script the reminder opens with. */
  scriptId?: string;
  /** Unique per order (or per customer and day) so the same step is never planned twice. */
  rule: string;
}

/**
 * A playbook's decision for the conversation. Its replies come from `replyGroups` only: the
 * scripts of other situations were written without this decision and could contradict it.
 */
export interface PlaybookVerdict {
  id: string;
  advice: Localized;
  decision?: string;
  /** The price the reply names (haggling), in the shop's currency. */
  offer?: number;
  /** How many items the offer covers when the buyer priced several ("两件100"). */
  quantity?: number;
  accept?: boolean;
  shopPaysReturnShipping?: boolean;
  replyGroups: readonly ScriptGroup[];
  values: PlaybookValues;
  tasks: readonly PlannedTask[];
  /** Short facts the panel shows as chips ("买家出价 15 → 18"). */
  chips?: readonly Localized[];
  /** A fact the seller must supply before the playbook can decide (the list price). */
  needs?: 'list_price';
}

/**
 * One playbook: it reads the whole conversation and either decides or steps aside (null).
 * Playbooks are tried in the registry's order and the first decision is the conversation's.
 */
export interface Playbook {
  id: string;
  decide(conversation: ConversationFacts): PlaybookVerdict | null;
}

export interface ReplyView {
  id: string;
  title: string;
  /** The filled text; with values missing, a preview naming them in 【】 (never to be inserted). */
  text: string;
  missing: VariableName[];
  compliance: 'ok' | 'warn' | 'block';
  /** The template and the values it was filled with, so the sidebar can ask for what is missing. */
  body: string;
  values: VariableValues;
  /** The situation or playbook group the reply answers. */
  group: string;
}

export interface PlaybookView {
  id: string;
  advice: string;
  decision?: string;
  offer?: number;
  quantity?: number;
  accept?: boolean;
  shopPaysReturnShipping?: boolean;
  chips: string[];
  needs?: 'list_price';
}

export interface AdviseView {
  situations: { id: string; score: number }[];
  replies: ReplyView[];
  playbook: PlaybookView | null;
  tasks: PlannedTask[];
  /** The classification behind `situations`, with the cues the sidebar shows as "why". */
  classification: Classification;
  /** The buyer's latest message, when there is one. */
  buyerMessage?: string;
}
