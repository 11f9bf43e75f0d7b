/**
 * Scripts for the decisions where money is at stake that the haggling and returns playbooks
 * added: the returning-customer price, shipping that is already free, evidence before fault,
 * a refund asked for without a reason, perishables compensated instead of sent back, and the
 * answers just past the no-reason window. As in playbooks.ts, the playbook decides and these
 * only say it; none of them states a fact the shop has not checked.
 */
import { defineGroup } from '../script-types';

export const MONEY_PLAYBOOK_SCRIPTS = [
  // International marketplaces (Shopee, Amazon, eBay, Etsy, Shopify) do not let a seller edit an
  // order's price before payment the way Chinese marketplaces do, so these close without
  // "order first, I change the price": the seller sets the price up, then the buyer checks out.
  ...defineGroup('playbook.haggle_accept_checkout', {
    'zh-CN': [
      ['warm', '成交（站外结算）', '好嘞，就{next_price}成交！我这边把这个价格给您设置好，好了马上通知您下单。也拜托您一件小事：{small_request}，谢谢～', ['议价', '成交']],
    ],
    en: [
      ['warm', 'Deal, checkout to follow', "Deal at {next_price}! I'll set that price up for you and message you as soon as it's ready to check out. One small favour in return: could you {small_request}? Thanks!", ['haggle']],
      ['concise', 'Deal', "You've got a deal at {next_price}. I'll let you know the moment you can check out at that price. And if you can, {small_request}.", ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_final_checkout', {
    'zh-CN': [
      ['warm', '一口价（站外结算）', '亲，{next_price}就是能给到的价了，真的不能再低了🙏 您同意的话我把价格设置好再通知您下单。就一个小请求：{small_request}，可以吗？', ['议价']],
    ],
    en: [
      ['warm', 'Final offer, checkout to follow', "{next_price} really is as low as we can go. If that works for you, I'll set it up and tell you when you can check out. Just one small favour: could you {small_request}?", ['haggle']],
      ['concise', 'Last price', '{next_price} is my final price. Say yes and I will set it up for checkout; and if you can, {small_request}.', ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_hold_line_checkout', {
    'zh-CN': [
      ['warm', '守价（站外结算）', '亲，真的抱歉，{next_price}已经是能给您的价格了，再少真的给不了。您想要的话说一声，我把价格设置好通知您下单～', ['议价']],
    ],
    en: [
      ['warm', 'Holding the price', "I'm sorry, {next_price} is the best I can do. If you'd like it at that price, just say so and I'll set it up for checkout.", ['haggle']],
      ['concise', 'Firm price', '{next_price} is as far as I can go, sorry. Tell me if you want it and I will set it up.', ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_vip_checkout', {
    'zh-CN': [
      ['warm', '老顾客价（站外结算）', '老顾客啦，不跟您来回磨价了😊 直接给您老客价{next_price}，我设置好马上通知您下单，感谢一直回来光顾～', ['议价', '老客']],
    ],
    en: [
      ['warm', 'Returning-customer price', "Great to see you again! As a returning customer you get {next_price} straight away, no haggling needed. I'll set it up and let you know when you can check out.", ['haggle', 'vip']],
      ['concise', 'Loyalty price', 'For a returning customer: {next_price}. I will set it up and tell you when to check out.', ['haggle', 'vip']],
    ],
  }),
  ...defineGroup('playbook.haggle_vip', {
    'zh-CN': [
      ['warm', '老顾客价', '老顾客啦，不跟您来回磨价了😊 直接给您老客价{next_price}。您先拍下先别付款，我这边改好价您再付就行，感谢一直回来光顾～', ['议价', '老客']],
      ['concise', '老客价简短', '亲，老客直接{next_price}，先拍下别付款，我改好价您再付～', ['议价', '老客']],
    ],
    en: [
      ['warm', 'Returning-customer price', "Great to see you again! Since you've shopped with us before, I'll skip the back-and-forth and give you our returning-customer price: {next_price}. Place the order without paying, I'll adjust the price, then you can pay.", ['haggle', 'vip']],
      ['concise', 'Loyalty price', 'For a returning customer: {next_price}. Order first without paying, I will update the price, then check out.', ['haggle', 'vip']],
    ],
  }),
  ...defineGroup('playbook.free_shipping_included', {
    'zh-CN': [
      ['warm', '本来就包邮', '亲，这款本身就是包邮的哦，您直接拍就行，不用额外出运费～', ['包邮']],
      ['concise', '已包邮', '亲，已经包邮啦，页面价就是到手价～', ['包邮']],
    ],
    en: [
      ['warm', 'Already ships free', 'Good news: shipping on this item is already free, so the price you see is all you pay.', ['shipping']],
      ['concise', 'Free shipping included', 'Shipping is included on this one, no extra charge.', ['shipping']],
    ],
  }),
  ...defineGroup('playbook.fault_ask_photo', {
    'zh-CN': [
      ['warm', '先看照片再处理', '亲，真不好意思给您添麻烦了😔 麻烦拍几张照片发我（有问题的地方和外包装都拍一下），我确认后马上给您处理：退款、换新或补发您来选，是我们的问题运费由我们出。', ['售后', '照片']],
      ['formal', '请提供照片', '您好，非常抱歉给您带来不便。请您拍摄问题部位及外包装的照片发给我们，核实后将尽快为您安排退款、换货或补发，属于商品或发货问题的运费由本店承担。', ['售后', '照片']],
    ],
    en: [
      ['warm', 'Photo first', "I'm so sorry about this! Could you send me a couple of photos of the problem and the packaging? As soon as I've seen them I'll sort it out: refund, replacement or re-shipment, your choice, and if it's on our side we cover the postage.", ['after-sale', 'photo']],
      ['formal', 'Photos, please', 'Sorry for the trouble. Please send photos of the issue and of the outer box; once we have checked them we will arrange a refund, replacement or re-shipment, and if the fault is ours the shipping is on us.', ['after-sale', 'photo']],
    ],
  }),
  ...defineGroup('playbook.refund_ask_reason', {
    'zh-CN': [
      ['warm', '先问原因', '亲，收到您的退款申请了～想先了解一下是遇到什么情况了呢？方便的话拍张照片给我看看，我好尽快帮您把问题处理好🙏', ['退款', '询问原因']],
      ['formal', '了解原因', '您好，已收到您的退款诉求。为尽快为您处理，请问是商品哪方面的问题？如方便，请提供相关照片，我们核实后会给您合适的处理方案。', ['退款', '询问原因']],
    ],
    en: [
      ['warm', 'What happened?', "I've seen your refund request. Could you tell me what went wrong? A photo would help too, so I can get this sorted for you as quickly as possible.", ['refund']],
      ['formal', 'Reason for refund', 'Thank you for reaching out. To handle your refund request, could you let us know what the issue is, and share a photo if possible? We will then suggest the best way forward.', ['refund']],
    ],
  }),
  ...defineGroup('playbook.perishable_ask_photo', {
    'zh-CN': [
      ['warm', '生鲜拍照补偿', '亲，太抱歉了，路上没保护好😔 麻烦把坏掉的拍张照片发我（能看出个数就行），确认后坏几个赔几个，东西不用寄回来，留着好的先吃～', ['生鲜', '补偿']],
      ['concise', '生鲜请拍照', '亲，抱歉！坏的拍照发我，按个数给您补偿，不用寄回～', ['生鲜', '补偿']],
    ],
    en: [
      ['warm', 'Spoiled produce: photo', "I'm really sorry some arrived in bad shape. Could you send a photo of the spoiled ones so I can count them? We'll compensate for each bad one, and there's no need to send anything back.", ['fresh']],
      ['concise', 'Photo of spoiled items', 'So sorry! Please send a photo of the bad ones; we compensate per item and you keep the rest, no return needed.', ['fresh']],
    ],
  }),
  ...defineGroup('playbook.perishable_compensate', {
    'zh-CN': [
      ['warm', '坏几个赔几个', '亲，照片收到了，确实是我们没保护好，实在抱歉🙏 坏的按个数给您补偿，我这边在平台上给您申请部分退款，东西不用寄回，好的您放心吃～', ['生鲜', '补偿', '部分退款']],
      ['concise', '按个数部分退款', '亲，照片看到了，抱歉！坏的按个数给您部分退款，不用寄回～', ['生鲜', '补偿', '部分退款']],
    ],
    en: [
      ['warm', 'Compensation per item', "Thanks for the photos, and I'm sorry they didn't arrive in good shape. We'll compensate you for each spoiled one with a partial refund through the platform. No need to send anything back.", ['fresh', 'partial refund']],
      ['concise', 'Partial refund', "Got the photos, thank you. I'll arrange a partial refund for the spoiled items on the platform; please keep the rest.", ['fresh', 'partial refund']],
    ],
  }),
  ...defineGroup('playbook.exchange_late', {
    'zh-CN': [
      ['warm', '稍过期限照样换', '亲，订单刚过{return_window_days}天无理由的期限，不过没关系，这次照样给您换～告诉我想换的尺码或颜色，我先帮您留着，您寄回后马上发新的（寄回运费由{return_shipping_payer}承担）😊', ['换货', '超期']],
      ['concise', '超期一两天也换', '亲，虽然刚过{return_window_days}天，还是给您换哈，您要换哪个尺码或颜色？寄回运费由{return_shipping_payer}承担～', ['换货', '超期']],
    ],
    en: [
      ['warm', 'Exchange a little late', "You're just past our {return_window_days}-day window, but that's fine, we'll still exchange it for you. Let me know the size or colour you'd like and I'll set one aside; postage for sending yours back is paid by {return_shipping_payer}.", ['exchange']],
      ['concise', 'Late exchange OK', "It's slightly past the {return_window_days}-day window, but we'll still do the exchange. Which size or colour would you like? Return postage is paid by {return_shipping_payer}.", ['exchange']],
    ],
  }),
  ...defineGroup('playbook.return_late', {
    'zh-CN': [
      ['warm', '稍过期限照样退', '亲，订单刚过{return_window_days}天的无理由期限，这次还是给您办退货～商品不影响二次销售就行，寄回运费由{return_shipping_payer}承担，退货地址：{return_address}。寄出后把单号填到售后里，收到就给您退款', ['退货', '超期']],
      ['concise', '超期一两天也退', '亲，刚过{return_window_days}天，这次还是给您退～寄回运费由{return_shipping_payer}承担，寄到：{return_address}，单号填到售后里就行', ['退货', '超期']],
    ],
    en: [
      ['warm', 'Return a little late', "You're just past our {return_window_days}-day window, but we'll still take it back. Return postage is paid by {return_shipping_payer}; please send it unused to {return_address} and add the tracking number to the return so we can refund you once it arrives.", ['return']],
      ['concise', 'Late return OK', "Slightly past {return_window_days} days, but we'll accept the return. Postage is paid by {return_shipping_payer}; send it to {return_address} and add the tracking number to the return.", ['return']],
    ],
  }),
  ...defineGroup('playbook.return_excluded', {
    'zh-CN': [
      ['warm', '不支持无理由退货', '亲，理解您的想法～不过这类商品不支持无理由退货，还请谅解🙏 如果收到有破损、变质或质量问题，拍照发我，我们照样负责处理；还有什么需要的您随时说。', ['退货', '不支持']],
      ['formal', '类目不支持退货说明', '您好，该类商品不适用无理由退货，敬请谅解。如收到时存在破损、变质或质量问题，请提供照片，本店会负责处理。', ['退货', '不支持']],
    ],
    en: [
      ['warm', 'Not returnable', "I understand. Unfortunately this type of item can't be returned without a reason. If anything arrived damaged or faulty, though, send me a photo and we'll make it right.", ['return']],
      ['formal', 'Excluded from returns', 'Thank you for your message. This category is not eligible for no-reason returns. Any damage or defect remains our responsibility; please share a photo and we will resolve it.', ['return']],
    ],
  }),
];
