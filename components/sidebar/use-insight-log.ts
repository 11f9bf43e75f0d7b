/**
 * The sidebar's part in the insights event log: each buyer message it handled is logged once
 * (when its situation is known), a correction replaces the logged situations, and an insert
 * records the script and the playbook's decision. Everything is sent to the background without
 * waiting and without making the sidebar refetch (`useQuietArchiveCommand`); a failure is only
 * a console warning, never something the seller has to deal with.
 */
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type { AdviseView } from '../../lib/advise/types';
import type { Platform } from '../../lib/db/schemas';
import { insightMessageKey } from '../../lib/insights/event-log';
import { decisionOutcome, eventSituations } from '../../lib/insights/sidebar-outcome';
import { returnShippingInsured } from '../../lib/playbooks/shipping-insurance';
import type { Settings } from '../../lib/settings/settings';
import type { Classification, Turn } from '../../lib/situations/classify';
import type { ChatSnapshot } from '../../lib/sites/types';
import { useQuietArchiveCommand } from '../archive';

const warn = (what: string) => (error: unknown) => console.warn(`[seller-assistant] insights: ${what} not logged`, error);

export interface InsightLogSources {
  platform: Platform;
  /** `platform:uid` of the buyer; nothing is logged without one. */
  conversationKey: string | undefined;
  turn: { text: string; history: Turn[] } | undefined;
  /** After the seller's correction, if any. */
  classification: Classification | undefined;
  corrected: boolean;
  product: ChatSnapshot['product'] | undefined;
  settings: Settings;
}

export function useInsightLog(s: InsightLogSources) {
  const send = useQuietArchiveCommand();
  const logged = useRef(new Set<string>());
  const messageKey = useMemo(
    () => (s.conversationKey && s.turn ? insightMessageKey(s.conversationKey, s.turn.text, s.turn.history.at(-1)?.text) : undefined),
    [s.conversationKey, s.turn],
  );

  const { platform, conversationKey, turn, classification, corrected, product } = s;
  useEffect(() => {
    if (!messageKey || !conversationKey || !turn || !classification || logged.current.has(messageKey)) return;
    logged.current.add(messageKey);
    const productKey = (product?.id ?? product?.title ?? '').slice(0, 120);
    void send('logInsightEvent', {
      at: Date.now(),
      platform,
      buyerKey: conversationKey,
      messageKey,
      ...(productKey ? { productKey } : {}),
      ...(product?.title ? { productName: product.title.slice(0, 120) } : {}),
      situations: eventSituations(classification),
      ...(corrected ? { corrected: true } : {}),
      // Stored only if the seller turned keeping text on; the background decides.
      text: turn.text.slice(0, 2000),
    }).catch(warn('message'));
  }, [messageKey, conversationKey, turn, classification, corrected, product, platform, send]);

  /** The seller corrected the situation: pass the corrected classification. */
  const corrections = useCallback(
    (next: Classification) => {
      if (!messageKey) return;
      void send('correctInsightEvent', { messageKey, situations: eventSituations(next) }).catch(warn('correction'));
    },
    [messageKey, send],
  );

  /** A reply was inserted: the script, and the playbook's decision when it is one the insights count. */
  const inserted = useCallback(
    (scriptId: string, view: AdviseView, listPrice: number | undefined, orderInsured: boolean | undefined) => {
      if (!messageKey) return;
      const at = Date.now();
      void send('addInsightOutcome', { messageKey, outcome: { kind: 'script', scriptId: scriptId.slice(0, 120), at } }).catch(warn('script'));
      const outcome = decisionOutcome({
        playbook: view.playbook,
        situations: eventSituations(view.classification),
        ...(listPrice !== undefined ? { listPrice } : {}),
        insured: returnShippingInsured(orderInsured, s.settings),
        at,
      });
      if (outcome) void send('addInsightOutcome', { messageKey, outcome }).catch(warn('decision'));
    },
    [messageKey, send, s.settings],
  );

  return { messageKey, corrections, inserted };
}
