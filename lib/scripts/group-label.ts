/**
 * The display name of a script group: a situation's name from the taxonomy, or the name of
 * a lifecycle or playbook step.
 */
import type { Locale, Localized } from '../i18n/localized';
import { getSituation, isSituationId } from '../situations/taxonomy';

const STEP_NAMES: Record<string, Localized> = {
  'lifecycle.payment_reassurance': { 'zh-CN': '付款后安抚', en: 'After payment' },
  'lifecycle.shipping_notice': { 'zh-CN': '发货通知', en: 'Shipping notice' },
  'lifecycle.arrival_check': { 'zh-CN': '到货询问', en: 'Arrival check' },
  'lifecycle.signoff_followup': { 'zh-CN': '签收回访', en: 'After delivery' },
  'lifecycle.review_reminder': { 'zh-CN': '提醒评价', en: 'Review reminder' },
  'lifecycle.review_thanks': { 'zh-CN': '感谢评价', en: 'Thanks for the review' },
  'lifecycle.unfair_review_reply': { 'zh-CN': '差评公开回复', en: 'Public reply to a review' },
  'lifecycle.revisit': { 'zh-CN': '使用回访', en: 'Revisit' },
  'lifecycle.festival_greeting': { 'zh-CN': '节日问候', en: 'Festival greeting' },
  'lifecycle.birthday_greeting': { 'zh-CN': '生日祝福', en: 'Birthday greeting' },
  'lifecycle.vip_invitation': { 'zh-CN': '会员邀请', en: 'VIP invitation' },
  'lifecycle.vip_reactivation': { 'zh-CN': '老顾客唤醒', en: 'Reactivation' },
  'lifecycle.lost_sale_goodbye': { 'zh-CN': '未成交告别', en: 'Lost sale goodbye' },
  'lifecycle.return_tracking_check': { 'zh-CN': '退货物流', en: 'Return parcel' },
  'lifecycle.refund_done': { 'zh-CN': '退款完成', en: 'Refund done' },
  'flow.logistics_ask_order': { 'zh-CN': '物流：请发订单号', en: 'Parcel: ask for the order number' },
  'flow.logistics_not_shipped': { 'zh-CN': '物流：还没发货', en: 'Parcel: not shipped yet' },
  'flow.logistics_in_transit': { 'zh-CN': '物流：运输中', en: 'Parcel: in transit' },
  'flow.logistics_late': { 'zh-CN': '物流：超时未到', en: 'Parcel: running late' },
  'flow.logistics_delivered_not_received': { 'zh-CN': '物流：签收未收到', en: 'Parcel: delivered, not received' },
  'flow.logistics_pickup_station': { 'zh-CN': '物流：驿站取件', en: 'Parcel: pickup point' },
  'flow.logistics_refused_returned': { 'zh-CN': '物流：拒收退回', en: 'Parcel: refused or returned' },
  'flow.logistics_hold_before_ship': { 'zh-CN': '物流：发货前的要求', en: 'Parcel: instructions before shipping' },
  'flow.logistics_redirect_after_ship': { 'zh-CN': '物流：发出后改派', en: 'Parcel: redirect after shipping' },
  'flow.logistics_courier_attitude': { 'zh-CN': '物流：快递员态度', en: "Parcel: courier's manner" },
  'flow.complaint_resolve': { 'zh-CN': '投诉：直接解决', en: 'Complaint: resolve' },
  'flow.complaint_escalation_resolve': { 'zh-CN': '投诉升级：马上解决', en: 'Escalation: resolve now' },
  'flow.complaint_escalation_ask': { 'zh-CN': '投诉升级：先问清', en: 'Escalation: ask what happened' },
  'flow.payment_reminder': { 'zh-CN': '催付', en: 'Payment reminder' },
  'flow.order_confirmation': { 'zh-CN': '核对订单', en: 'Order confirmation' },
  'flow.off_platform_refusal': { 'zh-CN': '拒绝站外联系', en: 'Decline off-platform contact' },
  'flow.after_sale_progress_done': { 'zh-CN': '售后进度：已退款', en: 'After-sales: refunded' },
  'flow.after_sale_progress_pending': { 'zh-CN': '售后进度：跟进中', en: 'After-sales: in progress' },
};
const PLAYBOOK: Localized = { 'zh-CN': '策略话术', en: 'Playbook' };

export function groupLabel(group: string, locale: Locale): string {
  if (isSituationId(group)) return getSituation(group).name[locale];
  return (STEP_NAMES[group] ?? (group.startsWith('playbook.') ? PLAYBOOK : { 'zh-CN': group, en: group }))[locale];
}
