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
};
const PLAYBOOK: Localized = { 'zh-CN': '策略话术', en: 'Playbook' };

export function groupLabel(group: string, locale: Locale): string {
  if (isSituationId(group)) return getSituation(group).name[locale];
  return (STEP_NAMES[group] ?? (group.startsWith('playbook.') ? PLAYBOOK : { 'zh-CN': group, en: group }))[locale];
}
