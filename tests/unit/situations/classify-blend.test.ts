import { describe, expect, it } from 'vitest';
import { classify, createClassifier } from '../../../lib/situations/classify';
import { loadNgramModel, trainNgramModel } from '../../../lib/situations/ngram-model';
import { normalizeMessage } from '../../../lib/situations/normalize';
import { SITUATION_IDS } from '../../../lib/situations/taxonomy';

// A toy model that calls anything with "qq" an invoice question, to see where the model may speak.
// Every situation gets a little data of its own, as in the real model.
const toy = loadNgramModel(
  trainNgramModel(
    [
      ...SITUATION_IDS.map((situation, i) => ({ text: `filler${i} words`, situation, weight: 10 })),
      { text: 'qqqq', situation: 'invoice', weight: 10 },
      { text: 'qq qq', situation: 'invoice', weight: 10 },
    ],
    normalizeMessage,
    { alpha: 0.5, minExamples: 1 },
  ),
);
const withToy = createClassifier(toy);
const rulesOnly = createClassifier(null);
const main = (c: typeof classify, text: string) => c(text).situations[0]!.id;

describe('n-gram fallback', () => {
  it('decides when no rule cue fires', () => {
    expect(main(rulesOnly, 'qqqq qq')).toBe('other');
    expect(main(withToy, 'qqqq qq')).toBe('invoice');
  });

  it('does not override a strong rule cue, only adds a hint after it', () => {
    const ids = withToy('杯子碎了 qqqq').situations.map((s) => s.id);
    expect(ids[0]).toBe('damaged');
    expect(ids).toContain('invoice');
    const invoice = withToy('杯子碎了 qqqq').situations.find((s) => s.id === 'invoice')!;
    expect(invoice.score).toBeLessThan(withToy('杯子碎了 qqqq').situations[0]!.score);
  });

  it('never brings back a situation the buyer denied', () => {
    expect(classify('不是质量问题 就是不喜欢').situations.map((s) => s.id)).not.toContain('quality_issue');
  });

  it('leaves context fragments as other', () => {
    for (const text of ['好的谢谢', '嗯嗯', '知道啦 谢啦', '行行行', '👌', '😂😂', 'ok cool', '。。。']) {
      expect(main(classify, text)).toBe('other');
      expect(main(withToy, text)).toBe('other');
    }
  });

  it('lets the conversation, not the model, place a bare counter-offer', () => {
    expect(main(classify, '那就150吧')).not.toBe('missing_item');
    expect(classify('130', { previous: ['能便宜点吗'] }).situations[0]!.id).toBe('haggle');
  });

  it('reads new phrasings through the model (regional words, abbreviations)', () => {
    expect(main(classify, '肿么还不发货')).toBe('ship_time');
    expect(main(classify, '能by不')).toBe('free_shipping');
    expect(main(classify, 'tk能快点吗')).toBe('refund');
  });

  it('keeps the output contract: never empty, at most three, scores in 0..1', () => {
    for (const text of ['', '   ', 'qq', '碎了 退钱 差评 投诉', 'x'.repeat(5000)]) {
      const s = classify(text).situations;
      expect(s.length).toBeGreaterThan(0);
      expect(s.length).toBeLessThanOrEqual(3);
      for (const { score } of s) expect(score >= 0 && score <= 1).toBe(true);
    }
  });
});
