/**
 * The lost sale. When a buyer walks away after haggling ("那我不要了", "算了", "太贵了不买了"),
 * a seasoned seller lets them go on good terms: no last-minute discount (that teaches buyers to
 * walk away to win), no pressure, an offer to keep an eye out for what they wanted. Without a
 * haggle before it, "算了" means something else (giving up on a complaint, say), so the flow
 * needs price talk earlier in the conversation.
 */
import type { Localized } from '../i18n/localized';
import { anyBuyerSaid, buyerSpokeLast, lastBuyerText, sellerSaid } from './conversation-cues';
import type { FlowConversation, FlowPlaybook, FlowVerdict } from './flow-types';

const say = (zh: string, en: string): Localized => ({ 'zh-CN': zh, en });

const WALKS_AWAY = [
  /(那|就)?(我)?(就)?不要了|^算了|算了吧|不买了|太贵了?.{0,4}不(买|要)|买不起|(去|到)别家|别家(更)?便宜|下次(再)?(买|说)吧|再看看吧|不考虑了/,
  /\bnever ?mind\b|\bforget it\b|\btoo expensive\b.{0,20}\b(pass|skip|leave)|\bI'?ll pass\b|\bnot (going to|gonna) buy\b|\bmaybe next time\b|\bI'?ll (look|shop|buy) elsewhere\b|\bno thanks\b/i,
] as const;
const PRICE_TALK = [/便宜|优惠|少(点|一点|些|\d)|降价|打折|包邮|(\d+)(块|元)|抹(个)?零|最低|底价|贵/, /\bcheaper\b|\bdiscount\b|\bprice\b|\bdeal\b|\bfree shipping\b|\blower\b|\$\d|\bexpensive\b/i] as const;
const ACCEPTS = [/就(这个|这)?(价|样)|(我)?(拍|买|要)(了|吧)|成交|下单|付款|行吧|好吧/, /\b(deal|i'?ll take it|ordering now|fine,? i'?ll (buy|order))\b/i] as const;
const PROBLEM = /坏|破|少|错|质量|投诉|退|没收到|broken|damaged|wrong|missing|refund|return/i;

export function decideLostSale(c: FlowConversation): FlowVerdict | null {
  if (!buyerSpokeLast(c)) return null;
  const text = lastBuyerText(c) ?? '';
  if (!(WALKS_AWAY[0].test(text) || WALKS_AWAY[1].test(text))) return null;
  // "不包邮就不要了" is a condition, a haggling move; the haggle playbook answers it.
  if (/的话|不包|如果|要是|除非/.test(text) || /\b(if|unless)\b/i.test(text)) return null;
  // "算了，就58吧我拍了" gives in, it does not walk away; a plain no (不买/不要) always walks.
  if (!/不(买|要|考虑)/.test(text) && (ACCEPTS[0].test(text) || ACCEPTS[1].test(text))) return null;
  // After a sale went wrong, "算了" is a complaint giving up, not a lost sale.
  if (PROBLEM.test(text)) return null;
  const haggled = anyBuyerSaid(c, PRICE_TALK[0]) || anyBuyerSaid(c, PRICE_TALK[1]) || sellerSaid(c, PRICE_TALK[0]) || sellerSaid(c, PRICE_TALK[1]);
  if (!haggled) return null;
  return {
    id: 'lost_sale',
    case: 'walked_away',
    decision: 'let_go',
    advice: say(
      '买家议价不成要走：好聚好散，不再让价（临走让价会教买家用“不买了”来压价），不施压；表示理解，可以提出帮他留意想要的款。',
      'The buyer is walking away after haggling: part on good terms. No further concession (a discount at the door teaches buyers to walk away to win) and no pressure; say you understand and offer to keep an eye out for what they wanted.',
    ),
    replyGroups: ['lifecycle.lost_sale_goodbye'],
    values: {},
    tasks: [],
  };
}

export const lostSalePlaybook: FlowPlaybook = { id: 'lost_sale', decide: decideLostSale };
