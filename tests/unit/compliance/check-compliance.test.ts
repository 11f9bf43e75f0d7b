import { describe, expect, it } from 'vitest';
import { checkCompliance, ComplianceInputError, RULE_CATALOG, RULE_IDS, type RuleId } from '../../../lib/compliance/index.ts';
import type { ComplianceOptions } from '../../../lib/compliance/types.ts';

const rulesIn = (text: string, options?: ComplianceOptions) => checkCompliance(text, options).map((f) => f.rule);
const spansOf = (text: string, rule: RuleId, options?: ComplianceOptions) =>
  checkCompliance(text, options)
    .filter((f) => f.rule === rule)
    .map((f) => f.span.text);

function expectFlagged(rule: RuleId, samples: string[], options?: ComplianceOptions) {
  for (const text of samples) expect(rulesIn(text, options), text).toContain(rule);
}
function expectClean(rule: RuleId, samples: string[], options?: ComplianceOptions) {
  for (const text of samples) expect(rulesIn(text, options), text).not.toContain(rule);
}

describe('off-platform', () => {
  it('flags invitations to WeChat, QQ, private chat and outside payment', () => {
    expectFlagged('off-platform', [
      '亲，加微信聊吧',
      '加V详聊，给你优惠',
      '加个vx吧',
      '有问题加我QQ',
      '加扣扣发图',
      '威信联系我',
      '我们私聊一下价格',
      '方便的话手机号联系',
      '我直接电话联系您吧',
      '我们可以线下交易',
      'Add me on WhatsApp and I will send photos',
      'you can add me on instagram',
      'We can deal off the platform to save fees',
    ]);
  });

  it('sees through full-width letters, spaces and dots between characters', () => {
    expectFlagged('off-platform', ['加 微 信', '加.微.信', '加ＶＸ', '加 Ｖ Ｘ', '加　微　信（全角空格）', '加\u200b微信']);
  });

  it('does not flag ordinary after-sales wording', () => {
    expectClean('off-platform', [
      '支持微信支付和支付宝付款',
      '退款会原路退回到您的账户',
      '加购物车就可以领券',
      '这款加绒的更暖和',
      '加VIP会员有积分',
      '微笑服务，有问题随时找客服',
      'Please add the item to your cart',
      'You can pay with PayPal at checkout',
      '有问题随时在这里联系我们',
    ]);
  });
});

describe('off-platform payment', () => {
  it('flags transfers, personal accounts and payment apps outside checkout', () => {
    expectFlagged('off-platform-payment', [
      '您直接转账给我就行',
      '支付宝转我，便宜10块',
      '微信转给我也可以',
      '扫我的收款码付款就行',
      '退款的话我直接转你支付宝，你先取消售后',
      '钱打到这个卡号：6222 0212 3456 7890 123',
      'Please pay via PayPal outside eBay, it is cheaper',
      'You can Venmo me the difference.',
    ]);
  });

  it("passes the platform's own payment methods, refunds and anti-fraud warnings", () => {
    expectClean('off-platform-payment', [
      '请勿私下转账，谨防诈骗',
      '我们不会要求您转账，退款都走平台',
      '支持微信支付和支付宝付款',
      '支持先用后付，收到满意再付款',
      '退款会原路退回您的支付宝或银行卡',
      '平台红包可以直接抵扣',
      'You can pay with PayPal at checkout.',
    ]);
  });
});

