/**
 * The situation taxonomy. `taxonomy.json` is a copy of shared/situations.json; its ids are a
 * contract with the classifier's evaluation, so a unit test compares the copy to the source.
 */
import taxonomy from './taxonomy.json';
import type { Localized } from '../i18n/localized';

export const SITUATION_IDS = [
  'greeting',
  'product_info',
  'authenticity',
  'haggle',
  'free_shipping',
  'gift',
  'payment',
  'price_drop',
  'ship_time',
  'logistics',
  'order_change',
  'invoice',
  'received_ok',
  'damaged',
  'missing_item',
  'wrong_item',
  'quality_issue',
  'size_fit',
  'return_request',
  'refund',
  'complaint',
  'bad_review',
  'review',
  'other',
] as const;
export type SituationId = (typeof SITUATION_IDS)[number];
export type SituationStage = 'pre_sale' | 'order' | 'after_sale' | 'any';

export interface Situation {
  id: SituationId;
  stage: SituationStage;
  name: Localized;
  definition: string;
}

export const SITUATIONS: readonly Situation[] = taxonomy.situations.map((s) => ({
  id: s.id as SituationId,
  stage: s.stage as SituationStage,
  name: { 'zh-CN': s.zh, en: s.en },
  definition: s.definition,
}));

const byId = new Map(SITUATIONS.map((s) => [s.id, s]));

export function getSituation(id: SituationId): Situation {
  const found = byId.get(id);
  if (!found) throw new Error(`Unknown situation id: ${id}`);
  return found;
}

export function isSituationId(value: string): value is SituationId {
  return byId.has(value as SituationId);
}
