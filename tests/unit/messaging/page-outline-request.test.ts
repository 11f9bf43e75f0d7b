/** The background's side of "Copy page outline": its own tab only, results validated. */
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { collectPageOutline } from '../../../lib/background/page-outline';
import { backgroundRouter } from '../../../lib/background/message-router';
import { BASE, EXTENSION_ID } from './senders';

describe('collectPageOutline', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('injects the outline script into the frames of the asking tab and keeps string results, top frame first', async () => {
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([
      { frameId: 5, documentId: 'b', result: 'body\n  pre.edit' },
      { frameId: 0, documentId: 'a', result: 'body\n  main' },
      { frameId: 6, documentId: 'c', result: { html: '<b>not an outline</b>' } },
      { frameId: 7, documentId: 'd', result: 'x'.repeat(70_000) },
    ] as never);
    await expect(collectPageOutline({ tab: { id: 7 }, frameId: 9 })).resolves.toEqual({
      frames: [
        { frameId: 0, outline: 'body\n  main' },
        { frameId: 5, outline: 'body\n  pre.edit' },
      ],
    });
    expect(inject).toHaveBeenCalledWith({ target: { tabId: 7, allFrames: true }, files: ['/page-outline.js'] });
  });

  it('is refused to anyone but the sidebar framed by a seller page', async () => {
    vi.spyOn(fakeBrowser.runtime, 'id', 'get').mockReturnValue(EXTENSION_ID);
    vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${BASE}${path.replace(/^\//, '')}`);
    const inject = vi.spyOn(fakeBrowser.scripting, 'executeScript').mockResolvedValue([] as never);
    const page = 'https://qn.taobao.com/home.htm';
    for (const sender of [
      { id: EXTENSION_ID, url: page, tab: { id: 7, url: page }, frameId: 0 },
      { id: EXTENSION_ID, url: `${BASE}popup.html` },
      { id: EXTENSION_ID, url: `${BASE}sidebar.html`, tab: { id: 8, url: 'https://evil.example/' }, frameId: 2 },
    ]) {
      expect(await backgroundRouter({ type: 'bg:pageOutline', payload: {} }, sender)).toEqual({ rejected: expect.stringContaining('bg:pageOutline') });
    }
    expect(inject).not.toHaveBeenCalled();
    const sidebar = { id: EXTENSION_ID, url: `${BASE}sidebar.html`, tab: { id: 7, url: page }, frameId: 2 };
    expect(await backgroundRouter({ type: 'bg:pageOutline', payload: {} }, sidebar)).toEqual({ frames: [] });
    expect(inject).toHaveBeenCalledTimes(1);
  });
});
