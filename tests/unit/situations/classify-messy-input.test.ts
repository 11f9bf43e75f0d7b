import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations';

const main = (text: string, previous?: string[]) => classify(text, { previous }).situations[0]?.id;

describe('classify: messy real input', () => {
  it('reads full-width letters, digits and punctuation', () => {
    expect(main('能便宜点吗？？')).toBe('haggle');
    expect(main('１５０卖不卖')).toBe('haggle');
    expect(main('ＸＬ码发成了Ｍ码')).toBe('wrong_item');
  });

  it('maps traditional characters to the cues', () => {
    expect(main('包郵嗎')).toBe('free_shipping');
    expect(main('甚麼時候發貨')).toBe('ship_time');
    expect(main('收到杯子碎了 要退貨')).toBe('damaged');
    expect(main('發錯貨了')).toBe('wrong_item');
    expect(main('我要投訴')).toBe('complaint');
  });

  it('ignores emoji and chat emoticon placeholders', () => {
    expect(main('亲😊包邮吗🙏')).toBe('free_shipping');
    expect(main('[捂脸]收到了 东西很好 谢谢👍')).toBe('received_ok');
  });

  it('treats anonymised placeholders as data, not words', () => {
    expect(main('订单[订单号]什么时候发货')).toBe('ship_time');
    expect(main('我的手机号***填错了 帮我改一下')).toBe('order_change');
  });

  it('classifies pasted order cards by what the buyer adds', () => {
    expect(main('商品：纯棉短袖 规格：白色 M 数量：1 实付：¥39.9 收到的是黑色的')).toBe('wrong_item');
    expect(main('订单编号：240101-123456789012345 快递到哪了')).toBe('logistics');
  });

  it('copes with no punctuation and run-on phrasing', () => {
    expect(main('亲在吗我昨天拍的怎么还没发货啊')).toBe('ship_time');
    expect(main('买了两件只收到一件另一件呢')).toBe('missing_item');
  });

  it('understands English buyers', () => {
    expect(main('is shipping free?')).toBe('free_shipping');
    expect(main('you sent me the wrong colour')).toBe('wrong_item');
    expect(main('the glass arrived cracked')).toBe('damaged');
    expect(main('how do I return this?')).toBe('return_request');
  });

  it("calls fragments and acknowledgements 'other'", () => {
    for (const text of ['好吧', '那算了', '嗯嗯', 'ok', '好的', 'ok thanks', '', '   ']) {
      expect(main(text), text).toBe('other');
    }
  });

  it('never returns an empty list and only known ids, scores within 0..1', () => {
    for (const text of ['', '？？？', '😂😂😂', '12345', 'asdfgh', '穿了一次就开线']) {
      const { situations } = classify(text);
      expect(situations.length).toBeGreaterThan(0);
      expect(situations.length).toBeLessThanOrEqual(3);
      for (const s of situations) {
        expect(s.score).toBeGreaterThanOrEqual(0);
        expect(s.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('explains each situation with the matched spans', () => {
    const [top] = classify('洗了一次就掉色').situations;
    expect(top?.id).toBe('quality_issue');
    expect(top?.cues.join('')).toContain('掉');
  });
});
