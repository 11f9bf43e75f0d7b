import { describe, expect, it } from 'vitest';
import { FrameEditors } from '../../../lib/content/frame-editors';

const state = (selection = '', hasInput = false, focused = false) => ({ selection, hasInput, focused });

describe('FrameEditors', () => {
  it('takes the newest selection in any frame as the buyer message, and keeps it when selections collapse', () => {
    const editors = new FrameEditors();
    expect(editors.latestSelection()).toBeUndefined();
    editors.update(0, state('在吗'));
    editors.update(3, state('能便宜点吗'));
    expect(editors.latestSelection()).toBe('能便宜点吗');
    // The seller clicks into the reply box: the selection collapses, the message stays.
    editors.update(3, state('', true, true));
    expect(editors.latestSelection()).toBe('能便宜点吗');
    editors.update(0, state('快递到哪了'));
    expect(editors.latestSelection()).toBe('快递到哪了');
    // Re-reporting an older selection does not make it newer.
    editors.update(3, state('能便宜点吗', true));
    expect(editors.latestSelection()).toBe('快递到哪了');
  });

  it('inserts into the frame whose editor was focused last', () => {
    const editors = new FrameEditors();
    expect(editors.insertTarget()).toBeUndefined();
    expect(editors.hasInput()).toBe(false);
    editors.update(2, state('', true, true));
    editors.update(5, state('', true, true));
    expect(editors.insertTarget()).toBe(5);
    editors.update(2, state('', true, true));
    expect(editors.insertTarget()).toBe(2);
    // A selection made in frame 5 does not move the insertion there.
    editors.update(5, state('买家的话', true, false));
    expect(editors.insertTarget()).toBe(2);
    expect(editors.hasInput()).toBe(true);
  });

  it('forgets a frame that left (pagehide reports nothing) or failed an insertion', () => {
    const editors = new FrameEditors();
    editors.update(2, state('选中', true, true));
    editors.update(4, state('', true, true));
    expect(editors.update(4, state())).toBe(true);
    expect(editors.insertTarget()).toBe(2);
    editors.remove(2);
    expect(editors.insertTarget()).toBeUndefined();
    expect(editors.latestSelection()).toBeUndefined();
  });

  it('says whether a report changed anything, so the sidebar is not re-sent the same snapshot', () => {
    const editors = new FrameEditors();
    expect(editors.update(1, state('', true))).toBe(true);
    expect(editors.update(1, state('', true))).toBe(false);
    expect(editors.update(1, state('', true, true))).toBe(true);
    expect(editors.update(7, state())).toBe(false);
  });
});
