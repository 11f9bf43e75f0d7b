/**
 * useLeaveWarning: the page asks before closing only while work is in progress, and stops
 * asking once it is done.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useLeaveWarning } from '../../../components/use-leave-warning';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

function Page({ busy }: { busy: boolean }) {
  useLeaveWarning(busy);
  return null;
}

let root: Root;
beforeEach(() => {
  root = createRoot(document.createElement('div'));
});
afterEach(() => act(() => root.unmount()));

/** Whether closing the page now would be held up for the seller to confirm. */
function closingAsks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('useLeaveWarning', () => {
  it('asks before leaving only while busy', () => {
    act(() => root.render(<Page busy={false} />));
    expect(closingAsks()).toBe(false);
    act(() => root.render(<Page busy />));
    expect(closingAsks()).toBe(true);
    act(() => root.render(<Page busy={false} />));
    expect(closingAsks()).toBe(false);
  });

  it('stops asking when the page is gone', () => {
    act(() => root.render(<Page busy />));
    act(() => root.unmount());
    root = createRoot(document.createElement('div'));
    expect(closingAsks()).toBe(false);
  });
});
