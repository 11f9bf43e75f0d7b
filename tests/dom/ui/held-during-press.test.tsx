/**
 * useHeldDuringPress: a value that changes while the seller presses keeps showing the old one
 * until the press is over and its click delivered; then the newer one shows.
 */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useHeldDuringPress } from '../../../components/sidebar/use-held-during-press';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let shown: { value: string; holding: boolean }[] = [];
function Advice({ value }: { value: string }) {
  shown.push(useHeldDuringPress(value));
  return null;
}
const last = () => shown.at(-1)!;

let root: Root;
beforeEach(() => {
  vi.useFakeTimers();
  shown = [];
  root = createRoot(document.createElement('div'));
});
afterEach(() => {
  act(() => root.unmount());
  vi.useRealTimers();
});

const press = (type: 'pointerdown' | 'pointerup' | 'pointercancel') => act(() => void document.dispatchEvent(new Event(type)));

describe('useHeldDuringPress', () => {
  it('follows the value when nothing is pressed', () => {
    act(() => root.render(<Advice value="haggle" />));
    act(() => root.render(<Advice value="damaged" />));
    expect(last()).toEqual({ value: 'damaged', holding: false });
  });

  it('keeps the value from before the press until after the release, then shows the newer one', () => {
    act(() => root.render(<Advice value="haggle" />));
    press('pointerdown');
    act(() => root.render(<Advice value="damaged" />));
    expect(last()).toEqual({ value: 'haggle', holding: true });
    // The click that follows the release is delivered before anything changes.
    press('pointerup');
    expect(last()).toEqual({ value: 'haggle', holding: true });
    act(() => void vi.runOnlyPendingTimers());
    expect(last()).toEqual({ value: 'damaged', holding: false });
  });

  it('lets go after a cancelled press, and never holds longer than a few seconds', () => {
    act(() => root.render(<Advice value="a" />));
    press('pointerdown');
    act(() => root.render(<Advice value="b" />));
    press('pointercancel');
    act(() => void vi.runOnlyPendingTimers());
    expect(last().value).toBe('b');

    press('pointerdown');
    act(() => root.render(<Advice value="c" />));
    expect(last().value).toBe('b');
    // A release the frame never saw (the press ended in another window).
    act(() => void vi.advanceTimersByTime(3_000));
    expect(last()).toEqual({ value: 'c', holding: false });
  });
});
