/**
 * The shape the conversation flows (logistics, complaints, 催付, order confirmation, festival
 * greetings, lost sale, off-platform requests, after-sales progress) are written against. It is
 * a structural subset of the `advise` registry's `Playbook`, `ConversationFacts` and
 * `PlaybookVerdict` (lib/advise/types.ts on the advise-money branch): a flow exported here can
 * be listed in that registry as it is, and until then it runs on its own in unit tests.
 */
import type { Order, TaskKind } from '../db/schemas';
import type { Locale, Localized } from '../i18n/localized';
import type { ScriptGroup } from '../scripts/script-types';
import type { Settings } from '../settings/settings';
import type { PlaybookValues } from './playbook-values';

export interface FlowLine {
  from: 'buyer' | 'seller';
  text: string;
  /** Epoch ms, when known. */
  at?: number;
}

export interface FlowConversation {
  now: number;
  platform: string;
  locale: Locale;
  settings: Settings;
  messages: readonly FlowLine[];
  product?: { key?: string; title?: string; price?: number; category?: string; perishable?: boolean };
  /** The order this chat is about, as the archive stores it. */
  order?: Order;
  /** 运费险 on this order; unset: the shop's setting, else none. */
  returnShippingInsurance?: boolean;
  buyerNickname?: string;
  /** ISO 4217 code the shop quotes in, when the caller has resolved it. */
  currency?: string;
}

export interface FlowTask {
  kind: TaskKind;
  dueAt: number;
  /** The script the reminder opens with. */
  scriptId?: string;
  /** Unique per order (or per conversation and day), so a step is never planned twice. */
  rule: string;
}

export interface FlowVerdict {
  /** The playbook's id as `advise` prints it: logistics, complaint, payment_reminder... */
  id: string;
  advice: Localized;
  decision?: string;
  shopPaysReturnShipping?: boolean;
  /** Which case of the flow this is (late, delivered_not_received...), for the panel and tests. */
  case: string;
  /** The replies come from these groups only, in this order. */
  replyGroups: readonly ScriptGroup[];
  /** Values the flow decides (deadline, resolution, festival); the rest comes from the data. */
  values: PlaybookValues;
  tasks: readonly FlowTask[];
  chips?: readonly Localized[];
}

export interface FlowPlaybook {
  id: string;
  decide(conversation: FlowConversation): FlowVerdict | null;
}