describe('the look-alikes named in issue 13', () => {
  it('catches what the hidden set missed', () => {
    const cases: [string, RuleId][] = [
      ['给个五星截图发我，返3元', 'review-incentive'],
      ['麻烦点一下确认收货，返您2元', 'review-incentive'],
      ['好评后下次购买打8折', 'review-incentive'],
      ['扫码加客服企微，领取专属福利', 'off-platform'],
      ['帮忙拍一单不发货，钱原路返给你', 'fake-orders'],
      ['你是不是脑子有问题', 'insult-threat'],
      ['再给差评试试，我知道你住哪', 'insult-threat'],
      ['你敢差评我就把你信息挂出去', 'insult-threat'],
      ['加 威 信 聊', 'off-platform'],
      ['加v❤：shop8899', 'off-platform'],
      ['有事直接打我电话：1 3 8 1 2 3 4 5 6 7 8', 'off-platform'],
      ['您撤销投诉，我给您补偿50元', 'complaint-withdrawal-payment'],
      ['这款枕头能治疗颈椎病', 'medical-claims'],
      ['上一个买家也是这个地址，电话是13912345678', 'buyer-data-leak'],
    ];
    for (const [text, rule] of cases) {
      const found = checkCompliance(text);
      expect(found.map((f) => f.rule), text).toContain(rule);
      expect(found.some((f) => f.severity === 'block'), text).toBe(true);
    }
  });

  it('passes what the hidden set wrongly blocked, and the other look-alikes', () => {
    for (const text of [
      '面料加微弹，穿着不紧绷',
      '请勿私下转账，谨防诈骗',
      '您留的电话联系不上，麻烦确认一下号码',
      '我们第一时间为您处理',
      '第一次购买的话建议选大一码',
      '订单号 241105583920174639，已经发出',
      '中通单号 7513 8522 4567 8901，请注意查收',
      '平台红包可以直接抵扣，下单时勾选就行',
      '店铺优惠券在首页领取，满99减10',
      '请确认收货地址是否正确',
      '好评我们会认真看，差评我们也会认真改进',
      '收到货满意的话，麻烦给个好评，谢谢亲',
      '我们不做好评返现，您按真实感受评价就好',
      '扫包装上的二维码可以看安装视频',
      '建议您过敏的话及时就医治疗，我们先给您办理退货',
      '问题解决了的话，麻烦您撤销一下投诉，谢谢理解',
    ]) {
      expect(checkCompliance(text).map((f) => `${f.rule}: ${f.span.text}`), text).toEqual([]);
    }
  });

  it('blocks coercion but only warns on a pushy request, absolute terms and compensation figures', () => {
    const severityOf = (text: string, rule: RuleId) => checkCompliance(text).find((f) => f.rule === rule)?.severity;
    expect(severityOf('不给好评的话就不给您退款了', 'pushy-review-request')).toBe('block');
    expect(severityOf('一定要给五星好评哦', 'pushy-review-request')).toBe('warn');
    expect(severityOf('销量第一，放心买', 'absolute-terms')).toBe('warn');
    expect(severityOf('给您赔偿50元，您看可以吗', 'compensation-promise')).toBe('warn');
    expect(severityOf('坏几个赔几个，拍照给我们就行', 'compensation-promise')).toBeUndefined();
  });

  it('names another platform only where it is not the current one', () => {
    expect(rulesIn('我们京东也有店，您可以去那边下单', { platform: 'pinduoduo' })).toContain('other-platform');
    expect(rulesIn('京东物流明天就能送到', { platform: 'jd' })).toEqual([]);
    expect(rulesIn('我们发的是京东快递', { platform: 'pinduoduo' })).toEqual([]);
    expect(rulesIn('淘宝的运费险会自动理赔', { platform: 'taobao' })).toEqual([]);
    expect(rulesIn('淘宝的运费险会自动理赔', { platform: 'pinduoduo' })).toContain('other-platform');
    // Without a platform only wording that sends the buyer elsewhere is flagged.
    expect(rulesIn('淘宝的运费险会自动理赔')).toEqual([]);
    expect(rulesIn('去淘宝搜我们店名，那边更便宜')).toContain('other-platform');
  });
});

