import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/situations';

// The confusable pairs behind most errors on the persona sets. Every sentence here is new (not
// in a fixture), so each test checks that a rule family generalises, not that a line is memorised.
const ids = (text: string) => classify(text).situations.map((s) => s.id);
const main = (text: string) => ids(text)[0];

describe('classify: shipping fee vs price vs order', () => {
  it('reads a cheaper or merged fee as free_shipping', () => {
    expect(main('邮费可以少一点吗')).toBe('free_shipping');
    expect(main('运费你们承担吗')).toBe('free_shipping');
  });
  it('after a named problem, the fee is return postage, not a pre-sale fee question', () => {
    expect(main('碎了两个 来回运费谁出')).toBe('damaged');
  });
});

describe('classify: dispatch vs wrong item vs order change', () => {
  it('does not call a dispatch question a wrong item', () => {
    expect(main('我拍的那三件什么时候能发')).toBe('ship_time');
  });
  it('changes before shipping are order changes', () => {
    expect(main('颜色选错了 还没发货吧 帮我改成米白')).toBe('order_change');
    expect(main('please switch it to size L before it ships')).toBe('order_change');
  });
  it('a cancel before receipt is not a change of mind about goods in hand', () => {
    expect(main('不想要了 帮我把订单取消 钱退回来')).toBe('order_change');
  });
});

describe('classify: return procedure owns its courier and fee words', () => {
  it('keeps courier and reimbursement words inside a return', () => {
    expect(main('退货寄哪个快递便宜')).toBe('return_request');
    expect(main('退货的单号在哪里填')).toBe('return_request');
  });
  it('still reads a parcel bounced back by the courier as logistics', () => {
    expect(main('包裹怎么被退回去了')).toBe('logistics');
  });
  it('takes 不想 as a denial: a price difference instead of a return', () => {
    expect(main('我不想退货 把差价补给我就行')).toBe('price_drop');
  });
});

describe('classify: defects after receipt', () => {
  it('knows more use-then-broke verbs and fault families', () => {
    expect(main('椅子坐一下就塌了')).toBe('quality_issue');
    expect(main('桌子才用一个月就发黄了')).toBe('quality_issue');
    expect(main('台灯一直闪 接触不良')).toBe('quality_issue');
    expect(main('抽屉拉不动')).toBe('quality_issue');
  });
  it('worries before buying stay authenticity', () => {
    expect(main('这个杯子用久了会发黄吗')).toBe('authenticity');
  });
});

describe('classify: price drop vs haggle', () => {
  it('a discount right after paying is a price drop', () => {
    expect(main('我刚付完款就出了优惠券')).toBe('price_drop');
    expect(main('上个月买的 现在便宜了一百')).toBe('price_drop');
  });
});

describe('classify: thanks and fragments stay other', () => {
  it('bare thanks to the seller is other, thanks about the goods is received_ok', () => {
    expect(main('谢谢你们')).toBe('other');
    expect(main('谢谢店家 辛苦了')).toBe('other');
    expect(main('收到了 很暖和 谢谢')).toBe('received_ok');
  });
  it('repeated or misspelt openers are greetings', () => {
    expect(main('亲亲 你好')).toBe('greeting');
    expect(main('店家再吗')).not.toBe('other');
  });
});

describe('classify: reviews', () => {
  it('a review reward is review, not a price difference or a gift', () => {
    expect(main('好评写了 返现记得给我')).toBe('review');
    expect(main('晒图有送东西吗')).toBe('review');
  });
  it('"two stars" is a bad review', () => {
    expect(main('I am giving this two stars')).toBe('bad_review');
  });
});
