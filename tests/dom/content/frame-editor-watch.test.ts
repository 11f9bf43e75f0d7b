import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchFrameEditor } from '../../../lib/content/frame-editor-watch';
import type { FrameEditorState } from '../../../lib/messaging/schemas';

describe('watchFrameEditor', () => {
  let controller: AbortController;
  let reports: FrameEditorState[];

  beforeEach(() => {
    document.body.innerHTML = '<p id="line">老板，这个能便宜点吗？</p><textarea id="reply"></textarea><div id="rich" contenteditable="true"><p>hi</p></div>';
    controller = new AbortController();
    reports = [];
    document.getSelection()?.removeAllRanges();
  });
  afterEach(() => controller.abort());

  const select = (id: string) => {
    const range = document.createRange();
    range.selectNodeContents(document.getElementById(id)!);
    const selection = document.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  };

  it('reports a focused editor at once, and the selection once it settles', async () => {
    watchFrameEditor(document, controller.signal, (state) => reports.push(state));
    expect(reports).toEqual([]);
    document.getElementById('reply')!.focus();
    expect(reports.at(-1)).toEqual({ selection: '', hasInput: true, focused: true });

    select('line');
    await expect.poll(() => reports.at(-1)?.selection).toBe('老板，这个能便宜点吗？');
    expect(reports.at(-1)).toEqual({ selection: '老板，这个能便宜点吗？', hasInput: true, focused: false });
  });

  it('reports a focus inside a rich editor, and every focus even when nothing else changed', () => {
    watchFrameEditor(document, controller.signal, (state) => reports.push(state));
    const inner = document.querySelector('#rich p') as HTMLElement;
    inner.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    inner.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(reports.filter((r) => r.focused)).toHaveLength(2);
  });

  it('counts an editor focused before it started, says so when the frame leaves, and stops when aborted', () => {
    document.getElementById('reply')!.focus();
    watchFrameEditor(document, controller.signal, (state) => reports.push(state));
    expect(reports).toEqual([{ selection: '', hasInput: true, focused: true }]);
    window.dispatchEvent(new Event('pagehide'));
    expect(reports.at(-1)).toEqual({ selection: '', hasInput: false, focused: false });
    controller.abort();
    const count = reports.length;
    document.getElementById('rich')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    window.dispatchEvent(new Event('pagehide'));
    expect(reports).toHaveLength(count);
  });

  it('ignores focus on things that are not editors', () => {
    watchFrameEditor(document, controller.signal, (state) => reports.push(state));
    document.getElementById('line')!.dispatchEvent(new FocusEvent('focusin', { bubbles: true }));
    expect(reports).toEqual([]);
  });
});