describe('off-platform contact details', () => {
  it('flags WeChat ids, QQ numbers and e-mails as block, phones as warn', () => {
    const wechat = checkCompliance('微信号：shop_abc123');
    expect(wechat.find((f) => f.rule === 'off-platform-contact')?.severity).toBe('block');
    expectFlagged('off-platform-contact', ['vx: helloshop88', 'QQ 123456789', '有事发邮件 shop@example.com']);
    const phone = checkCompliance('退货寄到：浙江省杭州市西湖区文三路90号 张三 13812345678');
    const finding = phone.find((f) => f.rule === 'off-platform-contact');
    expect(finding?.span.text).toBe('13812345678');
    expect(finding?.severity).toBe('warn');
  });

  it('recognises phones written with separators, +86, landlines and international numbers', () => {
    expect(spansOf('电话 138-1234-5678', 'off-platform-contact')).toEqual(['138-1234-5678']);
    expect(spansOf('call +86 139 1234 5678', 'off-platform-contact')).toEqual(['+86 139 1234 5678']);
    expect(spansOf('座机0571-88886666', 'off-platform-contact')).toEqual(['0571-88886666']);
    expect(spansOf('My number +44 20 7946 0958', 'off-platform-contact')).toEqual(['+44 20 7946 0958']);
  });

  it('leaves order numbers, tracking numbers, prices and masked phones alone', () => {
    expectClean('off-platform-contact', [
      '订单号 241105-583920174639201 已发货',
      '快递单号 SF1234567890123，中通 751234567890123',
      '淘宝订单 3456789012345678901',
      '收件人手机 138****5678',
      '一共 129.00 元，满 199 减 20',
      '尺码 165/88A',
    ]);
  });
});

describe('review incentives', () => {
  it('flags cashback, gifts and red packets for reviews', () => {
    expectFlagged('review-incentive', [
      '好评返现5元',
      '确认收货后联系客服返现',
      '五星好评送运费险',
      '晒图返3元红包',
      '给个好评送小礼品哦',
      '追评再送一张优惠券',
      '发红包换好评',
      'We offer cashback for a 5-star review',
      'You will get a free gift for your review',
      'Leave a review and we will refund $5',
      'Full refund in exchange for a positive review',
    ]);
  });

  it('does not flag a plain reminder or delivery words', () => {
    expectClean('review-incentive', [
      '送货很快，麻烦给个好评',
      '您的评价对我们很重要，谢谢',
      '评价里说的问题，我们可以返修',
      '收到后有问题随时找我们，满意的话记得评价哦',
      'Thanks for your review!',
      'Please leave a review, and contact us for a refund if anything is wrong.',
      '退货运费我们来出，退款3天内到账',
    ]);
  });
});

describe('fake orders', () => {
  it('flags fake-order jargon in both languages', () => {
    expectFlagged('fake-orders', ['招刷单', '帮忙补单一下', '刷好评有偿', '虚假交易不要做', '空包代发', 'We can arrange a fake order to boost sales']);
  });
  it('does not flag reshipping or empty-box complaints', () => {
    expectClean('fake-orders', ['我们马上给您补发', '您收到的是空包裹吗？麻烦拍个照', '订单已经刷新了', 'Your order has been shipped']);
  });
});

describe('absolute advertising terms', () => {
  it('flags superlative claims', () => {
    expectFlagged('absolute-terms', [
      '我们家质量最好',
      '这是最好的面料',
      '全网最低价',
      '最便宜的就是我们家',
      '销量第一',
      '行业第一品牌',
      '唯一正品授权',
      '国家级工艺',
      '世界级品质',
      '顶级面料',
      '极品好茶',
      '100%满意',
      '百分百正品',
      '绝对正品',
      '万能清洁剂',
      '史无前例的优惠',
      '独一无二的设计',
      '首个发布',
      'NO.1 品牌',
    ]);
  });

  it('does not flag ordinary timing and ordinal words (false-positive traps)', () => {
    expectClean('absolute-terms', [
      '最近快递比较慢，请您耐心等待',
      '这是最后一件了，今天下单就发',
      '最晚周五能到',
      '最迟后天发货',
      '第一次购买的话可以先试穿',
      '我们第一时间给您处理',
      '第一步先拍照，第二步申请退货',
      '您最好先拍照留证再签收',
      '最好不要机洗',
      '最好的办法是先退回来，我们检查后给您换新',
      '唯一的办法是重新发货',
      '我们会尽最大努力帮您解决',
      '最快明天就能到',
      '100%纯棉，可以放心机洗',
      '第1次洗的时候会有点掉色',
      '最多三天就到了',
    ]);
  });

  it('reports the term itself as the span', () => {
    expect(spansOf('销量第一，欢迎选购', 'absolute-terms')).toEqual(['第一']);
    expect(spansOf('全网最低价', 'absolute-terms')).toEqual(['全网最低价']);
  });
});

