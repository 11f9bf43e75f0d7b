/**
 * Where is my parcel, and everything that goes wrong on the way. The case comes from the buyer's
 * words and the order's data together: "还没到" on a parcel two days past its expected arrival
 * is a late parcel (apologise, say it is late, chase the courier, promise a time and plan the
 * follow-up); on an order marked delivered it is "签收了没拿到"; on a paid order not yet
 * shipped it is a shipping-time question. Pickup stations, refused or returned parcels,
 * delivery instructions before and after shipping and complaints about the courier's manner
 * each get their own advice.
 *
 * The replies never say the parcel was checked or the courier already contacted: nothing in
 * the data records either. They say what the seller will do next and by when.
 */
import type { Localized } from '../i18n/localized';
import { deadlineText, expectedArrival, orderFactsFromRecord, shipBy } from '../assist/fill-values';
import { formatLocalDateTime, atLocalHour } from './local-time';
import { buyerSpokeLast, lastBuyerText, ruleFor } from './conversation-cues';
import type { FlowConversation, FlowPlaybook, FlowTask, FlowVerdict } from './flow-types';
import { responseDeadline } from './response-deadline';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const CUES = {
  courierAttitude: [
    /(快递员|快递小哥|派件员|送货的).{0,10}(态度|骂|凶|吼|扔|不送|不上楼|不送上门|让我(自己)?(去)?(拿|取|下楼))|(态度|服务)(太|很|真|特别)?(差|恶劣).{0,6}快递|快递(小哥|员)?.{0,4}态度/,
    /\b(driver|courier|delivery (guy|man|person|driver))\b.{0,40}\b(rude|yell|shout|swore|attitude|refus|wouldn'?t|threw)/i,
  ],
  deliveredMissing: [
    /(显示|已经?|物流|提示|写着?)(已)?签收.{0,16}(没|未|并没有?)(有)?(收到|拿到|看到|见到)|(没|未)(有)?(收到|拿到).{0,16}(显示|却|但|可|怎么).{0,4}(已)?签收|签收了?.{0,6}(但|可|却)?(是)?(我)?(没|没有|并没)(收到|拿到|看到)|签收.{0,8}(东西|货|包裹|快递)(呢|在哪)|(快递|包裹)被(别人|人)(领|拿|签)/,
    /\bdelivered\b.{0,40}\b(nothing|not here|isn'?t here|no parcel|no package)\b|\b(says|shows|marked|showing)( as)? delivered\b.{0,60}\b(not|never|didn'?t|haven'?t|no)\b|\b(didn'?t|haven'?t|never) (get|got|receive[d]?)\b.{0,60}\b(says|shows|marked)( as)? delivered/i,
  ],
  pickupStation: [
    /驿站|快递柜|丰巢|菜鸟|取件码|代收点|自提|快递点/,
    /\bpick-?up (point|location|locker|code)|parcel locker|\blocker\b|collection point/i,
  ],
  refusedReturned: [
    /拒收|(包裹|快递|件|东西)\S{0,3}(退回|打回)|原路(退)?返回|退件/,
    /\brefus(e|ed|ing) (the )?(parcel|package|delivery)|return(ed)? to sender|sent (it )?back to you/i,
  ],
  deliveryInstruction: [
    /改(个|一下)?(收货|收件)?地址|地址(写|填)错|换(个)?(收货|收件)?地址|修改(收货|收件)?地址|地址(不对|错了)|送(货)?上门|送到.{0,6}门口|先别(发|派送|送|派)|晚(点|几天|些)(再)?(发|送|派)|不在家|出差|(放|送)(到)?(门口|快递柜|驿站|门卫)|别(放|送)(到)?(驿站|快递柜)/,
    /\b(change|update|wrong|correct)\b.{0,20}\baddress\b|\baddress\b.{0,20}\b(wrong|change|update)|\b(hold|delay|pause)\b.{0,12}\b(delivery|shipping|shipment|parcel|order)\b|\bwon'?t be (home|in|around)\b|\bnot (be )?(at )?home\b|\baway (until|till|next)\b|\bleave it (at|with|in)\b/i,
  ],
  whereIsIt: [
    /还(没|不)(有)?(到|收到|发货|发|送到|动)|(物流|快递|包裹|信息|单号)\S{0,6}[不没](有)?([动動]|更新)|一直[不没](有)?([动動]|更新)|停了|(包裹|快递|物流|件)\S{0,6}卡(在|住)|卡在.{0,10}(中转|转运|海关|分拨|网点|站|好几天|[0-9一二三四五六七八九十几]+天)|(快递|包裹|东西|货|件)(现在)?在哪|[到放]哪|寄丢|丢了|(几天|几号|多久|哪天)(能|才|就)?到|要几天|派送(中|异常)|查不到物流|没下文|还在路上|到了没|跑到|单号(多少|发我)|怎么?查物流|(什么时候|啥时候|几时|多久|哪天)(才)?(能)?(到|发货|发出|发|送到)|到哪(了|儿|里)|物流(怎么)?(一直|都)?(不动|没(有)?(更新|动静|动|信息)|停)|([0-9]+|[一两三四五六七八九十几]+)天(都|了)?(没|不)(有)?(更新|动)|好几天了?(还|都)(没|不)|(一|两|三|几)(个)?(星期|周|礼拜)了?(还|都)(没|不)|太慢|怎么这么慢|查(一)?下(物流|快递)|快递(到)?哪/,
    /\bstuck\b|\bhow long (does|will) (delivery|shipping|it) take\b|\btracking number\b|\bwhere('?s| is) my (order|parcel|package|item)|\bhasn'?t (arrived|come|moved|shipped|been (shipped|delivered))|\bnot (arrived|received|here)\b|\bstill (waiting|not here)|\bwhen will (it|my order|my parcel|my package) (arrive|ship|come|be delivered)|\btracking (hasn'?t|has not|isn'?t|is not|not) (moved|updated|changed)|\btaking (so|too) long\b|\bany update on (my )?(order|parcel|package|delivery)/i,
  ],
  stalled: [
    /(物流|快递|包裹|信息|单号)\S{0,6}[不没](有)?([动動]|更新)|一直[不没](有)?([动動]|更新)|停了|卡(在|住)|没下文|还在路上|派送异常|物流(怎么)?(一直|都)?(不动|没(有)?(更新|动静|动|信息)|停)|([0-9]+|[一两三四五六七八九十几]+)天(都|了)?(没|不)(有)?(更新|动)|好几天|(一|两|三|几)(个)?(星期|周|礼拜)|太慢|怎么这么慢/,
    /\bstuck\b|\btracking (hasn'?t|has not|isn'?t|is not|not) (moved|updated|changed)|\btaking (so|too) long\b|\b(a|one|two|over a) weeks?\b|\bdays\b/i,
  ],
} as const;

const said = (text: string, cue: readonly [RegExp, RegExp]) => cue[0].test(text) || cue[1].test(text);

/** The buyer is angry at the courier, not the shop: the complaint flow leaves it to this one. */
export function complainsAboutCourier(text: string): boolean {
  // "快递员扔的吧，箱子都烂了" is damaged goods, whoever threw them.
  return said(text, CUES.courierAttitude) && !DAMAGE.test(text);
}

/** The parcel was refused or sent back: a logistics case even when the buyer asks about money. */
export function parcelRefusedOrReturned(text: string): boolean {
  return said(text, CUES.refusedReturned);
}

const DAMAGE = /烂|破|碎|坏|裂|变形|broken|damaged|cracked/i;
const MONEY = [/退款|退钱|钱|返现|发票|差价|红包|优惠券|价保|降价|价格|[中差好]评|评价|换(的|货)/, /\brefund|\bmoney\b|\binvoice\b|\bcashback\b|\bcoupon\b/i] as const;
const RETURN_SHIPMENT = [/退货|寄回|退回去|寄回去|退的(那个|包裹|快递)/, /\b(my|the) return\b|\bsent (it )?back\b/i] as const;

/** A parcel with no scan for this long is chased even before its expected arrival. */
const STALL_HOURS = 48;

export function decideLogistics(c: FlowConversation): FlowVerdict | null {
  const text = lastBuyerText(c);
  if (!text || !buyerSpokeLast(c)) return null;
  const order = c.order ? orderFactsFromRecord(c.order) : undefined;
  const stage = order?.stage;
  const policy = c.settings.policy;
  const tz = policy.timeZone;
  const deadlineAt = responseDeadline(c.now, policy);
  const deadline = say(deadlineText(deadlineAt, tz, 'zh-CN'), deadlineText(deadlineAt, tz, 'en'));
  const followUp = (rule: string, dueAt = deadlineAt): FlowTask => ({ kind: 'logistics_followup', dueAt, rule: ruleFor(c, rule) });
  const verdict = (v: Omit<FlowVerdict, 'id'>): FlowVerdict => ({ id: 'logistics', ...v });

  if (complainsAboutCourier(text)) {
    return verdict({
      case: 'courier_attitude',
      decision: 'apologise',
      advice: say(
        '买家在抱怨快递员的态度：不是店铺的错，但买家是店铺的顾客。先道歉、站在买家这边，说明会反馈给快递公司；不推给买家自己去投诉，也不和买家争论。',
        "The buyer is upset about the courier's manner. It is not the shop's fault, but the buyer is the shop's customer: apologise, take their side, say you will report it to the courier company. Don't leave them to complain alone and don't argue.",
      ),
      replyGroups: ['flow.logistics_courier_attitude'],
      values: {},
      tasks: [],
    });
  }

  // Money (a refund, cashback, an invoice, a price difference) "还没到" is not a parcel.
  if ((MONEY[0].test(text) || MONEY[1].test(text)) && !said(text, CUES.refusedReturned)) return null;
  // The buyer's return parcel on its way back to us is an after-sales question, not this
  // order's delivery (a parcel refused at the door is still this flow's).
  if ((RETURN_SHIPMENT[0].test(text) || RETURN_SHIPMENT[1].test(text)) && !said(text, CUES.refusedReturned)) return null;

  if (said(text, CUES.deliveredMissing) || (stage === 'delivered' && said(text, CUES.whereIsIt))) {
    return verdict({
      case: 'delivered_not_received',
      decision: 'investigate',
      advice: say(
        `显示签收但买家没拿到：请买家先查驿站、快递柜、门卫和邻居；同时联系快递问清签收人和投放位置（要签收凭证）。承诺 ${deadline['zh-CN']} 前回复，已建跟进提醒。到时仍找不到，就补发或退款——买家拿到货之前，责任在店铺和快递之间，不在买家。不要说“已经查过了”。`,
        `Marked delivered but not received: ask the buyer to check pickup stations, lockers, the front desk and neighbours; meanwhile ask the courier who signed and where it was left (ask for proof of delivery). Promise an answer ${deadline.en}; a follow-up is planned. If it is still missing then, resend or refund: until the buyer has the parcel, it is between the shop and the courier, not the buyer's loss. Never say you have already checked.`,
      ),
      replyGroups: ['flow.logistics_delivered_not_received'],
      values: { deadline },
      tasks: [followUp('delivered_not_received')],
    });
  }

  if (said(text, CUES.pickupStation)) {
    const tomorrow = atLocalHour(c.now, tz, 1, policy.followUp.contactHour);
    return verdict({
      case: 'pickup_station',
      decision: 'guide',
      advice: say(
        '包裹可能在驿站或快递柜：告诉买家取件码通常在短信或快递App里；取不方便可以请驿站送上门或请快递重新派送。明天问一下取到没有。',
        'The parcel is probably at a pickup station or locker: tell the buyer the pickup code usually comes by text or in the courier app; if collecting is hard, ask the station or the courier to redeliver. Ask tomorrow whether they got it.',
      ),
      replyGroups: ['flow.logistics_pickup_station'],
      values: {},
      tasks: [followUp('pickup_station', tomorrow)],
    });
  }

  if (said(text, CUES.refusedReturned)) {
    const back = atLocalHour(c.now, tz, policy.followUp.defaultTransitDays, policy.followUp.contactHour);
    return verdict({
      case: 'refused_returned',
      decision: 'refund_after_return',
      advice: say(
        '包裹拒收或被退回：退件到仓后退款（或按买家意愿重新发货），在这里告知买家。已按回程时效建好提醒，到时查看退件是否到仓。',
        'The parcel was refused or returned: refund once it is back in the warehouse (or resend if the buyer still wants it), and tell the buyer here. A reminder is planned for when the parcel should be back.',
      ),
      replyGroups: ['flow.logistics_refused_returned'],
      values: {},
      tasks: [{ kind: 'return_refund_or_reship', dueAt: back, rule: ruleFor(c, 'refused_parcel_back') }],
    });
  }

  if (said(text, CUES.deliveryInstruction) && stage !== 'delivered') {
    if (stage === 'shipped') {
      return verdict({
        case: 'redirect_after_ship',
        decision: 'contact_courier',
        advice: say(
          `包裹已经发出，店铺不能直接改：联系快递申请改派或暂缓派送，${deadline['zh-CN']} 前告诉买家结果（已建提醒）；也告诉买家可以在物流页面自己申请，往往更快。`,
          `The parcel has shipped, so the shop cannot change it directly: ask the courier to redirect or hold it and tell the buyer the result ${deadline.en} (a reminder is planned); also tell them they can request it on the tracking page, which is often quicker.`,
        ),
        replyGroups: ['flow.logistics_redirect_after_ship'],
        values: { deadline },
        tasks: [followUp('redirect_after_ship')],
      });
    }
    return verdict({
      case: 'hold_before_ship',
      decision: 'update_order',
      advice: say(
        stage === undefined
          ? '买家有派送要求（改地址、先别发、不在家）：先查订单是否已发出。未发出就立刻在订单上备注并按要求处理，新地址请买家文字发来并确认；已发出就联系快递改派。'
          : '订单还没发出：立刻在订单上备注买家的要求（改地址、晚点发、不在家），新地址请买家文字发来，改好后截图确认，别等到打包时才看到。',
        stage === undefined
          ? 'The buyer has a delivery instruction (new address, hold, not home): first check whether the order has shipped. If not, note it on the order now and confirm any new address in writing; if it has, ask the courier to redirect.'
          : "The order has not shipped: note the buyer's instruction on the order right now (new address, ship later, not home), get any new address in writing and confirm it with a screenshot, so packing does not miss it.",
      ),
      replyGroups: ['flow.logistics_hold_before_ship'],
      values: {},
      tasks: [],
    });
  }

  if (!said(text, CUES.whereIsIt)) return null;

  if (!order) {
    return verdict({
      case: 'ask_order',
      decision: 'ask_order',
      advice: say(
        '没有这位买家的订单记录：先请买家发订单号，查到订单后再说物流情况；在查到之前不要报任何时间或位置。',
        "No order on file for this buyer: ask for the order number first and look it up; don't quote any date or location before you have.",
      ),
      replyGroups: ['flow.logistics_ask_order'],
      values: {},
      tasks: [],
    });
  }

  if (stage === 'unpaid') {
    return verdict({
      case: 'unpaid',
      decision: 'remind_payment',
      advice: say(
        '这单还没付款，所以还没发货：礼貌说明付款后才能发出，只提醒一次。',
        'The order has not been paid, so it has not shipped: say politely that it ships after payment, and remind only once.',
      ),
      replyGroups: ['flow.payment_reminder'],
      values: {},
      tasks: [],
    });
  }

  if (stage === 'paid') {
    const by = shipBy(order, c.settings);
    if (by !== undefined && by <= c.now) {
      // Past the shop's own shipping time: the promise is to ship today, not an old date.
      const { startHour, endHour } = policy.followUp.workingHours;
      const today = atLocalHour(c.now, tz, 0, endHour);
      const shipToday = today > c.now ? today : atLocalHour(c.now, tz, 1, Math.min(endHour, startHour + 8));
      const when = say(formatLocalDateTime(shipToday, tz, 'zh-CN'), formatLocalDateTime(shipToday, tz, 'en'));
      return verdict({
        case: 'ship_overdue',
        decision: 'ship_now',
        advice: say(
          `这单已经超过本店的发货时限还没发出：先道歉，今天安排发出（${when['zh-CN']} 前），发出后马上把单号发给买家。超时发货平台会处罚，不要再拖。`,
          `This order is past the shop's shipping time and still not shipped: apologise, ship it today (before ${when.en}) and send the tracking number as soon as it leaves. Platforms penalise late shipping; don't let it slip further.`,
        ),
        replyGroups: ['flow.logistics_not_shipped'],
        values: { ship_by: when },
        tasks: [followUp('ship_overdue', shipToday)],
      });
    }
    return verdict({
      case: 'not_shipped',
      decision: 'inform',
      advice: say(
        '订单已付款、还没发出：告诉买家最晚发货时间（按本店发货时限算），发出后马上给单号。不要编造“今天几点前发”的说法，除非设置里有截单时间。',
        "Paid and not shipped yet: tell the buyer when it ships at the latest (from the shop's shipping time) and send the tracking number once it leaves. Don't invent a same-day cut-off unless the settings have one.",
      ),
      replyGroups: ['flow.logistics_not_shipped', 'ship_time'],
      values: {},
      tasks: [],
    });
  }

  if (stage !== 'shipped') return null;

  const arrival = expectedArrival(order, c.settings);
  const shippedAt = order.shippedAt;
  const overdue = arrival !== undefined && c.now > arrival;
  const stalled = said(text, CUES.stalled) && shippedAt !== undefined && c.now - shippedAt >= STALL_HOURS * 3_600_000;
  if (overdue || stalled || arrival === undefined) {
    return verdict({
      case: 'late',
      decision: 'chase_courier',
      advice: say(
        `${overdue ? '包裹已超过预计送达时间' : '物流长时间没有更新'}：先道歉，直说晚了，马上催快递，${deadline['zh-CN']} 前给买家回复（已建跟进提醒）。确认丢件就补发或退款，让买家选。不要说“帮您查过了”或报一个已经过去的日期。`,
        `${overdue ? 'The parcel is past its expected arrival' : 'The tracking has not moved for a long time'}: apologise, say plainly it is late, chase the courier now and answer the buyer ${deadline.en} (a follow-up is planned). If it is lost, resend or refund, the buyer's choice. Never say you have checked, and never quote a date already past.`,
      ),
      replyGroups: ['flow.logistics_late'],
      values: { deadline },
      tasks: [followUp('late_parcel')],
    });
  }

  return verdict({
    case: 'in_transit',
    decision: 'inform',
    advice: say(
      '包裹在正常时效内：告诉买家快递、单号和预计送达时间（按发货日期和本店的常规时效估算），到时再问一次是否收到。',
      "The parcel is within its normal transit time: give the courier, tracking number and expected arrival (estimated from the ship date and the shop's usual transit time), and check in when it should have arrived.",
    ),
    replyGroups: ['flow.logistics_in_transit'],
    values: {},
    tasks: [
      {
        kind: 'arrival_check',
        dueAt: atLocalHour(arrival, tz, 0, policy.followUp.arrivalCheckHour),
        scriptId: 'lifecycle.arrival_check',
        // The same rule the order lifecycle uses, so the two never plan the check twice.
        rule: c.order ? `${c.order.id}:arrival_check` : ruleFor(c, 'arrival_check'),
      },
    ],
  });
}

export const logisticsPlaybook: FlowPlaybook = { id: 'logistics', decide: decideLogistics };
