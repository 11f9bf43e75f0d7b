/**
 * The per-shop layer over the stored corrections, built from the same lazily loaded code as
 * the classifier (character grams, normalisation), so the sidebar's first paint does not carry
 * it. Rebuilt whenever the stored examples change (a correction added here or deleted in the
 * options).
 */
import { useEffect, useMemo, useState } from 'react';
import type { SituationExample } from '../../lib/db/schemas';
import type { ShopLayer } from '../../lib/situations/shop-layer';

type Factory = (typeof import('../../lib/situations/shop-layer'))['createShopLayer'];
let loading: Promise<Factory> | undefined;

export function useShopLayer(examples: readonly SituationExample[] | null | undefined): ShopLayer | undefined {
  const [create, setCreate] = useState<Factory>();
  useEffect(() => {
    let live = true;
    loading ??= import('../../lib/situations/shop-layer').then((m) => m.createShopLayer);
    void loading.then((fn) => {
      if (live) setCreate(() => fn);
    });
    return () => {
      live = false;
    };
  }, []);
  return useMemo(() => (create ? create(examples ?? []) : undefined), [create, examples]);
}