describe('insults and threats', () => {
  it('flags insults and threats in both languages', () => {
    expectFlagged('insult-threat', [
      '你是不是傻',
      '爱买不买',
      '不买就滚',
      '你有病吧',
      '神经病',
      '穷鬼还砍价',
      '你瞎啊，图上写着呢',
      '活该',
      '再差评就曝光你',
      'Are you stupid?',
      'Shut up and read the description',
      'What an idiot',
    ]);
  });
  it('does not flag product words that share a character', () => {
    expectClean('insult-threat', [
      '滚筒洗衣机可以洗',
      '领口是滚边设计',
      '我也傻眼了，马上给您补发',
      '这款是圆滚滚的造型',
      '告诉你一个好消息',
      'Sorry for the trouble, we will fix it',
      'The dumbbell set ships tomorrow',
    ]);
  });
});

describe('Amazon review-request rules', () => {
  const amazon: ComplianceOptions = { platform: 'amazon' };

  it('flags asking for a positive review or asking only happy buyers', () => {
    expectFlagged('amazon-positive-review-request', [
      'Please leave us a 5-star review!',
      'Would you give us a positive review?',
      'We would appreciate a five star rating',
      'If you are happy with the product, please leave a review.',
    ], amazon);
  });

  it('accepts a neutral request', () => {
    expectClean('amazon-positive-review-request', [
      'If you have a moment, please share your honest review.',
      'Thank you for the positive feedback!',
    ], amazon);
  });

  it('flags a second request for the same order, not the first', () => {
    const text = 'Could you leave a review of your purchase?';
    expect(rulesIn(text, { platform: 'amazon', context: { reviewRequestsSentForOrder: 0 } })).toEqual([]);
    expect(rulesIn(text, { platform: 'amazon', context: { reviewRequestsSentForOrder: 1 } })).toEqual(['amazon-repeat-review-request']);
    expect(rulesIn(text, { platform: 'amazon', context: { reviewRequestsSentForOrder: 3 } })).toEqual(['amazon-repeat-review-request']);
  });

  it('flags a request more than 30 days after delivery', () => {
    const text = 'Please review your order when you have time.';
    expect(rulesIn(text, { platform: 'amazon', context: { daysSinceDelivery: 30 } })).toEqual([]);
    expect(rulesIn(text, { platform: 'amazon', context: { daysSinceDelivery: 31 } })).toEqual(['amazon-late-review-request']);
  });

  it('ignores messages that are not review requests even when late or repeated', () => {
    expect(rulesIn('Your parcel was delivered on Monday.', { platform: 'amazon', context: { reviewRequestsSentForOrder: 2, daysSinceDelivery: 60 } })).toEqual([]);
  });

  it('runs Amazon rules only for Amazon', () => {
    const text = 'Please leave us a 5-star review!';
    expect(rulesIn(text, amazon)).toContain('amazon-positive-review-request');
    expect(rulesIn(text)).not.toContain('amazon-positive-review-request');
    expect(rulesIn(text, { platform: 'ebay' })).toEqual([]);
    expect(rulesIn('麻烦给个五星好评', { platform: 'taobao', context: { reviewRequestsSentForOrder: 5, daysSinceDelivery: 90 } })).toEqual([]);
    const finding = checkCompliance(text, amazon)[0]!;
    expect(finding.platforms).toEqual(['amazon']);
  });

  it('still applies the platform-wide incentive rule on Amazon', () => {
    expect(rulesIn('Leave a 5-star review and get a $10 gift card', amazon)).toEqual(
      expect.arrayContaining(['review-incentive', 'amazon-positive-review-request']),
    );
  });
});

