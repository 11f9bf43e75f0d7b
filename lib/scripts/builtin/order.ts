/**
 * Replies while the order is on its way: shipping times, tracking, changes, invoices and price
 * drops. Facts (dates, couriers, numbers) come from variables so the seller never guesses them.
 */
import { defineGroup } from '../script-types';

export const ORDER_SCRIPTS = [
  ...defineGroup('price_drop', {
    'zh-CN': [
      ['warm', '退差价', '亲，理解您的心情～订单还在价保期内的话，可以在订单页点“价格保护”申请，差价会原路退回。不会操作的话告诉我，我帮您看', ['价保']],
      ['concise', '价保申请', '亲，订单页点“价格保护”即可申请，符合条件会自动退差价～', ['价保']],
      ['formal', '价保说明', '您好，商品价格随活动调整，给您带来不便非常抱歉。在平台价保规则范围内，您可在订单详情中申请价格保护，审核通过后差价将原路退回。', ['价保']],
    ],
    en: [
      ['warm', 'Price dropped', "I understand, that's annoying! If your order is within the platform's price-protection period, you can request the difference from the order page and it goes back to your original payment. Tell me if you'd like help with it.", ['price']],
    ],
  }),
  ...defineGroup('ship_time', {
    'zh-CN': [
      ['warm', '发货时间', '亲，您的订单已经排上啦，{ship_date}前会发出，一发出马上把单号告诉您～', ['发货']],
      ['concise', '今日发货', '亲，今天下午五点前的订单当天发，之后的次日发～', ['发货']],
      ['formal', '延迟致歉', '您好，抱歉让您久等了。近期订单较多，您的订单预计{ship_date}发出，发货后物流信息会同步更新，请您留意。', ['发货', '致歉']],
    ],
    en: [
      ['warm', 'When it ships', "Thanks for your patience! Your order is in the queue and will ship by {ship_date}. I'll send you the tracking number as soon as it leaves.", ['shipping']],
    ],
  }),
  ...defineGroup('logistics', {
    'zh-CN': [
      ['warm', '物流进度', '亲，帮您查了下，包裹在{courier}运输中，单号{tracking_no}，预计{expected_arrival}到～有变化我再告诉您', ['物流']],
      ['concise', '单号告知', '亲，{courier}，单号{tracking_no}，订单页可以看实时物流哦', ['物流']],
      ['formal', '物流停滞', '您好，包裹物流暂时没有更新，非常抱歉。我已联系{courier}核实，预计今天内给您答复；如确认丢件，我们会为您补发或退款。', ['物流', '停滞']],
      ['warm', '指定快递', '亲，默认发{courier}哦，指定其他快递的话需要补差价，您看需要吗？', ['快递']],
    ],
    en: [
      ['warm', 'Where is my parcel', "I've checked for you: it's with {courier}, tracking number {tracking_no}, and should arrive {expected_arrival}. I'll keep an eye on it.", ['tracking']],
      ['formal', 'Stuck parcel', "I'm sorry the tracking hasn't moved. I've asked {courier} to check and will update you today. If the parcel is lost, we'll resend it or refund you.", ['tracking']],
    ],
  }),
  ...defineGroup('order_change', {
    'zh-CN': [
      ['warm', '改地址', '亲，没问题～把新的收货地址和电话发我，我在发货前帮您改好，改完截图给您确认', ['改单']],
      ['concise', '改规格', '好的亲，已备注改成{sku}，发货前给您确认一遍～', ['改单']],
      ['formal', '取消订单', '您好，订单尚未发出，您可以在订单页直接申请取消，我这边会尽快同意，款项将原路退回。', ['取消']],
      ['warm', '已发出无法改', '亲，包裹已经发出了，地址这边改不了啦😅 您可以在物流页联系{courier}改派，或者收到后我们帮您处理，您看哪种方便？', ['改单']],
    ],
    en: [
      ['warm', 'Change details', "No problem! Send me the new address, size or colour and I'll update the order before it ships, then confirm with you.", ['change']],
    ],
  }),
  ...defineGroup('invoice', {
    'zh-CN': [
      ['warm', '开票', '亲，可以开发票的～麻烦把抬头、税号和接收邮箱发我，开好发到您邮箱', ['发票']],
      ['concise', '开票信息', '亲，请提供：发票抬头、税号、邮箱。', ['发票']],
      ['formal', '发票说明', '您好，本店支持开具电子发票。请在确认收货后，将发票抬头、纳税人识别号及接收邮箱发送给我，我们将在 3 个工作日内开具。', ['发票']],
    ],
    en: [
      ['warm', 'Invoice', "Of course! Please send me the name or company for the invoice, your tax ID if needed, and the email to send it to.", ['invoice']],
    ],
  }),
];
