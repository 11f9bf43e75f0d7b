import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MessageRejectedError, sendToBackground } from '../../../lib/messaging/client';

/** The background's answer to whatever is sent (the fake's own sendMessage answers a list). */
function answerWith(response: unknown) {
  return vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(response as never);
}

describe('sendToBackground', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('sends a typed envelope and returns the validated answer', async () => {
    const send = answerWith({ due: 3 });
    await expect(sendToBackground('bg:tasksChanged', {})).resolves.toEqual({ due: 3 });
    expect(send).toHaveBeenCalledWith({ type: 'bg:tasksChanged', payload: {} });
  });

  it('turns a rejection into MessageRejectedError carrying the reason', async () => {
    answerWith({ rejected: 'bg:tasksChanged: sender kind content-script may not send this message' });
    const error = await sendToBackground('bg:tasksChanged', {}).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MessageRejectedError);
    expect((error as Error).message).toContain('may not send');
  });

  it('refuses an answer that does not match the protocol', async () => {
    answerWith({ due: 'many' });
    await expect(sendToBackground('bg:tasksChanged', {})).rejects.toThrow(/bg:tasksChanged: malformed response/);
  });
});
