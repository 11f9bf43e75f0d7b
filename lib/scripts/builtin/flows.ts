/**
 * Replies of the conversation flows: parcels that are late, marked delivered but missing, at a
 * pickup point, refused or returned, held or redirected; complaints that threaten escalation;
 * the one payment reminder; the order confirmation; the refusal to move off the platform; and
 * questions about after-sales progress. They say what happens next and by when, never that
 * something was already checked. Without an order on file they still read well: the courier
 * falls back to a neutral word ({courier|快递}), and the deadline is computed from the clock.
 */
import { defineGroup } from '../script-types';

export const FLOW_SCRIPTS = [
  ...defineGroup('flow.logistics_ask_order', {
    'zh-CN': [
      ['warm', '请发订单号', '亲，麻烦把订单号发我一下，我马上帮您跟进包裹的情况～', ['物流', '订单号']],
      ['formal', '核对订单', '您好，请提供一下订单号，我们核对订单后立即为您跟进物流情况。', ['物流', '订单号']],
    ],
    en: [
      ['warm', 'Order number please', "Could you send me your order number? I'll follow up on your parcel straight away.", ['tracking']],
      ['formal', 'Look up the order', 'Please share your order number so we can look up the shipment and follow up for you.', ['tracking']],
    ],
  }),
  ...defineGroup('flow.logistics_not_shipped', {
    'zh-CN': [
      ['warm', '还没发出', '亲，您的订单还没发出哦，会在{ship_by}前发货，发出后马上把单号发给您～', ['物流', '未发货'], ['shipsLater']],
      ['formal', '发货时限', '您好，您的订单目前尚未发货，将于{ship_by}前发出，发货后物流信息会同步更新，请您留意。', ['物流', '未发货'], ['shipsLater']],
    ],
    en: [
      ['warm', 'Not shipped yet', "Your order hasn't shipped yet; it will leave us by {ship_by}, and I'll send you the tracking number as soon as it does.", ['tracking'], ['shipsLater']],
      ['concise', 'Ships by', "It's not on its way just yet, but it will ship by {ship_by} at the latest. You'll get the tracking details the moment it leaves.", ['tracking'], ['shipsLater']],
    ],
  }),
  ...defineGroup('flow.logistics_in_transit', {
    'zh-CN': [
      ['warm', '在路上', '亲，包裹在路上啦，{courier}单号{tracking_no}，按平时的时效预计{expected_arrival}前后到，订单页能看实时物流～', ['物流'], ['arrivalDate', 'shipped', 'trackingKnown']],
      ['concise', '预计到达', '亲，{courier} {tracking_no}，预计{expected_arrival}左右到，到了记得查收哦', ['物流'], ['arrivalDate', 'trackingKnown']],
    ],
    en: [
      ['warm', 'On the way', 'Tracking number {tracking_no} with {courier}; going by the usual delivery times it should reach you around {expected_arrival}. The order page shows each scan.', ['tracking'], ['arrivalDate', 'trackingKnown']],
      ['concise', 'Expected soon', 'It should arrive around {expected_arrival} ({courier}, tracking {tracking_no}). Let me know if it does not turn up.', ['tracking'], ['arrivalDate', 'trackingKnown']],
    ],
  }),
  ...defineGroup('flow.logistics_late', {
    'zh-CN': [
      ['warm', '超时道歉催件', '亲，真的抱歉，包裹比正常时间晚了，让您久等了🙏 我这就去催{courier|快递}，{deadline}前把进展告诉您；要是确认丢件，马上给您补发或者退款，您选。', ['物流', '超时']],
      ['formal', '正式致歉', '您好，您的包裹已超出正常送达时间，非常抱歉。我们马上向{courier|快递公司}催查，将于{deadline}前给您答复；如确认丢失，将为您补发或全额退款。', ['物流', '超时']],
    ],
    en: [
      ['warm', 'Sorry it is late', "I'm so sorry, your parcel is running late. I'm chasing {courier|the courier} now and will update you {deadline}. If it turns out to be lost, we'll resend it or refund you, your choice.", ['tracking', 'late']],
      ['formal', 'Delay apology', 'Apologies for the delay: your parcel is taking longer than it should. We are pressing {courier|the carrier} for an answer and will get back to you {deadline}. If it is lost, you will get a replacement or a full refund.', ['tracking', 'late']],
    ],
  }),
  ...defineGroup('flow.logistics_delivered_not_received', {
    'zh-CN': [
      ['warm', '签收未收到', '亲，别着急～物流写着签收、东西却没拿到，多半是放在了驿站、快递柜，或者门卫、邻居那里。麻烦您先翻翻取件短信，问问门卫和家人邻居；我这边马上联系{courier|快递}问清楚是谁签收的，{deadline}前给您回复。真找不到，我们负责到底。', ['物流', '签收未收到']],
      ['formal', '正式处理', '您好，包裹标记签收但您未收到，给您添麻烦了。请先查看是否有驿站或快递柜的取件通知，并向门卫、家人或邻居确认；我们同时联系{courier|快递公司}核实签收人，将于{deadline}前答复您。', ['物流', '签收未收到']],
    ],
    en: [
      ['warm', 'Says delivered, not there', "Sorry about this! When tracking says delivered but nothing's there, it's usually with a neighbour, in a parcel locker or at the front desk. Could you check those? Meanwhile I'll ask {courier|the courier} who signed for it and update you {deadline}. If it can't be found, we'll make it right.", ['tracking']],
      ['formal', 'Locate the parcel', "I'm sorry it hasn't reached you. Please check with neighbours, your reception desk or any pickup locker first; I'm contacting {courier|the carrier} to find out where it was left and will get back to you {deadline}.", ['tracking']],
    ],
  }),
  ...defineGroup('flow.logistics_pickup_station', {
    'zh-CN': [
      ['warm', '驿站取件', '亲，包裹可能放在附近的驿站或快递柜了，取件码一般会通过短信或快递App发给您，翻一下短信看看～没收到取件码的话告诉我，我帮您联系{courier|快递}问问放在哪个点。', ['物流', '驿站']],
      ['warm', '送货上门', '亲，驿站不方便去取的话，可以打驿站电话请他们送上门，或者我帮您联系{courier|快递}重新派送，您看哪种方便？', ['物流', '驿站']],
    ],
    en: [
      ['warm', 'Pickup point', "It may be waiting at a pickup point or parcel locker nearby. The pickup code usually comes by text or in the courier's app; if you can't find it, tell me and I'll ask {courier|the courier} where it was left.", ['tracking']],
      ['warm', 'Redelivery', 'If getting to the pickup point is a hassle, I can ask {courier|the courier} to redeliver it to your door. Would that help?', ['tracking']],
    ],
  }),
  ...defineGroup('flow.logistics_refused_returned', {
    'zh-CN': [
      ['warm', '拒收退回', '亲，包裹拒收或者被退回的话，会原路回到我们仓库，我们收到后马上给您办理退款，到时候在这里告诉您～如果还想要，也可以重新给您发一次。', ['物流', '拒收']],
      ['formal', '退回处理', '您好，退回的包裹到仓后，我们将尽快为您办理退款，请留意平台通知。如您仍需要该商品，请告诉我们，我们可以重新发货。', ['物流', '拒收']],
    ],
    en: [
      ['warm', 'Refused parcel', "No problem. A refused or returned parcel comes back to our warehouse, and we'll refund you as soon as it arrives; I'll let you know here. If you'd still like the item, we can send it again.", ['tracking']],
      ['formal', 'Returned to sender', 'Once the returned parcel reaches us, we will process your refund promptly; please watch for the platform notification. If you would like it resent instead, just tell us.', ['tracking']],
    ],
  }),
  ...defineGroup('flow.logistics_hold_before_ship', {
    'zh-CN': [
      ['warm', '发货前按要求安排', '好的亲，我这就给订单备注上，发货前按您说的安排～新地址或者想什么时候发，直接发我就行', ['物流', '改单']],
      ['warm', '未发货可改地址', '亲，订单还没发出，地址可以改：把新的收货人、电话和地址发我，我改好后截图给您确认～', ['物流', '改地址'], ['shipsLater']],
    ],
    en: [
      ['warm', 'Noted before shipping', "Sure, I'm adding a note to your order now so we ship it the way you asked. Just send me the new address or the date that suits you.", ['change']],
      ['warm', 'Change the address', "Your order hasn't shipped yet, so we can still change it: send me the new name, phone and address, and I'll confirm once it's updated.", ['change'], ['shipsLater']],
    ],
  }),
  ...defineGroup('flow.logistics_redirect_after_ship', {
    'zh-CN': [
      ['warm', '已发出改派', '亲，包裹已经发出了，我们这边没法直接改地址😅 我马上联系{courier|快递}看能不能改派或者先不派送，{deadline}前告诉您结果；您也可以在物流页面直接申请改地址，会更快一些。', ['物流', '改派'], ['shipped']],
      ['formal', '正式说明', '您好，包裹已经发出，本店无法直接修改收货信息。我们会联系{courier|快递公司}申请改派或暂缓派送，并于{deadline}前告知结果；您也可以在物流详情页自行申请。', ['物流', '改派'], ['shipped']],
    ],
    en: [
      ['warm', 'Already shipped', "It has already shipped, so we can't change the address on our side. I'll ask {courier|the courier} right away whether they can hold or redirect it, and let you know {deadline}. You can also request a change from the tracking page, which is often quicker.", ['change'], ['shipped']],
      ['formal', 'Redirect request', 'The parcel has already shipped, so we cannot edit the delivery details ourselves. We will ask {courier|the carrier} to hold or redirect it and update you {deadline}.', ['change'], ['shipped']],
    ],
  }),
  ...defineGroup('flow.logistics_courier_attitude', {
    'zh-CN': [
      ['warm', '快递员态度', '亲，快递员这样对您太不应该了，真的抱歉让您受气😔 这个情况我会反馈给{courier|快递公司}，让他们处理；包裹有任何问题也直接找我。', ['物流', '快递员']],
      ['formal', '正式致歉', '您好，对于派送人员的服务给您造成的不愉快，我们深表歉意。我们会向{courier|快递公司}反馈此事，您也可以通过快递公司的官方客服反映。包裹如有问题，由我们负责处理。', ['物流', '快递员']],
    ],
    en: [
      ['warm', 'Rude courier', "I'm really sorry the driver treated you like that; that's not okay. I'll report it to {courier|the courier company}, and if anything is wrong with the parcel itself, we'll take care of it.", ['tracking']],
      ['formal', 'Courier feedback', 'We apologise for the unpleasant delivery experience. We will pass your feedback to {courier|the carrier}, and you may also contact their customer service directly. Any issue with the item itself is ours to fix.', ['tracking']],
    ],
  }),
  ...defineGroup('flow.complaint_resolve', {
    'zh-CN': [
      ['warm', '道歉并解决', '亲，真的抱歉让您不愉快了，您说的问题我记着呢，现在就给您解决：{resolution}。您看这样行吗？', ['投诉']],
      ['formal', '正式处理', '您好，给您带来不好的体验，我们深表歉意。针对您反映的问题，我们的处理方案是：{resolution}。如有其他要求，请随时告诉我们。', ['投诉']],
    ],
    en: [
      ['warm', 'Sorry, here is the fix', "I'm really sorry about this, and I haven't forgotten the problem you mentioned. Here's what I can do right now: {resolution}. Would that work for you?", ['complaint']],
      ['formal', 'Resolution', 'We apologise for the experience. For the problem you raised, here is what we will do: {resolution}. Please let us know if you need anything else.', ['complaint']],
    ],
  }),
  ...defineGroup('flow.complaint_escalation_resolve', {
    'zh-CN': [
      ['warm', '马上解决', '亲，真的抱歉让您这么着急，这事我马上给您解决，不用等：{resolution}。您看这样可以吗？处理好以后，麻烦您方便时在平台上撤销一下投诉，以后有事直接找我就行🙏', ['投诉', '升级']],
      ['formal', '立即处理', '您好，非常抱歉给您带来困扰。针对您反映的问题，我们现在就为您处理：{resolution}。问题解决后，如您满意，烦请撤回投诉；后续有任何问题可随时联系我们。', ['投诉', '升级']],
    ],
    en: [
      ['warm', 'Fix it now', "I'm sorry it came to this. Let's fix it right now: {resolution}. Does that work for you? Once it's sorted, would you mind withdrawing the complaint? Any time something's wrong, just message me here.", ['complaint']],
      ['formal', 'Immediate resolution', 'We apologise for the trouble. We will resolve this for you straight away: {resolution}. Once it is resolved to your satisfaction, we would appreciate it if you withdrew the complaint.', ['complaint']],
    ],
  }),
  ...defineGroup('flow.complaint_escalation_ask', {
    'zh-CN': [
      ['warm', '先问清问题', '亲，非常抱歉让您这么生气。您遇到的问题我想马上帮您解决：麻烦说一下具体情况，有照片的话也发我，{deadline}前一定给您处理方案。', ['投诉', '升级']],
      ['formal', '请说明情况', '您好，您的情况我们非常重视。请您描述一下遇到的问题（有图片更好），我们将在{deadline}前给出处理方案。', ['投诉', '升级']],
    ],
    en: [
      ['warm', 'Tell me what happened', "I'm really sorry you're this frustrated. I want to fix it right away: could you tell me what happened, with a photo if you have one? You'll have a solution from me {deadline}.", ['complaint']],
      ['formal', 'Details please', 'We take this seriously. Please describe the problem, with photos if possible, and we will come back with a resolution {deadline}.', ['complaint']],
    ],
  }),
  ...defineGroup('flow.payment_reminder', {
    'zh-CN': [
      ['warm', '催付', '亲，看到您拍下了{product}还没付款，是遇到什么问题了吗？有疑问随时问我，付款后我们会尽快给您发出～', ['催付'], ['unpaid']],
      ['concise', '付款提醒', '亲，您的订单还没付款哦，需要的话记得付款，我们好尽快给您安排发货～', ['催付'], ['unpaid']],
    ],
    en: [
      ['warm', 'Payment reminder', "Hi {buyer_name}, I noticed your order for {product} hasn't been paid yet. Is anything holding you up? I'm happy to help, and we'll ship promptly once it's paid.", ['payment'], ['unpaid']],
      ['concise', 'Gentle nudge', 'Just a gentle note that your order is still unpaid. If you still want it, completing payment lets us get it packed and shipped.', ['payment'], ['unpaid']],
    ],
  }),
  ...defineGroup('flow.order_confirmation', {
    'zh-CN': [
      ['warm', '核对订单', '亲，跟您核对一下订单：\n商品：{product}\n金额：{order_total}\n收货地址：{order_address}\n没问题的话就按这个给您安排，有要改的随时告诉我～', ['核对']],
      ['concise', '核对（地址看订单页）', '亲，跟您确认一下：您拍的是{product}，金额{order_total}。收货地址麻烦在订单页再核对一下，有误的话发货前告诉我，马上帮您改～', ['核对']],
      ['warm', '核对（只有商品）', '亲，您拍的是{product}哦～规格、金额和收货地址麻烦在订单页核对一下，有要改的发货前告诉我就行', ['核对']],
    ],
    en: [
      ['warm', 'Confirm your order', "Let me just confirm your order:\nItem: {product}\nTotal: {order_total}\nDelivery address: {order_address}\nIf that's all correct, we'll get it ready. Tell me if anything needs changing.", ['confirm']],
      ['concise', 'Quick check', "Quick check: you ordered {product} for {order_total}. Please double-check the delivery address on the order page and tell me before it ships if anything's wrong.", ['confirm']],
    ],
  }),
  ...defineGroup('flow.off_platform_refusal', {
    'zh-CN': [
      ['warm', '平台内沟通', '亲，平台规定不能私下加联系方式哦，也是为了保障您的交易安全～有什么问题就在这里找我，我一直在的😊', ['平台规则']],
      ['formal', '正式说明', '您好，为保障双方的交易安全，我们只在平台内沟通，订单和售后问题都可以在这里直接联系我们，我们会及时回复。', ['平台规则']],
    ],
    en: [
      ['warm', 'Keep it here', "For your protection, we keep all our conversations here on the platform. Ask me anything here and I'll answer quickly!", ['platform rules']],
      ['formal', 'Platform policy', "Sorry, I'm not able to move the chat elsewhere; the platform asks us to keep everything here so your order stays protected. I'm right here whenever you need me.", ['platform rules']],
    ],
  }),
  ...defineGroup('flow.after_sale_progress_done', {
    'zh-CN': [
      ['warm', '退款已完成', '亲，您这单的退款已经处理完成，款项原路退回，到账时间以支付渠道为准；过几天还没看到的话，把截图发我，我帮您跟平台核实～', ['售后进度'], ['refundDone']],
      ['concise', '已退回', '亲，退款已经给您退回了，请留意原支付账户的到账通知～', ['售后进度'], ['refundDone']],
    ],
    en: [
      ['warm', 'Refund complete', "Your refund has been issued to your original payment method; how long it takes to show depends on your bank. If it hasn't appeared in a few days, send me a screenshot and I'll follow it up with the platform.", ['after-sales'], ['refundDone']],
      ['concise', 'Refund issued', 'Your refund has been issued. Please keep an eye on your original payment account for it.', ['after-sales'], ['refundDone']],
    ],
  }),
  ...defineGroup('flow.after_sale_progress_pending', {
    'zh-CN': [
      ['warm', '跟进中', '亲，您的售后我来跟进，{deadline}前把进展告诉您。需要寄回的话，记得把退货单号填到售后申请里，包裹到仓后我们会尽快处理～', ['售后进度']],
      ['formal', '下一步说明', '您好，您的售后我们会跟进到底，将于{deadline}前告诉您进展和下一步；如需寄回商品，请在售后申请中填写退货单号，我们收到后尽快处理。', ['售后进度']],
    ],
    en: [
      ['warm', 'Following up', "I'm following up on your case and will update you {deadline}. If you're sending the item back, please add the return tracking number to the request, and we'll process it as soon as it arrives.", ['after-sales']],
      ['formal', 'Next steps', 'We will keep you updated on your after-sales request and tell you the next step {deadline}. If a return is needed, please add the tracking number to the request so we can process it on arrival.', ['after-sales']],
    ],
  }),
];
