import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations';

const ids = (text: string, previous?: string[]) => classify(text, { previous }).situations.map((s) => s.id);
const main = (text: string, previous?: string[]) => ids(text, previous)[0];

describe('classify: negation', () => {
  it('does not take a denied cue for the situation', () => {
    expect(ids('不是质量问题')).not.toContain('quality_issue');
    expect(ids('不要赠品了')).not.toContain('gift');
    expect(ids('不用包邮')).not.toContain('free_shipping');
    expect(main('不满意')).not.toBe('received_ok');
  });

  it('keeps a negated cue that is asked about', () => {
    expect(main('没有赠品吗')).toBe('gift');
    expect(main('不包邮吗')).toBe('free_shipping');
  });

  it('lets the real reason through when another is denied', () => {
    expect(main('不是质量问题 就是不喜欢 想退')).toBe('size_fit');
  });
});

describe('classify: questions before buying vs problems after', () => {
  it('reads a worry before purchase as a pre-sale question', () => {
    expect(main('会不会掉色')).toBe('authenticity');
    expect(main('这款偏大吗')).toBe('product_info');
  });

  it('reads the same words after receipt as a problem', () => {
    expect(main('洗了一次就掉色')).toBe('quality_issue');
    expect(main('穿着有点小')).toBe('size_fit');
  });

  it('tells an order change before shipping from an exchange after receipt', () => {
    expect(main('颜色换成白色')).toBe('order_change');
    expect(ids('收到了 有点小 能换大一码吗')).toEqual(expect.arrayContaining(['size_fit', 'return_request']));
  });
});

describe('classify: context from earlier messages', () => {
  const haggle = ['这个能便宜点吗'];
  it('keeps a haggle going through short replies', () => {
    expect(main('那就150吧', haggle)).toBe('haggle');
    expect(main('120', haggle)).toBe('haggle');
    expect(main('行不行', haggle)).toBe('haggle');
  });

  it('does not carry a topic into an acknowledgement', () => {
    expect(main('好吧', haggle)).toBe('other');
    expect(main('那算了', haggle)).toBe('other');
  });

  it('does not override a message that has its own situation', () => {
    expect(main('什么时候发货', haggle)).toBe('ship_time');
  });

  it('without context a bare number is other', () => {
    expect(main('120')).toBe('other');
  });
});

describe('classify: several situations in one message', () => {
  it('puts the main problem first and the escalations after', () => {
    const found = ids('穿了一次就开线，颜色和图片差太多，客服也不理人，不处理就差评');
    expect(found[0]).toBe('quality_issue');
    expect(found).toEqual(expect.arrayContaining(['bad_review', 'complaint']));
  });

  it('combines a return request with the reason named', () => {
    const found = ids('尺码太小了穿不上 我要退货');
    expect(found.slice(0, 2)).toEqual(['size_fit', 'return_request']);
  });

  it('lists a haggle and a shipping request together', () => {
    expect(ids('99包邮卖不卖')).toEqual(expect.arrayContaining(['haggle', 'free_shipping']));
  });

  it('drops a greeting in front of a real request', () => {
    expect(main('亲 在吗 什么时候发货')).toBe('ship_time');
  });
});