describe('spans on full-width and obfuscated input', () => {
  it('maps spans back to the original characters', () => {
    const text = '亲，加 Ｖ Ｘ：ａｂｃ＿１２３４５ 聊';
    const [offPlatform] = checkCompliance(text).filter((f) => f.rule === 'off-platform');
    expect(offPlatform?.span.text).toBe('加 Ｖ Ｘ');
    expect(offPlatform?.span.start).toBe(2);
    expect(text.slice(offPlatform!.span.start, offPlatform!.span.end)).toBe(offPlatform!.span.text);
    const [id] = checkCompliance(text).filter((f) => f.rule === 'off-platform-contact');
    expect(id?.span.text).toBe('Ｖ Ｘ：ａｂｃ＿１２３４５');
  });

  it('covers the separators inside a split word', () => {
    const text = '可以加·微·信哦';
    const f = checkCompliance(text).find((x) => x.rule === 'off-platform')!;
    expect(f.span).toEqual({ start: 2, end: 7, text: '加·微·信' });
  });

  it('handles full-width digits and percent', () => {
    expect(spansOf('１００％满意', 'absolute-terms')).toEqual(['１００％']);
    expect(spansOf('电话１３８１２３４５６７８', 'off-platform-contact')).toEqual(['１３８１２３４５６７８']);
  });

  it('keeps offsets right after astral characters (emoji)', () => {
    const text = '😊😊 加微信';
    const f = checkCompliance(text).find((x) => x.rule === 'off-platform')!;
    expect(text.slice(f.span.start, f.span.end)).toBe('加微信');
  });
});

describe('findings and input', () => {
  it('names the rule in both languages and returns findings in text order', () => {
    const findings = checkCompliance('好评返现！加微信，全网最低价');
    expect(findings.map((f) => f.rule)).toEqual(['review-incentive', 'off-platform', 'absolute-terms']);
    for (const f of findings) {
      expect(f.name['zh-CN'].length).toBeGreaterThan(0);
      expect(f.name.en.length).toBeGreaterThan(0);
      expect(f.reason).toEqual(RULE_CATALOG[f.rule].reason);
    }
    expect(RULE_CATALOG['off-platform'].name).toEqual({ 'zh-CN': '站外引流', en: 'Moving the buyer off-platform' });
  });

  it('has a catalogue entry for every rule id', () => {
    for (const id of RULE_IDS) expect(RULE_CATALOG[id].name.en).toMatch(/\w/);
  });

  it('returns nothing for a good reply', () => {
    expect(checkCompliance('亲，非常抱歉给您带来不便，我们马上为您补发一件，运费我们承担，请您放心。')).toEqual([]);
    expect(checkCompliance('')).toEqual([]);
  });

  it('rejects bad input with a specific message', () => {
    expect(() => checkCompliance(42 as unknown as string)).toThrow(ComplianceInputError);
    expect(() => checkCompliance(42 as unknown as string)).toThrow(/must be a string/);
    expect(() => checkCompliance('hi', { platform: 'tiktok' as never })).toThrow(/unknown platform "tiktok"/);
    expect(() => checkCompliance('hi', { context: { daysSinceDelivery: -1 } })).toThrow(/daysSinceDelivery/);
    expect(() => checkCompliance('x'.repeat(20_001))).toThrow(/too long/);
  });
});
