/**
 * Keeps showing what was on screen while the seller is pressing something in it.
 *
 * A buyer message that arrives between the seller's press and release re-renders the advice
 * under the pointer: the press started on one reply's 插入 (or the card's 建档) and ends on
 * whatever moved there, so the click goes to another reply or is lost. While a pointer is down
 * anywhere in `root`, the hook returns the value from before the press; the newer one shows
 * once the press is over, after the click it produced has been delivered.
 */
import { useEffect, useRef, useState } from 'react';

const MAX_HOLD_MS = 3_000;

export interface Held<T> {
  value: T;
  /** A newer value is waiting for the press to end. */
  holding: boolean;
}

export function useHeldDuringPress<T>(value: T, root: Document = document): Held<T> {
  const [pressing, setPressing] = useState(false);
  const shown = useRef(value);
  if (!pressing) shown.current = value;

  useEffect(() => {
    let release: ReturnType<typeof setTimeout> | undefined;
    const down = () => {
      clearTimeout(release);
      setPressing(true);
      // Never hold for long: a release this frame did not see must not freeze the advice.
      release = setTimeout(() => setPressing(false), MAX_HOLD_MS);
    };
    // pointerup, mouseup and click run in one task: a state change in pointerup would re-render
    // before the click is delivered. A timeout runs after the click.
    const up = () => {
      clearTimeout(release);
      release = setTimeout(() => setPressing(false), 0);
    };
    const options = { capture: true };
    root.addEventListener('pointerdown', down, options);
    root.addEventListener('pointerup', up, options);
    root.addEventListener('pointercancel', up, options);
    // A press that ends outside the frame never sends pointerup here.
    const view = root.defaultView;
    view?.addEventListener('blur', up);
    return () => {
      clearTimeout(release);
      root.removeEventListener('pointerdown', down, options);
      root.removeEventListener('pointerup', up, options);
      root.removeEventListener('pointercancel', up, options);
      view?.removeEventListener('blur', up);
    };
  }, [root]);

  return { value: shown.current, holding: pressing && shown.current !== value };
}
