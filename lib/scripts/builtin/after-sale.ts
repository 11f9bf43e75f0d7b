/**
 * Replies after the goods arrive. Faults (quality, damage, missing or wrong items) are accepted
 * at once and the shop pays the shipping; no-fault returns follow the shop's window; complaints
 * get an answer and a promised time; reviews are asked for honestly and never rewarded. A refund
 * is called done only when the order says it is (the `refundDone` claim).
 */
import { defineGroup } from '../script-types';

export const AFTER_SALE_SCRIPTS = [
  ...defineGroup('received_ok', {
    'zh-CN': [
      ['warm', '感谢喜欢', '收到就好啦～谢谢亲的认可🥰 用的过程中有任何问题，随时来找我', ['感谢']],
      ['concise', '简短感谢', '谢谢亲～用得开心！', ['感谢']],
      ['formal', '正式致谢', '您好，感谢您的支持与认可。使用过程中如有任何疑问，欢迎随时联系我们。', ['感谢']],
    ],
    en: [
      ['warm', 'Glad you like it', "So glad it arrived safely and you like it! If anything comes up while you're using it, just message me.", ['thanks']],
      ['concise', 'Thanks', 'Thank you, enjoy it! I am here if you need anything.', ['thanks']],
    ],
  }),
  ...defineGroup('damaged', {
    'zh-CN': [
      ['warm', '破损道歉补发', '亲，真的太抱歉了😣 路上磕坏了让您糟心了。麻烦拍一下外箱和破损处的照片发我，我马上给您补发一个新的，运费都是我们的，破损的不用寄回', ['破损', '补发']],
      ['concise', '破损处理', '抱歉亲！发下破损照片，补发或退款您选，运费我们出。', ['破损']],
      ['formal', '正式致歉', '您好，商品在运输中破损，给您带来不便，我们深表歉意。请提供外包装及破损部位照片，我们将为您免费补发或全额退款，相关运费由本店承担。', ['破损']],
    ],
    en: [
      ['warm', 'Sorry it broke', "I'm so sorry it arrived damaged! Could you send a photo of the box and the damage? I'll send a replacement right away or refund you, whichever you prefer, and we cover all the shipping.", ['damaged']],
      ['formal', 'Damaged on arrival', 'We apologise that your item arrived damaged. Please share a photo of the packaging and the damaged part, and we will send a replacement or issue a full refund, with all shipping costs covered by us.', ['damaged']],
    ],
  }),
  ...defineGroup('missing_item', {
    'zh-CN': [
      ['warm', '少件补发', '亲，抱歉是我们打包漏了🙏 麻烦拍下收到的东西和快递面单，我核实后马上给您补发，运费我们出', ['少件', '补发']],
      ['concise', '少件处理', '抱歉亲，发下实物照片，核实后马上补发～', ['少件']],
      ['formal', '正式处理', '您好，对于漏发给您造成的不便，我们深表歉意。请提供所收商品及快递面单照片，核实后我们将为您补发缺少的物品，运费由本店承担。', ['少件']],
    ],
    en: [
      ['warm', 'Missing item', "Sorry, it looks like we missed something when packing! Please send a photo of what arrived and the shipping label, and I'll send the missing part straight away at our cost.", ['missing']],
      ['concise', 'Missing part', "Sorry about that! Send me a photo of what you received and I'll ship the missing piece free of charge.", ['missing']],
    ],
  }),
  ...defineGroup('wrong_item', {
    'zh-CN': [
      ['warm', '发错换货', '亲，是我们发错了，实在抱歉😣 我给您把{sku}重新发出去，发错的那件麻烦寄回，来回运费都算我们的，您寄到付就行', ['发错', '换货']],
      ['concise', '发错处理', '抱歉亲，是我们的错。换货或退款您选，运费我们出。', ['发错']],
      ['formal', '正式致歉', '您好，因我们的失误给您发错商品，深表歉意。我们将为您重新寄出正确商品，错发商品请以到付方式寄回，往返运费均由本店承担。', ['发错']],
    ],
    en: [
      ['warm', 'Wrong item sent', "That's our mistake, I'm sorry! I'll send you the right one ({sku}) now. Please send the wrong one back with the prepaid label we provide; all the postage is on us.", ['wrong item']],
      ['concise', 'Our mix-up', "Sorry, we sent the wrong item. Would you like the right one or a refund? Either way, we pay all the shipping.", ['wrong item']],
    ],
  }),
  ...defineGroup('quality_issue', {
    'zh-CN': [
      ['warm', '质量问题退换', '亲，给您添麻烦了，真的抱歉😔 质量问题我们直接处理：退货退款或者换新，您选一个，来回运费都是我们承担。方便的话拍张照片发我', ['质量', '退换']],
      ['concise', '质量问题处理', '抱歉亲！质量问题包退换，运费我们出，发下照片就给您办。', ['质量']],
      ['formal', '正式受理', '您好，对于商品出现的问题，我们深表歉意。本店对质量问题负责到底：可为您办理退货退款或换货，往返运费由本店承担。请提供问题部位照片，以便我们改进。', ['质量']],
      ['warm', '色差说明与处理', '亲，实物和图片有差别让您失望了，抱歉～如果不喜欢，直接退回就好，运费我们来出，不让您吃亏', ['质量', '色差']],
    ],
    en: [
      ['warm', 'Defect, we fix it', "I'm really sorry it isn't right. A fault is on us: you can have a refund or a replacement, and we pay the shipping both ways. A photo of the problem helps us fix it at the source.", ['quality']],
      ['formal', 'Quality issue', 'We are sorry the item did not meet your expectations. For any quality fault we offer a refund or a replacement, with return shipping paid by us. Could you send a photo of the problem?', ['quality']],
    ],
  }),
  ...defineGroup('size_fit', {
    'zh-CN': [
      ['warm', '换码', '亲，不合适没关系～{return_window_days}天内可以换码，告诉我身高体重，我帮您重新挑个合适的码', ['尺码', '换货'], ['bodySize']],
      ['concise', '无理由退换', '亲，{return_window_days}天内支持无理由退换，寄回运费{return_shipping_payer}承担哦。', ['退换']],
      ['formal', '正式说明', '您好，商品不影响二次销售的情况下，{return_window_days}天内支持无理由退换。退回运费由{return_shipping_payer}承担，收到退货后我们会尽快处理。', ['退换']],
    ],
    en: [
      ['warm', "Doesn't fit", "No problem at all! Within {return_window_days} days you can exchange it for another size. Tell me your usual size and I'll help you choose.", ['size']],
      ['formal', 'Return or exchange', 'Unused items can be returned or exchanged within {return_window_days} days. Return postage is paid by {return_shipping_payer}, and we process it as soon as it arrives.', ['size']],
    ],
  }),
  ...defineGroup('return_request', {
    'zh-CN': [
      ['warm', '退货流程', '亲，可以退的～在订单页点“申请售后”，选退货退款，审核通过后寄到：{return_address}。寄出后把单号填上，我们收到就给您退', ['退货']],
      ['concise', '退货地址', '亲，退货地址：{return_address}。寄出后记得填单号哦～', ['退货', '地址']],
      ['formal', '退换政策', '您好，本店支持{return_window_days}天无理由退换（商品需不影响二次销售）。质量问题往返运费由本店承担；非质量问题寄回运费由{return_shipping_payer}承担。', ['退货', '政策']],
      ['warm', '运费险退货', '亲，可以退的～您这单有运费险，寄回的运费由运费险赔付，不用您出。审核通过后寄到：{return_address}，填好单号我们收到就处理', ['退货', '运费险'], ['shippingInsurance']],
    ],
    en: [
      ['warm', 'How to return', "Sure! Open the order and choose \"return/refund\". Once it's approved, send it to: {return_address}. Add the tracking number and we'll refund you as soon as it arrives.", ['return']],
      ['formal', 'Return policy', 'Unused items can be returned within {return_window_days} days. If it is faulty, we pay the postage both ways; otherwise return postage is paid by {return_shipping_payer}.', ['return']],
    ],
  }),
  ...defineGroup('refund', {
    'zh-CN': [
      ['warm', '退款已退回', '亲，退款{refund_amount}已经给您原路退回了，到账时间以支付渠道为准，过几天还没看到的话截图发我～', ['退款'], ['refundDone']],
      ['concise', '催退款', '亲，收到退货就马上退款，我帮您盯着～', ['退款']],
      ['formal', '退款说明', '您好，退款申请提交后，我们核实后会尽快处理，款项将原路退回，请您留意到账通知。', ['退款']],
    ],
    en: [
      ['warm', 'Refund issued', "Your refund of {refund_amount} has been issued to your original payment method. How soon it shows up depends on your bank; if it hasn't appeared in a few days, send me a screenshot.", ['refund'], ['refundDone']],
      ['concise', 'Refund after return', "As soon as the return reaches us, we'll refund you; the money goes back to your original payment method.", ['refund']],
    ],
  }),
  ...defineGroup('complaint', {
    'zh-CN': [
      ['warm', '马上处理', '亲，先跟您说声抱歉，让您生气了😔 您的问题我现在就处理，{deadline}前给您一个明确的结果，不会拖的', ['投诉']],
      ['concise', '记录并承诺', '亲，已记录，{deadline}前给您结果。', ['投诉']],
      ['formal', '正式回应', '您好，您反映的问题我们非常重视，已记录并安排专人处理，将在{deadline}前给您答复。符合退换条件的，我们会直接为您办理。', ['投诉']],
    ],
    en: [
      ['warm', 'On it now', "I'm sorry this has upset you. I'm looking into it right now and will come back to you with a clear answer {deadline}.", ['complaint']],
      ['formal', 'Complaint received', 'Thank you for telling us. We take this seriously and will give you a clear resolution {deadline}. If the case is covered by our returns policy, we will simply process it for you.', ['complaint']],
    ],
  }),
  ...defineGroup('bad_review', {
    'zh-CN': [
      ['warm', '先解决问题', '亲，真的抱歉这次让您不满意😔 您说的问题我来负责解决，退换或者补偿方案您来选，先把事情给您处理好', ['差评']],
      ['concise', '道歉处理', '抱歉亲，哪里不满意跟我说，马上处理。', ['差评']],
      ['formal', '正式致歉', '您好，对于本次购物体验未能让您满意，我们深表歉意。请告知具体问题，我们将立即为您处理，并据此改进商品与服务。', ['差评']],
    ],
    en: [
      ['warm', 'Let me fix it', "I'm really sorry we let you down. Tell me what went wrong and I'll sort it out now: a replacement or a refund, your choice.", ['review']],
      ['formal', 'Apology', 'We are sorry your experience fell short. Please tell us what happened, and we will put it right and use your feedback to improve.', ['review']],
    ],
  }),
  ...defineGroup('review', {
    'zh-CN': [
      ['warm', '真实评价', '亲，评价按您真实的感受写就好，我们这边不设奖励，您的意见对我们很重要～有不满意的地方先告诉我，我来解决', ['评价']],
      ['concise', '方便时评价', '亲，方便的时候给个真实评价就好，谢谢～', ['评价']],
      ['formal', '评价说明', '您好，平台鼓励真实评价，本店不以任何形式换取评价。您的反馈我们都会认真阅读并用于改进。', ['评价']],
    ],
    en: [
      ['warm', 'Honest review', "No need to do anything special! If you'd like to leave a review, just share your honest experience. If anything isn't right, tell me first so I can fix it.", ['review']],
      ['concise', 'Whenever you like', 'Whenever you have a moment, an honest review is always welcome. Thank you!', ['review']],
    ],
  }),
  ...defineGroup('other', {
    'zh-CN': [
      ['warm', '好的回应', '好的亲～还有什么需要随时叫我哦😊', ['通用']],
      ['concise', '收到', '收到亲～', ['通用']],
      ['formal', '继续服务', '好的，如您还有其他问题，欢迎随时联系我们，祝您生活愉快。', ['通用']],
    ],
    en: [
      ['warm', 'Anything else', "Sounds good! Let me know if there's anything else I can help with.", ['general']],
      ['concise', 'Noted', 'Got it, thanks!', ['general']],
    ],
  }),
];
