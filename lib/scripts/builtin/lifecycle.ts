/**
 * Messages the seller sends first, one group per step of the order's life; follow-up tasks
 * point at these groups. Review reminders remind and never reward. Claims (lib/scripts/claims.ts)
 * keep each message to what the order says: a shipping notice needs the shipment, an arrival
 * date needs one still ahead, the revisit's care tip needs the product's category.
 */
import { defineGroup } from '../script-types';

export const LIFECYCLE_SCRIPTS = [
  ...defineGroup('lifecycle.payment_reassurance', {
    'zh-CN': [
      ['warm', '付款安心', '{buyer_name}，您的订单收到啦，谢谢支持🥰 我们会尽快给您打包发出，发货后单号会同步给您，有问题随时找我～', ['付款后'], ['paymentReceived']],
      ['concise', '已收到订单', '亲，订单已收到，{ship_by}前发出，发货后告诉您单号～', ['付款后'], ['paymentReceived', 'shipsLater']],
    ],
    en: [
      ['warm', 'Order received', "Hi {buyer_name}, thanks for your order! We'll pack it and ship it promptly, and you'll get the tracking number as soon as it's on its way.", ['after payment'], ['paymentReceived']],
      ['concise', 'Ships by', 'Thanks for your order! It will ship by {ship_by}, and I will send you the tracking number then.', ['after payment'], ['paymentReceived', 'shipsLater']],
    ],
  }),
  ...defineGroup('lifecycle.shipping_notice', {
    'zh-CN': [
      ['warm', '发货通知', '{buyer_name}，您的{product}已于{ship_date}发出啦📦\n快递：{courier}\n单号：{tracking_no}\n预计{expected_arrival}送到。\n签收时麻烦当着快递员的面打开看一下，有破损直接拒收，我们给您重发～', ['发货', '易碎'], ['arrivalDate', 'shipped', 'trackingKnown']],
      ['concise', '发货单号', '亲，已发货：{courier} {tracking_no}，预计{expected_arrival}到，请留意查收。', ['发货'], ['arrivalDate', 'shipped', 'trackingKnown']],
      ['warm', '发货通知（无预计时间）', '{buyer_name}，您的{product}已于{ship_date}发出啦📦 快递：{courier}，单号：{tracking_no}，订单页可以看实时物流～', ['发货'], ['shipped', 'trackingKnown']],
    ],
    en: [
      ['warm', 'Shipped', "Hi {buyer_name}, good news: your {product} shipped on {ship_date}.\nCourier: {courier}\nTracking: {tracking_no}\nExpected: {expected_arrival}\nIf it's fragile, please open it in front of the courier before signing; if anything is damaged, refuse it and we'll resend.", ['shipping'], ['arrivalDate', 'shipped', 'trackingKnown']],
      ['concise', 'Tracking number', 'Your {product} shipped on {ship_date} with {courier}. Tracking number: {tracking_no}.', ['shipping'], ['shipped', 'trackingKnown']],
    ],
  }),
  ...defineGroup('lifecycle.arrival_check', {
    'zh-CN': [
      ['warm', '到货关心', '{buyer_name}，按时间算{product}应该到啦～东西完好吗？数量对不对？有任何不满意直接告诉我，马上给您处理', ['到货']],
      ['concise', '到货确认', '亲，包裹收到了吗？完好的话就放心用，有问题随时说～', ['到货']],
    ],
    en: [
      ['warm', 'Did it arrive?', "Hi {buyer_name}, your {product} should have arrived by now. Is everything there and in good shape? If anything's wrong, tell me and I'll fix it right away.", ['arrival']],
      ['concise', 'Arrived OK?', 'Hi {buyer_name}, has your parcel reached you in good shape? Let me know if anything is missing or damaged.', ['arrival']],
    ],
  }),
  ...defineGroup('lifecycle.signoff_followup', {
    'zh-CN': [
      ['warm', '签收回访', '{buyer_name}，{product}用了几天感觉怎么样呀？有哪里不顺手或者不满意，跟我说，我们马上改进、马上处理🙏', ['签收后']],
      ['formal', '使用反馈', '您好，感谢您购买{product}。想了解您的使用感受，如有任何问题或建议，请告诉我们，我们会及时处理。', ['签收后']],
    ],
    en: [
      ['warm', 'How is it going?', "Hi {buyer_name}, how are you finding your {product} so far? If anything isn't quite right, let me know and I'll sort it out.", ['follow-up']],
      ['formal', 'Your feedback', 'Thank you for choosing {shop_name}. How is your {product} working for you? If you have any questions or suggestions, we would be glad to hear them.', ['follow-up']],
    ],
  }),
  ...defineGroup('lifecycle.review_reminder', {
    'zh-CN': [
      ['warm', '温和提醒', '亲，东西用着还满意的话，方便时帮忙点下确认收货～有空的话也可以写写真实感受，好坏都欢迎，我们都会认真看的😊', ['评价提醒']],
      ['concise', '确认收货提醒', '亲，没问题的话方便时确认下收货哦，谢谢～', ['确认收货']],
    ],
    en: [
      ['warm', 'Gentle reminder', "Hi {buyer_name}, if you're happy with your {product}, would you mind confirming receipt when you have a moment? An honest review, good or bad, helps other shoppers too. Thank you!", ['review']],
      ['concise', 'Confirm receipt', 'Hi {buyer_name}, if everything arrived fine, please confirm receipt on the order page when convenient. Thanks!', ['review']],
    ],
  }),
  ...defineGroup('lifecycle.review_thanks', {
    'zh-CN': [
      ['warm', '感谢评价', '谢谢{buyer_name}的评价🥰 看到您喜欢我们也很开心，以后有需要随时来找我～', ['评价感谢']],
      ['formal', '正式致谢', '感谢您的评价与支持，您的反馈是我们改进的动力，期待再次为您服务。', ['评价感谢']],
    ],
    en: [
      ['warm', 'Thanks for the review', "Hi {buyer_name}, thank you so much for taking the time to write a review! It means a lot to a small shop like ours.", ['review']],
      ['formal', 'Thank you', 'Thank you for your review and your support. Your feedback helps us improve, and we look forward to serving you again.', ['review']],
    ],
  }),
  ...defineGroup('lifecycle.unfair_review_reply', {
    'zh-CN': [
      ['formal', '公开说明', '感谢您的反馈。该订单于{ship_date}发出，已正常签收，商品出库前均经过检查。如您在使用中遇到问题，欢迎随时联系客服，我们会按售后规则为您处理。', ['差评回复', '公开'], ['shipped', 'delivered']],
      ['warm', '平和解释', '亲，很抱歉这次让您有不好的体验。说明一下：{product}出库前都经过检查，订单于{ship_date}发出。您遇到的具体问题，我们很愿意继续帮您处理，请随时联系客服。', ['差评回复', '公开'], ['shipped']],
    ],
    en: [
      ['formal', 'Public reply', "Thank you for your feedback. This order shipped on {ship_date} and was delivered, and every item is checked before it leaves us. If something is still wrong, please message us and we'll help under our returns policy.", ['public reply'], ['shipped', 'delivered']],
      ['warm', 'Calm reply', "We're sorry this order disappointed you. Every {product} is checked before it leaves us, and we'd still like to help: please message us and we'll look after you under our returns policy.", ['public reply']],
    ],
  }),
  ...defineGroup('lifecycle.revisit', {
    'zh-CN': [
      ['warm', '使用回访', '{buyer_name}，好久不见～{product}用了一段时间了，感觉怎么样？给您个小贴士：{care_tip}。有想法或建议也欢迎告诉我😊', ['回访', '保养'], ['careTip']],
      ['concise', '简短回访', '亲，{product}用着还好吗？有问题或建议随时找我～', ['回访']],
    ],
    en: [
      ['warm', 'Checking in', "Hi {buyer_name}, it's been a little while! How is your {product} holding up? A quick care tip: {care_tip}. Any suggestions are very welcome.", ['revisit'], ['careTip']],
      ['concise', 'How is it?', 'Hi {buyer_name}, how is your {product} working out? Any questions or ideas, just message me.', ['revisit']],
    ],
  }),
  ...defineGroup('lifecycle.festival_greeting', {
    'zh-CN': [
      ['warm', '节日问候', '{buyer_name}，{festival}快乐呀🎉 谢谢这段时间的支持，祝您和家人节日开心、万事顺意～', ['节日']],
      ['formal', '正式问候', '{festival}将至，{shop_name}全体同仁感谢您的一路支持，祝您节日愉快，阖家幸福。', ['节日']],
    ],
    en: [
      ['warm', 'Festival wishes', "Hi {buyer_name}, happy {festival}! Thank you for your support this year. Wishing you and your family a lovely holiday.", ['festival']],
      ['formal', 'Season greetings', 'Everyone at {shop_name} wishes you a happy {festival}. Thank you for shopping with us.', ['festival']],
    ],
  }),
  ...defineGroup('lifecycle.birthday_greeting', {
    'zh-CN': [
      ['warm', '生日祝福', '{buyer_name}，生日快乐🎂 {shop_name}祝您新的一岁天天开心、心想事成～', ['生日']],
      ['concise', '简短祝福', '亲，生日快乐！愿您这一年顺顺利利～', ['生日']],
    ],
    en: [
      ['warm', 'Birthday wishes', "Hi {buyer_name}, happy birthday! Everyone at {shop_name} wishes you a wonderful year ahead.", ['birthday']],
    ],
  }),
  ...defineGroup('lifecycle.vip_invitation', {
    'zh-CN': [
      ['warm', '会员邀请', '{buyer_name}，谢谢您一直以来的支持～想邀请您加入我们店铺会员：购物攒积分，积分可以抵现，入会还能领{membership_gift}。在店铺首页点“会员”就能加入😊', ['会员']],
      ['formal', '正式邀请', '您好，感谢您多次惠顾{shop_name}。诚邀您加入店铺会员，享积分累计与会员专属优惠，入会即可领取{membership_gift}。', ['会员']],
    ],
    en: [
      ['warm', 'Join our members', "Hi {buyer_name}, thank you for shopping with us again! We'd love to invite you to our shop membership: you collect points on every order and get {membership_gift} when you join. Just tap \"Membership\" on our shop page.", ['vip']],
    ],
  }),
  ...defineGroup('lifecycle.vip_reactivation', {
    'zh-CN': [
      ['warm', '老会员问候', '{buyer_name}，好久没见您啦～您的账户里还有{points}积分，下单可以直接抵扣。这阵子上了些新品，有空来逛逛哦😊', ['会员', '唤醒']],
      ['concise', '积分提醒', '亲，您还有{points}积分可用，下单可抵扣～', ['会员', '积分']],
    ],
    en: [
      ['warm', 'We miss you', "Hi {buyer_name}, it's been a while! You still have {points} points in your account, which you can use on your next order. We've added some new items too, in case you'd like a look.", ['vip']],
    ],
  }),
  ...defineGroup('lifecycle.lost_sale_goodbye', {
    'zh-CN': [
      ['warm', '好聚好散', '没关系的亲～买东西就是要合心意。以后有需要随时来找我，您想要的款有到货我也会帮您留意😊', ['未成交']],
      ['concise', '礼貌道别', '好的亲，理解～有需要随时找我。', ['未成交']],
    ],
    en: [
      ['warm', 'No pressure', "No problem at all, it has to feel right! If you'd like, I'll keep an eye out for what you were looking for. You're welcome back any time.", ['lost sale']],
      ['concise', 'Understood', "Totally understand, thanks for considering us. If you change your mind or need anything else, I'm here.", ['lost sale']],
    ],
  }),
  ...defineGroup('lifecycle.return_tracking_check', {
    'zh-CN': [
      ['warm', '退货单号确认', '亲，退货寄出了吗？寄出后麻烦把快递单号填到售后申请里，或者直接发我，我们收到马上给您处理～', ['退货']],
      ['concise', '核对单号', '亲，退货寄出后把单号发我一下，我这边盯着，包裹一到马上处理～', ['退货']],
    ],
    en: [
      ['warm', 'Return on its way?', "Hi {buyer_name}, just checking: has the return been sent? Please add the tracking number to the return request or send it to me, and we'll process it as soon as it arrives.", ['return']],
    ],
  }),
  ...defineGroup('lifecycle.refund_done', {
    'zh-CN': [
      ['warm', '退款完成', '亲，退款{refund_amount}已经给您退回啦，原路返回，到账时间以支付渠道为准。给您添麻烦了，以后有需要随时来找我🙏', ['退款'], ['refundDone']],
      ['concise', '退款通知', '亲，已退款{refund_amount}，请留意到账。', ['退款'], ['refundDone']],
    ],
    en: [
      ['warm', 'Refund sent', "Hi {buyer_name}, your refund of {refund_amount} has been sent to your original payment method; how soon it shows depends on your bank. Sorry for the trouble, and thanks for your patience.", ['refund'], ['refundDone']],
    ],
  }),
];
