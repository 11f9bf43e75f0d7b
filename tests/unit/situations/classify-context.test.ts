import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations';
import type { Turn } from '../../../lib/situations/classify';

const main = (text: string, history?: Turn[]) => classify(text, { history }).situations[0]!.id;
const buyer = (text: string): Turn => ({ from: 'buyer', text });
const seller = (text: string): Turn => ({ from: 'seller', text });

describe('classify with the conversation before it', () => {
  it('a follow-up with no situation of its own inherits the open one', () => {
    expect(main('那怎么弄', [buyer('收到的杯子碎了两个'), seller('亲 麻烦拍个照片看看')])).toBe('damaged');
    expect(main('就晚了一天通融下嘛', [buyer('这个杯子我想退货'), seller('亲 已经超过七天无理由了哦')])).toBe('return_request');
    expect(main('那发顺丰呢', [buyer('你们默认发什么快递')])).toBe('logistics');
  });

  it('a new situation in the follow-up wins', () => {
    expect(main('什么时候发货', [buyer('能便宜点吗'), seller('亲 已经是最低价了')])).toBe('ship_time');
    expect(main('开个发票', [buyer('快递到哪了')])).toBe('invoice');
  });

  it('reads the older `previous` form as buyer turns', () => {
    expect(classify('120', { previous: ['这个能便宜点吗'] }).situations[0]!.id).toBe('haggle');
  });

  it('without history a follow-up stays what it is alone', () => {
    expect(main('120')).toBe('other');
  });
});
