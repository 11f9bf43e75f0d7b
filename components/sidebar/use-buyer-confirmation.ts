/**
 * The seller's confirmation of a nickname match for this tab (kept by the background, see
 * lib/background/buyer-confirmations.ts). Only nickname matches have one; a buyer id from the
 * page needs none.
 */
import { useCallback, useEffect, useState } from 'react';
import type { BuyerIdentity } from '../../lib/assist/buyer-identity';
import { sendToBackground } from '../../lib/messaging/client';

export interface BuyerConfirmation {
  /** The confirmed card for this nickname in this tab; undefined while unknown or none. */
  confirmedCustomerId?: string;
  /** Confirm a card (its id) or take the confirmation back (null). */
  set(customerId: string | null): Promise<void>;
}

export function useBuyerConfirmation(identity: BuyerIdentity | undefined): BuyerConfirmation {
  const nickname = identity?.basis === 'nickname' ? identity.nickname : undefined;
  const platform = identity?.platform;
  const key = platform && nickname ? JSON.stringify([platform, nickname]) : undefined;
  const [state, setState] = useState<{ key: string; customerId: string | null }>();

  useEffect(() => {
    if (!key || !platform || !nickname) return;
    let live = true;
    sendToBackground('bg:buyerConfirmation', { platform, nickname }).then(
      (answer) => live && setState({ key, customerId: answer.customerId }),
      // Unknown counts as unconfirmed: facts stay out of replies.
      () => live && setState({ key, customerId: null }),
    );
    return () => {
      live = false;
    };
  }, [key, platform, nickname]);

  const set = useCallback(
    async (customerId: string | null) => {
      if (!key || !platform || !nickname) return;
      const answer = await sendToBackground('bg:confirmBuyer', { platform, nickname, customerId });
      setState({ key, customerId: answer.customerId });
    },
    [key, platform, nickname],
  );

  // Never carry one nickname's confirmation over to the next conversation.
  const confirmedCustomerId = state && state.key === key ? (state.customerId ?? undefined) : undefined;
  return { confirmedCustomerId, set };
}
