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
  // The background answers every refetch (any archive change, the page regaining focus) with a
  // new array; building the layer for 2,000 examples takes about 170 ms on the loaded bench
  // machine, so it is rebuilt only when the examples themselves changed.
  const signature = (examples ?? []).map((e) => `${e.id}:${e.situation}`).join(',');
  // eslint-disable-next-line react-hooks/exhaustive-deps
  return useMemo(() => (create ? create(examples ?? []) : undefined), [create, signature]);
}
