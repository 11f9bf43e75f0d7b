import { describe, expect, it } from 'vitest';
import { chooseSituation, lastBuyerWithHistory } from '../../../lib/situations/conversation';

describe('lastBuyerWithHistory', () => {
  it('takes the newest buyer message and the turns before it, seller turns included, oldest first', () => {
    const messages = [
      { from: 'buyer' as const, text: '杯子碎了' },
      { from: 'agent' as const, text: '亲 拍个照' },
      { from: 'buyer' as const, text: ' ' },
      { from: 'buyer' as const, text: '那怎么弄' },
      { from: 'agent' as const, text: '稍等' },
    ];
    expect(lastBuyerWithHistory(messages)).toEqual({
      text: '那怎么弄',
      history: [
        { from: 'buyer', text: '杯子碎了' },
        { from: 'seller', text: '亲 拍个照' },
      ],
    });
    expect(lastBuyerWithHistory(messages, 1)?.history).toEqual([]);
    expect(lastBuyerWithHistory([{ from: 'agent', text: 'hi' }])).toBeUndefined();
  });
});

describe('chooseSituation', () => {
  it('puts the chosen situation first and clears unsure', () => {
    const c = {
      situations: [
        { id: 'other' as const, score: 0.4, cues: [] },
        { id: 'logistics' as const, score: 0.35, cues: ['快递'] },
      ],
      entities: {} as never,
      unsure: true,
    };
    const chosen = chooseSituation(c, 'logistics');
    expect(chosen.situations.map((s) => s.id)).toEqual(['logistics', 'other']);
    expect(chosen.unsure).toBe(false);
    expect(chooseSituation(c, 'refund').situations[0]!.id).toBe('refund');
  });
});
