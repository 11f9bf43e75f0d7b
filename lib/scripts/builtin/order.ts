/**
 * Replies while the order is on its way: shipping times, tracking, changes, invoices and price
 * drops. Facts (dates, couriers, numbers) come from variables so the seller never guesses them,
 * and a script that says where the order is declares it (claims), so a "ships by" promise is
 * never offered once the parcel has left and nobody "has checked" what nobody checked.
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
      ['formal', 'Price protection', "Prices change with promotions, and I'm sorry for the frustration. If your order qualifies under the platform's price-protection rules, you can claim the difference from the order details page.", ['price']],
    ],
  }),
  ...defineGroup('ship_time', {
    'zh-CN': [
      ['warm', '发货时间', '亲，您的订单已经排上啦，{ship_by}前会发出，一发出马上把单号告诉您～', ['发货'], ['shipsLater']],
      ['concise', '当日发货', '亲，每天{ship_cutoff}前付款的订单当天发出，之后付款的第二天发～', ['发货'], ['shipCutoff']],
      ['formal', '发货时限', '您好，抱歉让您久等了。您的订单将于{ship_by}前发出，发货后物流信息会同步更新，请您留意。', ['发货', '致歉'], ['shipsLater']],
      ['warm', '已发出', '亲，您的订单已于{ship_date}发出啦，{courier}单号{tracking_no}，订单页可以看实时物流～', ['发货'], ['shipped', 'trackingKnown']],
      ['warm', '付款后安排', '亲，付款后我们会在{ship_within}内给您发出，发出后马上把单号发您，订单页也能看到物流～', ['发货']],
    ],
    en: [
      ['warm', 'When it ships', "Thanks for your patience! Your order will ship by {ship_by}, and I'll send you the tracking number as soon as it leaves.", ['shipping'], ['shipsLater']],
      ['warm', 'Already shipped', 'Good news: your order shipped on {ship_date} with {courier}, tracking number {tracking_no}. You can follow it from the order page.', ['shipping'], ['shipped', 'trackingKnown']],
      ['concise', 'Same-day cut-off', 'Orders paid before {ship_cutoff} go out the same day; later ones ship the next day.', ['shipping'], ['shipCutoff']],
      ['warm', 'Ships after payment', "Once it's paid, we ship within {ship_within}, and you'll get the tracking number as soon as it leaves.", ['shipping']],
    ],
  }),
  ...defineGroup('logistics', {
    'zh-CN': [
      ['warm', '物流进度', '亲，包裹由{courier}承运，单号{tracking_no}，订单页的物流详情能看到实时进度～有异常随时找我', ['物流'], ['trackingKnown']],
      ['concise', '单号告知', '亲，{courier}，单号{tracking_no}，订单页可以看实时物流哦', ['物流'], ['trackingKnown']],
      ['formal', '物流停滞', '您好，物流一直没有更新，给您添麻烦了。我马上联系{courier|快递公司}核实，{deadline}前给您答复；如确认丢件，我们会为您补发或退款。', ['物流', '停滞']],
      ['warm', '指定快递', '亲，我们默认发合作的快递，需要指定快递的话告诉我，我看看能不能安排～', ['快递']],
      ['warm', '预计送达', '亲，按平时的时效，包裹预计{expected_arrival}前后到，到了记得先检查一下哦～', ['物流'], ['arrivalDate']],
    ],
    en: [
      ['warm', 'Where is my parcel', "It's travelling with {courier}, tracking number {tracking_no}; the order page shows every scan as it happens. Message me if anything looks off.", ['tracking'], ['trackingKnown']],
      ['formal', 'Stuck parcel', "I'm sorry the tracking hasn't moved. I'm contacting {courier|the courier} now and will update you {deadline}. If the parcel turns out to be lost, we'll resend it or refund you.", ['tracking']],
      ['warm', 'Expected arrival', 'It should reach you around {expected_arrival}. Please give it a quick check when it arrives, and tell me if anything is wrong.', ['tracking'], ['arrivalDate']],
    ],
  }),
  ...defineGroup('order_change', {
    'zh-CN': [
      ['warm', '改地址', '亲，没问题～把新的收货地址和电话发我，我在发货前帮您改好，改完截图给您确认', ['改单']],
      ['concise', '改规格', '好的亲，我这就备注改成{sku}，发货前再跟您确认一遍～', ['改单']],
      ['formal', '取消订单', '您好，订单尚未发出，您可以在订单页直接申请取消，我这边会尽快同意，款项将原路退回。', ['取消'], ['shipsLater']],
      ['warm', '已发出无法改', '亲，包裹已经发出了，地址这边改不了啦😅 您可以在物流页联系{courier}改派，或者收到后我们帮您处理，您看哪种方便？', ['改单'], ['shipped', 'trackingKnown']],
    ],
    en: [
      ['warm', 'Change details', "No problem! Send me the new address, size or colour and I'll update the order before it ships, then confirm with you.", ['change']],
      ['warm', 'Already shipped', "Your parcel has already shipped, so I can't change the address from our side. You can ask {courier} to redirect it from the tracking page, or we'll sort it out once it arrives. Which suits you?", ['change'], ['shipped', 'trackingKnown']],
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
      ['formal', 'Invoice details', 'We can issue an electronic invoice. Please reply with the billing name, tax number if any, and an email address, and we will send it there.', ['invoice']],
    ],
  }),
];
