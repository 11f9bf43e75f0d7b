/**
 * Replies before the buyer pays. Haggling replies hold a polite line and offer choices rather
 * than caving; worries about quality are answered with concrete after-sales terms. Size
 * questions about the body are only for clothing and shoes (the `bodySize` claim), and "we
 * ship free" only where the shop's shipping cost setting says so.
 */
import { defineGroup } from '../script-types';

export const PRE_SALE_SCRIPTS = [
  ...defineGroup('greeting', {
    'zh-CN': [
      ['warm', '热情接待', '{buyer_name}您好呀～我在的😊 想看哪款宝贝，或者有什么问题，直接发我就好', ['接待']],
      ['concise', '简短回应', '在的亲，请讲～', ['接待']],
      ['formal', '正式接待', '您好，欢迎光临{shop_name}，我是客服{seller_name}，很高兴为您服务。请问有什么可以帮您？', ['接待']],
      ['warm', '转人工回应', '亲，我是真人客服哦，不是机器人～您说，我一条条帮您看', ['人工']],
    ],
    en: [
      ['warm', 'Friendly hello', "Hi {buyer_name}! Yes, I'm here. What can I help you with today?", ['welcome']],
      ['formal', 'Formal welcome', "Hello, and welcome to {shop_name}. I'm {seller_name}. How may I help you?", ['welcome']],
    ],
  }),
  ...defineGroup('product_info', {
    'zh-CN': [
      ['warm', '规格咨询（服装）', '亲，{product}的具体参数都在详情页里哦～您方便说下身高体重吗？我帮您挑合适的码', ['规格', '尺码'], ['bodySize']],
      ['concise', '尺码表', '亲，尺码表在这里：{size_chart_link} 报一下身高体重，我帮您对一下码', ['尺码'], ['bodySize']],
      ['formal', '详细说明', '您好，关于{product}：材质、尺寸和使用方法在商品详情中均有说明。如您有具体的使用场景，告诉我，我为您确认是否合适。', ['规格']],
      ['warm', '规格库存', '亲，页面上能选中{sku}、能正常下单的就是可以发的，拍下就给您安排～', ['库存']],
      ['warm', '问用途', '亲，{product}的参数都写在详情页了～您打算用在哪儿、怎么用？跟我说说，我帮您看看合不合适', ['规格']],
    ],
    en: [
      ['warm', 'Product details', "Happy to help! The full specs for {product} are in the listing's description. If you tell me how you plan to use it, I'll check it suits you.", ['specs']],
      ['concise', 'Size chart', "Here's the size chart: {size_chart_link}. Send me your usual size and I'll suggest one.", ['size']],
      ['warm', 'Ask about use', "Good question! What will you be using the {product} for? Tell me a bit more and I'll let you know honestly whether it's a good fit.", ['specs']],
    ],
  }),
  ...defineGroup('authenticity', {
    'zh-CN': [
      ['warm', '正品放心', '亲放心哦，我们家都是正规渠道进货的，每批都有检验。收到后有质量问题直接退，来回运费我们出～', ['正品', '质量']],
      ['concise', '质量问题包退', '亲，正规渠道正品。质量问题包退包换，运费我们承担。', ['正品']],
      ['formal', '正式答复', '您好，本店商品均为正规渠道采购，支持平台验货。如收到后发现质量问题，我们直接受理退换，往返运费由本店承担，请您放心选购。', ['正品', '质量']],
    ],
    en: [
      ['warm', 'Genuine and covered', "Completely understand the worry! We buy only through authorised suppliers and check every batch. If anything is faulty when it arrives, send it back and we'll pay the postage both ways.", ['genuine']],
      ['concise', 'Quality promise', "Yes, it's genuine, sourced from authorised suppliers. If it arrives faulty, you can return or exchange it and we cover the shipping.", ['genuine']],
    ],
  }),
  ...defineGroup('haggle', {
    'zh-CN': [
      ['warm', '先给包邮', '亲，这个价格已经很实在啦，价格上实在动不了～不过这单我帮您申请包邮，您看可以吗？', ['议价', '包邮']],
      ['concise', '指出优惠', '亲，现在有{discount}，下单自动减，已经很划算了哦～', ['议价', '优惠']],
      ['formal', '礼貌说明', '您好，本店定价已按成本核算，利润空间有限，暂时无法单独降价，还请谅解。如您需要多件，可以为您看看组合优惠。', ['议价']],
      ['warm', '请买家出价', '宝子想要什么价位呀？说个数，我去跟老板申请试试～', ['议价']],
    ],
    en: [
      ['warm', 'Free shipping instead', "I wish I could go lower, but the price is already tight. What I can do is cover the shipping on this order. Would that work for you?", ['haggle']],
      ['concise', 'Point to promotion', 'Right now {discount} applies automatically at checkout, so that is the deal available.', ['haggle']],
    ],
  }),
  ...defineGroup('free_shipping', {
    'zh-CN': [
      ['warm', '包邮说明', '亲，我们是包邮的哦，新疆、西藏等偏远地区需要补一点运费，下单前可以问我～', ['运费'], ['shipsFree']],
      ['concise', '凑单包邮', '亲，满{bundle_qty}件包邮，再挑一件就免运费啦', ['运费', '凑单']],
      ['formal', '运费规则', '您好，本店运费规则如下：满{bundle_qty}件包邮，偏远地区需补差价。您下单时页面会自动显示运费。', ['运费']],
    ],
    en: [
      ['warm', 'Shipping terms', "Shipping is free once you buy {bundle_qty} items. For a single item, the checkout page shows the exact postage before you pay.", ['shipping']],
      ['concise', 'Bundle for free shipping', "Add one more to make {bundle_qty} items and the shipping's on us. Want a suggestion that goes well with it?", ['shipping']],
    ],
  }),
  ...defineGroup('gift', {
    'zh-CN': [
      ['warm', '赠品一视同仁', '亲，赠品是按活动统一配的，每位亲都一样，不好单独加哦～入会的话可以领{membership_gift}，挺实用的', ['赠品', '会员']],
      ['concise', '随货赠品', '亲，活动页面上写明的赠品都会随货一起发出～', ['赠品']],
      ['formal', '正式说明', '您好，本店赠品按活动规则统一发放，对所有顾客一致，无法额外赠送，感谢理解。', ['赠品']],
    ],
    en: [
      ['warm', 'Same gift for everyone', "Our free gifts are the same for every customer, so I can't add extras, sorry! Members do get {membership_gift}, though, if you'd like to join.", ['gift']],
      ['concise', 'Gift as listed', "Any gift shown on the listing is packed with your order automatically; there's nothing extra you need to do.", ['gift']],
    ],
  }),
  ...defineGroup('payment', {
    'zh-CN': [
      ['warm', '付款失败', '亲别急～付款失败的话，先退出重新进订单页再付一次试试，或者换张卡/换个支付方式。还不行就截图发我，我帮您看', ['付款']],
      ['concise', '分期说明', '亲，支持平台的分期付款，结算页可以直接选～', ['付款', '分期']],
      ['formal', '未付款状态', '您好，如您已付款但订单仍显示待付款，通常几分钟内会自动更新。请稍后刷新订单页；如仍未更新，请把付款记录截图发给我，我为您核实。', ['付款']],
    ],
    en: [
      ['warm', 'Payment trouble', "Sorry about that! Please reopen the order and try paying again, or use another card or method. If it still fails, send me a screenshot of the error and I'll look into it.", ['payment']],
      ['formal', 'Paid but pending', "If you've paid and the order still shows as pending, it usually updates within a few minutes. Please refresh the order page; if it hasn't changed, send me a screenshot of the payment and I'll look into it.", ['payment']],
    ],
  }),
];
