/**
 * The steps of the playbooks (haggling, returns, reviews, complaints). The playbook decides the
 * numbers and the policy and passes them as variables; these scripts only say it well. Each
 * group's required variables are listed in PLAYBOOK_GROUP_VARIABLES.
 */
import { defineGroup } from '../script-types';

export const PLAYBOOK_SCRIPTS = [
  ...defineGroup('playbook.haggle_free_shipping_first', {
    'zh-CN': [
      ['warm', '价格不动送包邮', '亲，{list_price}已经是很实在的价格啦，价格这块真的动不了～不过看您诚心要，这单我给您包邮，您看行吗？', ['议价']],
      ['concise', '包邮让步', '亲，{list_price}不议价哦，这单给您包邮～', ['议价']],
    ],
    en: [
      ['warm', 'Free shipping instead', "{list_price} is already a fair price, so I can't move on that, but I'd be happy to cover the shipping for you. Does that work?", ['haggle']],
      ['concise', 'Shipping on us', 'The price stays at {list_price}, but shipping is on us for this order.', ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_invite_offer', {
    'zh-CN': [
      ['warm', '请出价', '宝子心里的价位是多少呀？说个数，合适的话我去跟老板申请一下～', ['议价']],
      ['concise', '您说个价', '亲，您想要什么价位？说个数我看看能不能帮您申请～', ['议价']],
    ],
    en: [
      ['warm', 'Name a price', 'What price did you have in mind? Tell me and I\'ll see what I can do.', ['haggle']],
      ['concise', 'Your price?', 'Happy to talk. What were you hoping to pay?', ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_counter', {
    'zh-CN': [
      ['warm', '还价', '亲，您说的价格实在给不到😅 我再帮您让一点：{next_price}，您看可以吗？', ['议价']],
      ['concise', '简短还价', '亲，{next_price}可以给您，您看呢？', ['议价']],
    ],
    en: [
      ['warm', 'Counter-offer', "I can't quite go that low, but I can do {next_price} for you. How does that sound?", ['haggle']],
      ['concise', 'Meet you partway', 'That one is a bit low for us. I can do {next_price}.', ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_final', {
    'zh-CN': [
      ['warm', '底价加小请求', '亲，我跟老板磨了半天，{next_price}就是能给到的价了，真的不能再低了🙏 您要的话先拍下先别付款，我改好价您再付。就一个小请求：{small_request}，可以吗？', ['议价']],
      ['concise', '一口价', '亲，{next_price}一口价，再低真给不了啦。先拍下别付款，我改好价您再付；方便的话{small_request}～', ['议价']],
    ],
    en: [
      ['warm', 'Final offer', "I've checked with the owner and {next_price} really is as low as we can go. If that works, place the order without paying, I'll change the price, then you pay. Just one small favour in return: could you {small_request}?", ['haggle']],
      ['concise', 'Last price', '{next_price} is my final price. Order without paying and I will update it for you; and if you can, {small_request}.', ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_accept', {
    'zh-CN': [
      ['warm', '成交', '好嘞，看您这么有诚意，就{next_price}成交！您先拍下先别付款，我把价格改成{next_price}，改好您再付款就行。也拜托您一件小事：{small_request}，谢谢亲😊', ['议价', '成交']],
      ['concise', '成交简短', '行，{next_price}成交～您先拍下先别付款，我改好价您再付。{small_request}哈，谢谢亲', ['议价', '成交']],
    ],
    en: [
      ['warm', 'Deal', "All right, you've got a deal at {next_price}! Please place the order but don't pay yet; I'll change the price to {next_price}, and then you can pay. One small thing in return: please {small_request}. Thank you!", ['haggle']],
      ['concise', 'Deal, order first', "Deal at {next_price}. Place the order without paying, I'll update the price, then check out. And if you can, {small_request}.", ['haggle']],
    ],
  }),
  ...defineGroup('playbook.haggle_hold_line', {
    'zh-CN': [
      ['warm', '守住底价', '亲，真的很抱歉，{next_price}已经是能给您的价格了，再少真的给不了。您喜欢的话先拍下别付款，我改好价您再付，我们会用心给您打包发货～', ['议价', '底价']],
      ['formal', '礼貌坚持', '您好，{next_price}已是本店能给出的价格，无法再低，还请谅解。如您决定购买，我们会尽快为您发货。', ['议价', '底价']],
    ],
    en: [
      ['warm', 'Holding the line', "I'm sorry, {next_price} is the best I can do and I can't go lower. If you'd like it at that price, place the order without paying and I'll adjust it; then I'll pack it with care and ship it quickly.", ['haggle']],
      ['concise', 'Firm price', "{next_price} is as far as I can go, sorry. It's yours at that price whenever you're ready.", ['haggle']],
    ],
  }),
  ...defineGroup('playbook.free_shipping_bundle', {
    'zh-CN': [
      ['warm', '凑件包邮', '亲，单件包邮真的做不到哦，不过拍{bundle_qty}件就包邮啦～要不要再看看别的款，我帮您推荐？', ['包邮', '凑单']],
      ['concise', '满件包邮', '亲，满{bundle_qty}件包邮哦，凑一件更划算～', ['包邮', '凑单']],
    ],
    en: [
      ['warm', 'Free shipping on more', "I can't offer free shipping on a single item, but it's free when you buy {bundle_qty}. Would you like a suggestion for something to go with it?", ['shipping']],
      ['concise', 'Bundle ships free', 'Shipping is free from {bundle_qty} items. Want to add something?', ['shipping']],
    ],
  }),
  ...defineGroup('playbook.gift_membership', {
    'zh-CN': [
      ['warm', '赠品统一，推荐会员礼', '亲，赠品是统一的，每位顾客都一样，单独加不了哦～不过入会可以领{membership_gift}，在店铺首页点“会员”就能加入😊', ['赠品', '会员']],
      ['concise', '会员礼', '亲，赠品大家都一样哈，入会可以领{membership_gift}～', ['赠品', '会员']],
    ],
    en: [
      ['warm', 'Membership gift', "Our gifts are the same for every customer, so I can't add an extra one, sorry! If you join our shop membership, though, you get {membership_gift}.", ['gift']],
      ['concise', 'Members get a gift', "Everyone gets the same gift, so I can't add one, but members receive {membership_gift}.", ['gift']],
    ],
  }),
  ...defineGroup('playbook.return_quality', {
    'zh-CN': [
      ['warm', '质量问题直接退', '亲，给您添麻烦了，实在抱歉😔 质量问题我们负责：退款或换新您来选，来回运费我们出。您在订单页申请售后，我这边马上同意', ['退货', '质量']],
      ['formal', '质量问题受理', '您好，照片已收到，确属质量问题，非常抱歉。退款或换新由您选择，来回运费由本店承担，请在订单页提交售后申请，我们会尽快同意。', ['退货', '质量']],
    ],
    en: [
      ['warm', 'Quality return', "I'm really sorry about this. A quality problem is on us: refund or replacement, your choice, and we pay the postage both ways. Open a return on the order and I'll approve it right away.", ['return']],
      ['concise', 'Faulty item', 'Sorry about the fault. Refund or replacement, whichever you prefer, with postage both ways on us. Open a return and I will approve it.', ['return']],
    ],
  }),
  ...defineGroup('playbook.return_shipping_fault', {
    'zh-CN': [
      ['warm', '运输或打包问题', '亲，是我们这边的问题，抱歉让您白等了🙏 补发或者退款您选，运费全部由我们承担，发张照片给我就马上处理', ['破损', '少件', '发错']],
      ['concise', '补发或退款', '亲，照片看到了，实在抱歉！给您补发或退款都行，您选，运费我们出～', ['破损', '少件', '发错']],
    ],
    en: [
      ['warm', 'Our fault', "That's on us, and I'm sorry. Would you like a replacement or a refund? We cover all the shipping; just send me a photo and I'll take care of it now.", ['return']],
      ['concise', 'Replacement or refund', "Sorry it reached you like that. Replacement or refund, your choice; the shipping is on us.", ['return']],
    ],
  }),
  ...defineGroup('playbook.return_no_reason', {
    'zh-CN': [
      ['warm', '无理由退货', '亲，没问题～签收{return_window_days}天内支持无理由退货，商品不影响二次销售就行。寄回运费由{return_shipping_payer}承担，退货地址：{return_address}。寄出后把单号填到售后里，收到就给您退款', ['退货', '无理由']],
      ['concise', '同意退货', '亲，可以退的，在{return_window_days}天无理由期内。寄回运费由{return_shipping_payer}承担，寄到：{return_address}，单号填到售后里，收到就退款～', ['退货', '无理由']],
    ],
    en: [
      ['warm', 'No-reason return', "Of course! Returns are accepted within {return_window_days} days of delivery, as long as the item is unused. Return postage is paid by {return_shipping_payer}. Please send it to: {return_address}, and add the tracking number to the return so we can refund you once it arrives.", ['return']],
      ['concise', 'Return accepted', 'No problem, you are within the {return_window_days}-day window. Return postage is paid by {return_shipping_payer}; send it to {return_address} and we refund once it arrives.', ['return']],
    ],
  }),
  ...defineGroup('playbook.exchange_no_reason', {
    'zh-CN': [
      ['warm', '无理由换货', '亲，不合适咱们就换～告诉我想换的尺码或颜色，我先给您留着，您寄回后马上发新的，不让您多等😊', ['换货']],
      ['concise', '换货', '亲，可以换哈，您要换哪个尺码或颜色？我先帮您留一件～寄回运费由{return_shipping_payer}承担哦', ['换货']],
    ],
    en: [
      ['warm', 'Easy exchange', "No problem, let's swap it! Tell me the size or colour you'd like and I'll set one aside; as soon as yours is on its way back, we'll ship the new one.", ['exchange']],
      ['concise', 'Swap it', "Happy to exchange it. Which size or colour should I reserve for you? Postage for sending yours back is paid by {return_shipping_payer}.", ['exchange']],
    ],
  }),
  ...defineGroup('playbook.return_outside_window', {
    'zh-CN': [
      ['warm', '超出无理由期限', '亲，理解您的情况～不过订单已经超过{return_window_days}天的无理由退换期限了，这边没法按无理由退货，抱歉。如果是质量问题，我们照样负责处理；或者您需要的话，我帮您看看换个别的款，您觉得呢？', ['退货', '超期']],
      ['formal', '超期说明', '您好，该订单已超过{return_window_days}天无理由退换期限，暂时无法办理无理由退货，敬请谅解。如商品存在质量问题，请发照片给我们，本店仍会负责处理。', ['退货', '超期']],
    ],
    en: [
      ['warm', 'Outside the window', "I understand. Unfortunately the order is past our {return_window_days}-day return window, so I can't accept it as a no-reason return. If there's a fault with it, we'll still take care of that, and I'm happy to help you find something that suits you better.", ['return']],
      ['formal', 'Past the return window', 'Thank you for asking. This order is outside our {return_window_days}-day no-reason return period, so we cannot accept a no-reason return. Any defect is still covered; please let us know if that applies.', ['return']],
    ],
  }),
  ...defineGroup('playbook.bad_review_apology', {
    'zh-CN': [
      ['warm', '差评致歉', '亲，看到您的评价了，真的很抱歉让您失望😔 问题出在哪里，我想先帮您解决好：退换、补发都可以，您说了算', ['差评']],
    ],
    en: [
      ['warm', 'Sorry for the experience', "I've just seen your review and I'm truly sorry we disappointed you. I'd like to put it right: a replacement or a refund, whichever you prefer.", ['review']],
    ],
  }),
  ...defineGroup('playbook.review_reconsider', {
    'zh-CN': [
      ['warm', '问题解决后', '亲，问题处理好了，谢谢您的理解和耐心🙏 如果觉得这次处理还可以，方便的时候可以按现在的真实感受更新一下评价，不方便也完全没关系～', ['评价']],
    ],
    en: [
      ['warm', 'After fixing it', "Thank you for your patience while we sorted this out. If you feel differently now, you're welcome to update your review to reflect your experience, but there's no pressure at all.", ['review']],
    ],
  }),
  ...defineGroup('playbook.unfair_review_public', {
    'zh-CN': [
      ['formal', '公开回复', '感谢您的反馈。这笔订单已正常签收，商品出库前都会经过检查。如仍有问题，欢迎随时联系我们，我们会按售后规则为您处理。', ['差评回复', '公开'], ['delivered']],
    ],
    en: [
      ['formal', 'Public reply', "Thank you for your feedback. This order was delivered, and every item is checked before dispatch. If anything is still wrong, please contact us and we'll help under our returns policy.", ['public reply'], ['delivered']],
    ],
  }),
  ...defineGroup('playbook.complaint_ack', {
    'zh-CN': [
      ['warm', '受理投诉', '亲，您反映的问题我已经记下来了，非常抱歉给您带来麻烦。这件事我亲自跟进，{deadline}前一定给您答复🙏', ['投诉']],
      ['formal', '正式受理', '您好，您的问题已登记，我们正在核实处理，将于{deadline}前给您明确答复，感谢您的耐心。', ['投诉']],
    ],
    en: [
      ['warm', 'Complaint noted', "I've noted everything you've told me and I'm sorry for the trouble. I'm handling this personally and will come back to you {deadline}.", ['complaint']],
    ],
  }),
  ...defineGroup('playbook.complaint_accept_withdraw', {
    'zh-CN': [
      ['warm', '同意处理请撤诉', '亲，您的诉求我们同意，我现在就给您办理🙏 处理好以后，麻烦您方便时在平台上撤销一下投诉，以后有任何问题直接找我，我马上处理', ['投诉', '撤诉']],
    ],
    en: [
      ['warm', 'Accept and withdraw', "We agree to your request and I'm arranging it now. Once it's done, could you withdraw the claim on the platform when you have a moment? If anything else comes up, just message me here and I'll handle it right away.", ['complaint']],
    ],
  }),
];
