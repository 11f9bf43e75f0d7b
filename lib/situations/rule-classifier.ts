import { CUE_RULES, FALLBACK_RULES, type CueRule } from './cue-rules';
import { extractFromNormalized, type Entities } from './entities';
import { ngramPosterior, type NgramModel } from './ngram-model';
import { normalizeMessage } from './normalize';
import { SITUATION_IDS, type SituationId } from './taxonomy';

export type { Entities } from './entities';
export { extractEntities } from './entities';

export interface SituationScore {
  id: SituationId;
  /** 0..1, monotone in the evidence found; not a calibrated probability. */
  score: number;
  /** The matched spans of the (normalised) message that led to it, shown as "why". */
  cues: string[];
}

export interface Classification {
  /** Ranked best first, never empty; 'other' when nothing fits. */
  situations: SituationScore[];
  entities: Entities;
  /**
   * The main situation is not clearly ahead (low probability or a close second): the sidebar
   * offers the top three as equal choices instead of naming one.
   */
  unsure?: boolean;
}

/** One earlier turn of the conversation. */
export interface Turn {
  from: 'buyer' | 'seller';
  text: string;
}

export interface ClassifyOptions {
  /** Earlier buyer messages, oldest first (the older form of `history`). */
  previous?: string[];
  /** Earlier turns, buyer's and seller's, oldest first; wins over `previous`. */
  history?: Turn[];
}

/** Evidence below this does not make a situation the main one. */
const MAIN_THRESHOLD = 1.0;
/** Evidence below this is not listed at all. */
const LIST_THRESHOLD = 0.6;
const MAX_SITUATIONS = 3;

/**
 * How the n-gram model joins the rules. Rules keep priority where they fire: once a rule cue
 * reaches `strongEvidence`, the model only adds hints after the rule's own candidates. Below it
 * (weak or no cues) the model's probabilities, times `weight`, add to the rule evidence, so a
 * class needs probability ≥ 1/weight on its own to become the main situation.
 */
export interface BlendSettings {
  strongEvidence: number;
  weight: number;
  temperature: number;
  /** Model probability a class needs to be listed as a hint. */
  minHint: number;
  /** Whether the vague stems of FALLBACK_RULES still run when a model is present. */
  fallbackStems: boolean;
}
export const DEFAULT_BLEND: BlendSettings = { strongEvidence: 1.8, weight: 1.6, temperature: 6, minHint: 0.08, fallbackStems: true };

const INDEX = new Map<SituationId, number>(SITUATION_IDS.map((id, i) => [id, i]));
const COUNT = SITUATION_IDS.length;
const OTHER = INDEX.get('other') as number;

// Ties go to the more specific, more urgent situation: a concrete after-sale problem before the
// request it leads to, the request before the escalation, anything before greeting/other.
const PRIORITY: readonly SituationId[] = [
  'damaged', 'wrong_item', 'missing_item', 'quality_issue', 'price_drop', 'size_fit',
  'return_request', 'refund', 'complaint', 'bad_review', 'ship_time', 'logistics',
  'order_change', 'invoice', 'payment', 'authenticity', 'haggle', 'free_shipping', 'gift',
  'product_info', 'review', 'received_ok', 'greeting', 'other',
];
const TIE_BREAK = new Float64Array(COUNT);
PRIORITY.forEach((id, rank) => {
  TIE_BREAK[INDEX.get(id) as number] = (PRIORITY.length - rank) * 1e-4;
});

const PROBLEMS: readonly SituationId[] = ['damaged', 'wrong_item', 'missing_item', 'quality_issue', 'size_fit'];
const AFTER_SALE_TROUBLE: readonly SituationId[] = [
  ...PROBLEMS, 'return_request', 'refund', 'complaint', 'bad_review', 'logistics', 'ship_time', 'price_drop',
];

const STRONG_NEGATOR = /(不是|不用|不要|不想|不需要|无需|没有|并非|别|不存在|\bnot|\bno|\bdon'?t|\bdo not|\bisn'?t|\bnever|\bwithout)\s*(很|太|什么|啥|再|a|an|the|any)?\s*$/;
const ANY_NEGATOR = /(不是|不用|不要|不需要|无需|没有|没|不|并非|别|\bnot|\bno|\bdon'?t|\bnever|\bisn'?t)\s*(是|很|太|怎么|那么|特别|大|够|算|太过)?\s*$/;
const QUESTION = /[?吗么嘛]|是.{1,8}还是|(大|小|长|短|厚|薄)还是|是不是|有没有|能不能|可不可以|会不会|行不行|好不好|要不要|多少|几[天号个件]|怎么|咋|啥|什么|哪|\b(how|what|when|where|which|can (i|you|it)|could|does|do you|is it|is this|are (they|these|there)|any)\b/;
const AFTER_SALE = /(有股|一股|收到|到了|到货|签收|拿到|到手|拆开|打开|穿了|穿着|穿上|试了|试穿|上身|用了|洗了|戴了|买的|买了|发来|寄来|退|换货|\b(received|arrived|got (it|my|the|them)|opened|wore|used it|bought)\b)/;
// One or more acknowledgement words with chat particles ("好的谢谢", "知道啦 谢啦", "行行行"),
// or nothing but emoji and punctuation: replies to the seller that only make sense in context.
const ACKNOWLEDGEMENT = /^((好吧|好的|好滴|好哒|好嘞|好|嗯+|嗯嗯|嗯呢|哦+|噢+|喔+|额|呃|ok|okay|k|行+|行吧|那行|可以|可以的|知道了|知道啦|明白|明白了|懂了|了解|算了|那算了|那就算了|没事|没事了|谢谢|谢谢了|谢了|谢啦|多谢|谢谢(你|您|你们|老板|亲|店家|掌柜)|我知道了|不用了|晓得了|辛苦了|辛苦啦|辛苦|thanks|thank you|thx|fine|alright|sure|got it|cool|nvm|lol|wait|是的|对|对的|对对|嗯对|稍等|等会|等一下|再说吧|下次吧|回头再说|哦这样啊|这样啊)[\s,.!~。，！哈啦呀哦呢的了]*)+$|^(?:[\p{Extended_Pictographic}\p{P}\s]|\u200d|\ufe0f)+$/u;
/** "120", "#", "2": a number or a placeholder alone answers something said before. */
const BARE_NUMBER = /^[\d\s.,#+\-/:¥$元块]*$/;
const CONTINUATION = /^((那|那就|就|给|算)?\s*\d+(\.\d+)?\s*(块|元|块钱)?\s*(吧|呗|呢|行不行|行吗|可以吗|可以不|好吗|卖吗|成吗|怎么样|咋样)?|行不行|可以吗|行吗|能不能|可不可以|成不成|好不好|怎么样|咋样|呢|还有呢|那.{1,8}呢|再.{0,6}(点|些)?呗?|how about.*|what about.*)[\s?!.,。，！~]*$/;

const ORDER_CARD_FIELD = /(商品名称|商品|规格|颜色分类|数量|实付款|实付|单价|金额|合计|订单编号|订单号|下单时间|付款时间|成交时间|sku|物流公司|运单号)\s*:\s*\S*/g;
const ONLY_SOME = /只(有|来|到|发|收到)|(就|才)(来|到|发|收到)了?[一二两俩三四五六七八九\d]|\bonly\b/;
const ASKS_IF_ANY = /[吗么]\s*\??\s*$/;
/** Doubts voiced before buying ("别到时候…", "怕质量不行", "不会一洗就变形吧"). */
const WORRY = /(别到时候|怕|万一|担心|不会.{1,8}吧)/;
/** "再不退款 我就…", "不给换 我就…": the threat is leverage for the request in front of it. */
const CONDITIONAL_THREAT = /(再不|不给|要是不|如果不|不然|否则|不.{0,4}就(去|要|给|找|投|申))/;
const CANCEL_REQUEST = /(取消|别发|不要了|不想要了|撤销|撤单|退掉订单)/;
const ASKS_WHEN_MONEY = /(钱|款).{0,6}(什么时候|啥时候|多久|咋还|怎么还|还没|回来)/;
const ALREADY_SHIPPED = /(已经发货|已发货|已经发了|发货了|发出了|在路上)/;
const NOT_SHIPPED_YET = /(还没发|没发货|未发货|发货前|别发|先别发)/;
const GOOD_NEWS_ONLY = /^[^没未不呢吗?]*$/;
/** "没问题", "没毛病" are good news despite the 没. */
const NO_PROBLEM = /没(问题|毛病|啥问题|什么问题)/g;
/** Words that say the goods are in the buyer's hands (AFTER_SALE also counts any 退). */
const RECEIVED = /(收到|到了|到货|签收|拿到|到手|拆开|打开|穿了|穿着|试了|用了|洗了|\b(received|arrived|got it|opened)\b)/;
/** The fee is the subject: "运费能不能便宜点", "运费能合并吗" ask about shipping, not the price or the order. */
const FEE_TALK = /(运费|邮费|快递费).{0,6}(便宜|少|优惠|减|免|合并|打折)/;
/** "什么时候能发": a dispatch question, whatever the buyer says they ordered. */
const WHEN_SHIPS = /(什么时候|啥时候|多久|几天|能不能|何时).{0,4}(发|寄|到)|\bbefore (it )?ship/;
/** "我不是问快递到哪": the buyer sets tracking aside. */
const NOT_ASKING_TRACKING = /不是(问|催|说|查).{0,4}(快递|物流|到哪|在哪)/;
/** Return procedure words around a courier or a fee: part of the return, not tracking or invoicing. */
const RETURN_PROCEDURE = /(退货|寄回|换货)/;
const NOT_YET_SENT_CHANGE = /(换|改|加|减)(成|个|一下|下)?.{0,8}(还没发|没发货|未发货)(吧|吗|的话)|(还没发|没发货|未发货)(吧|吗|的话).{0,8}(换|改)(成|个|一下|下)/;
const BROKEN_BY_USE = /(用|穿|洗|坐|睡|戴|玩|涂|抹|开|关|煮|拉|按|插)(了)?.{0,6}就/;

/** Per-call scratch space, reused because classify runs on every message the seller sees. */
const raw = new Float64Array(COUNT);
const cues: (string[] | undefined)[] = new Array<string[] | undefined>(COUNT);
const posterior = new Float64Array(COUNT);
/** Whether the last scored message had a clear rule cue before the model was consulted. */
let rulesHadMain = false;
/** Where in the message each situation's first cue starts: the earlier one is what the buyer leads with. */
const firstAt = new Int32Array(COUNT);
/** Situations whose cue the buyer denied ("不是质量问题"): the model must not bring them back. */
const denied = new Uint8Array(COUNT);

export type Classifier = (text: string, options?: ClassifyOptions) => Classification;

/**
 * A classifier over the cue rules plus the given n-gram model (null: rules only). The app uses
 * `classify`; evaluation builds others to cross-validate models trained on part of the data.
 */
export function createClassifier(model: NgramModel | null, blend: BlendSettings = DEFAULT_BLEND): Classifier {
  return (text, options) => {
    const normalized = normalizeMessage(text ?? '');
    const entities = extractFromNormalized(normalized);
    let situations = score(normalized, model, blend);
    // A short reply the rules cannot place ("120", "行不行") continues the thread; the model's
    // guess for it is weaker evidence than the conversation.
    const previous = options?.history?.filter((t) => t.from === 'buyer').map((t) => t.text) ?? options?.previous;
    if ((situations[0]?.id === 'other' || !rulesHadMain) && previous?.length) {
      situations = carryOver(normalized, situations, previous, model, blend);
    }
    return { situations, entities, unsure: (situations[0]?.score ?? 0) < 0.5 };
  };
}


function score(text: string, model: NgramModel | null, blend: BlendSettings): SituationScore[] {
  raw.fill(0);
  cues.fill(undefined);
  denied.fill(0);
  firstAt.fill(0x7fffffff);
  if (text.length === 0) return [{ id: 'other', score: 0.5, cues: [] }];
  const fragment = ACKNOWLEDGEMENT.test(text);

  // Fields of a pasted order card describe the order, not the buyer's concern.
  if (text.includes(':')) text = text.replace(ORDER_CARD_FIELD, ' ');
  const question = QUESTION.test(text);
  const afterSale = AFTER_SALE.test(text);
  for (const rule of CUE_RULES) applyRule(rule, text, question, afterSale);

  adjust(text, question, afterSale);
  if (!hasMain() && !fragment && (model === null || blend.fallbackStems)) {
    for (const rule of FALLBACK_RULES) applyRule(rule, text, question, afterSale);
    adjust(text, question, afterSale);
  }
  rulesHadMain = hasMain();
  // "好吧", "ok" stay 'other' whatever the model thinks: they only make sense in context.
  const useModel = model !== null && !fragment && ngramPosterior(model, text, blend.temperature, posterior) > 0;
  if (useModel) for (let i = 0; i < COUNT; i++) if (denied[i]) posterior[i] = 0;
  if (useModel && strongest() < blend.strongEvidence) {
    for (let i = 0; i < COUNT; i++) raw[i]! += blend.weight * posterior[i]!;
  }

  const ranked: SituationScore[] = [];
  let order: number[] = [];
  for (let i = 0; i < COUNT; i++) if (raw[i]! >= LIST_THRESHOLD) order.push(i);
  order.sort((a, b) => raw[b]! + TIE_BREAK[b]! - (raw[a]! + TIE_BREAK[a]!));
  order = order.slice(0, MAX_SITUATIONS);
  const top = order[0];
  if (top === undefined || raw[top]! < MAIN_THRESHOLD || top === OTHER) {
    // Nothing fits well: 'other', with any weak hints after it for the seller to pick.
    const hint = order.find((i) => i !== OTHER);
    const score = top === OTHER ? toScore(raw[OTHER]!) : otherScore(hint === undefined ? 0 : raw[hint]!);
    ranked.push({ id: 'other', score, cues: cues[OTHER] ?? [] });
    order = order.filter((i) => i !== OTHER).slice(0, MAX_SITUATIONS - 1);
  }
  for (const i of order) {
    ranked.push({ id: SITUATION_IDS[i]!, score: toScore(raw[i]!), cues: cues[i] ?? [] });
  }
  if (useModel) addModelHints(ranked, blend.minHint);
  return ranked;
}

/** What the cue rules alone say about a normalised message: the trained model's rule features. */
export interface RuleEvidence {
  /** Evidence per situation (index of SITUATION_IDS), after the priority adjustments. */
  evidence: Float64Array;
  /** Situations whose cue the buyer denied ("不是质量问题"). */
  denied: Uint8Array;
  /** Matched spans per situation, for "why". */
  cues: (string[] | undefined)[];
  /** A bare acknowledgement or emoji: only makes sense in context. */
  fragment: boolean;
}

export function ruleEvidence(normalized: string): RuleEvidence {
  score(normalized, null, DEFAULT_BLEND);
  return {
    evidence: Float64Array.from(raw),
    denied: Uint8Array.from(denied),
    cues: cues.slice(),
    fragment: normalized.length === 0 || ACKNOWLEDGEMENT.test(normalized) || BARE_NUMBER.test(normalized),
  };
}

/** Fills free places (up to three) with the model's next guesses, scored below everything listed. */
function addModelHints(ranked: SituationScore[], minHint: number): void {
  while (ranked.length < MAX_SITUATIONS) {
    let best = -1;
    for (let i = 0; i < COUNT; i++) {
      if (i === OTHER || posterior[i]! < minHint || ranked.some((s) => s.id === SITUATION_IDS[i])) continue;
      if (best < 0 || posterior[i]! > posterior[best]!) best = i;
    }
    if (best < 0) return;
    const floor = ranked[ranked.length - 1]?.score ?? 1;
    ranked.push({ id: SITUATION_IDS[best]!, score: round(Math.min(floor * 0.9, posterior[best]! * 0.5)), cues: [] });
  }
}

function strongest(): number {
  let max = 0;
  for (let i = 0; i < COUNT; i++) if (raw[i]! > max) max = raw[i]!;
  return max;
}

function applyRule(rule: CueRule, text: string, question: boolean, afterSale: boolean): void {
  if (rule.afterSaleOnly && !afterSale) return;
  if (rule.preSaleOnly && afterSale) return;
  if (rule.questionOnly && !question) return;
  if (rule.statementOnly && question) return;
  const pattern = rule.pattern;
  pattern.lastIndex = 0;
  const i = INDEX.get(rule.id) as number;
  // A long paragraph can repeat one kind of cue ("开线…掉色…有味道"): each extra distinct
  // hit adds a little, so the problem it dwells on ranks first.
  for (let hits = 0, match = pattern.exec(text); match && hits < 3; match = pattern.exec(text)) {
    if (match[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    // Vague stems are always checked for a denial in front of them.
    const negation = rule.neg ?? (rule.fallback ? 'strong' : undefined);
    if (negation && isNegated(text, match.index, negation, question, rule.id)) {
      denied[i] = 1;
      continue;
    }
    const span = match[0].trim();
    const list = cues[i];
    if (list?.includes(span)) continue;
    raw[i]! += hits === 0 ? rule.weight : rule.weight * 0.4;
    if (match.index < firstAt[i]!) firstAt[i] = match.index;
    hits++;
    if (!list) cues[i] = [span];
    else list.push(span);
  }
  pattern.lastIndex = 0;
}

const ASKABLE_DESPITE_NEGATION = new Set<SituationId>(['gift', 'free_shipping', 'haggle', 'authenticity', 'product_info']);

function isNegated(text: string, index: number, kind: 'strong' | 'any', question: boolean, id: SituationId): boolean {
  if (index === 0) return false;
  const before = text.slice(Math.max(0, index - 8), index);
  const negated = (kind === 'strong' ? STRONG_NEGATOR : ANY_NEGATOR).test(before);
  // "没有赠品吗" still asks for one; "不要赠品了" declines it.
  if (negated && question && ASKABLE_DESPITE_NEGATION.has(id)) return false;
  return negated;
}

function hasMain(): boolean {
  for (let i = 0; i < COUNT; i++) if (raw[i]! >= MAIN_THRESHOLD) return true;
  return false;
}

function get(id: SituationId): number {
  return raw[INDEX.get(id) as number]!;
}
function scale(id: SituationId, factor: number): void {
  raw[INDEX.get(id) as number]! *= factor;
}
function add(id: SituationId, amount: number, cue?: string): void {
  const i = INDEX.get(id) as number;
  raw[i]! += amount;
  if (cue) (cues[i] ??= []).push(cue);
}
function any(ids: readonly SituationId[], min = MAIN_THRESHOLD): boolean {
  return ids.some((id) => get(id) >= min);
}

/** Priority and combination rules between situations whose cues overlap. */
function adjust(text: string, question: boolean, afterSale: boolean): void {
  // A worry asked before buying ("会掉色吗", "偏大吗") is not a complaint about goods in hand.
  const worry = !question && WORRY.test(text) && get('quality_issue') > 0;
  if (worry) {
    add('authenticity', 0.8 * Math.min(get('quality_issue'), 2));
    scale('quality_issue', 0.3);
  }
  if (question && !afterSale) {
    if (get('quality_issue') > 0) {
      add('authenticity', 0.8 * Math.min(get('quality_issue'), 2), undefined);
      scale('quality_issue', 0.3);
    }
    if (get('size_fit') > 0) {
      add('product_info', 0.8 * Math.min(get('size_fit'), 2));
      scale('size_fit', 0.3);
    }
    if (get('damaged') > 0) scale('damaged', 0.4);
  }
  // "没有赠品吗" before buying asks for one; "赠品没收到" after receipt reports it missing.
  if (!afterSale && ASKS_IF_ANY.test(text) && get('missing_item') > 0) scale('missing_item', 0.3);
  // Before receipt, "换成白色" changes the order; after it, "换" is an exchange.
  // "不想要了 把订单取消 钱退回来": AFTER_SALE sees the 退, but nothing has arrived to send back.
  const cancelBeforeReceipt = CANCEL_REQUEST.test(text) && !RECEIVED.test(text) && get('order_change') >= MAIN_THRESHOLD;
  if (get('order_change') > 0 && get('return_request') > 0) {
    if (afterSale && !cancelBeforeReceipt) scale('order_change', 0.5);
    else scale('return_request', 0.5);
  }
  if (afterSale && !cancelBeforeReceipt && get('size_fit') > 0 && get('order_change') > 0 && get('order_change') < 2) scale('order_change', 0.4);
  if (get('price_drop') >= MAIN_THRESHOLD) scale('haggle', 0.3);
  if (get('return_request') >= MAIN_THRESHOLD || get('refund') >= MAIN_THRESHOLD) scale('free_shipping', 0.3);
  if (get('bad_review') >= MAIN_THRESHOLD) scale('review', 0.3);
  if (get('wrong_item') >= MAIN_THRESHOLD) {
    scale('product_info', 0.3);
    scale('order_change', 0.5);
  }
  // "坐一下就塌了": broken by use, not by the courier.
  if (get('quality_issue') >= MAIN_THRESHOLD && BROKEN_BY_USE.test(text)) scale('damaged', 0.5);
  if (get('damaged') >= MAIN_THRESHOLD && get('quality_issue') > 0 && get('quality_issue') < 2) scale('quality_issue', 0.5);
  // "买的两双只来一双": fewer of the right thing, not a wrong thing.
  if (get('missing_item') >= MAIN_THRESHOLD && ONLY_SOME.test(text)) scale('wrong_item', 0.4);
  if (get('missing_item') >= MAIN_THRESHOLD) {
    scale('gift', 0.3);
    scale('logistics', 0.6);
    scale('invoice', 0.5);
  }
  if (get('invoice') >= MAIN_THRESHOLD) scale('return_request', 0.5);
  if (get('order_change') >= MAIN_THRESHOLD) scale('ship_time', 0.5);
  // "钱什么时候退回来", "寄回三天了 退款呢": the money is the question, not the return.
  if (get('refund') >= MAIN_THRESHOLD && get('return_request') >= MAIN_THRESHOLD) scale('return_request', 0.7);
  // A named reason leads, the request it motivates follows ("小了一码 能换大的吗").
  if (any(PROBLEMS)) {
    scale('return_request', 0.8);
    scale('logistics', 0.7);
    leadWins(PROBLEMS, ['return_request', 'refund']);
  }
  // Cancelling before dispatch is an order change even when the money is mentioned (README rule 7),
  // unless the buyer is asking when the money comes back.
  if (get('order_change') >= MAIN_THRESHOLD && !afterSale && CANCEL_REQUEST.test(text) && !ASKS_WHEN_MONEY.test(text)) {
    if (get('refund') >= get('order_change')) raw[INDEX.get('refund') as number] = get('order_change') * 0.8;
  }
  if (get('order_change') >= MAIN_THRESHOLD && NOT_SHIPPED_YET.test(text)) {
    scale('ship_time', 0.4);
    scale('return_request', 0.5);
  }
  // "能改个地址吗 已经发货了": past dispatch it is the courier's job (README rule 6).
  if (get('order_change') >= MAIN_THRESHOLD && ALREADY_SHIPPED.test(text) && !NOT_SHIPPED_YET.test(text)) {
    add('logistics', get('order_change') + 0.3);
  }
  if (get('price_drop') >= MAIN_THRESHOLD && !/退货|寄回|退回去/.test(text)) {
    scale('return_request', 0.4);
    if (/差价|降|便宜/.test(text)) scale('refund', 0.6);
  }
  // "退的钱少了", "退款金额不对 少了运费": short money, not short goods.
  if (get('refund') >= MAIN_THRESHOLD && /钱|款|运费|金额/.test(text)) scale('missing_item', 0.4);
  if (get('free_shipping') > 0 && FEE_TALK.test(text)) {
    scale('haggle', 0.3);
    // "运费能合并吗" alone is about the fee; "加购一件 运费能合并吗" still changes the order.
    if ((cues[INDEX.get('order_change') as number] ?? []).every((c) => c.includes('合并'))) scale('order_change', 0.3);
  }
  // After a named problem, a shipping fee is the return's postage ("发错了 你们来回运费出吗").
  if (any(PROBLEMS)) scale('free_shipping', 0.4);
  // Nothing can have been sent wrong while the buyer asks when it ships or says it has not shipped.
  if (get('wrong_item') > 0 && ((question && WHEN_SHIPS.test(text)) || (get('order_change') >= MAIN_THRESHOLD && NOT_SHIPPED_YET.test(text)))) scale('wrong_item', 0.3);
  if (get('order_change') >= MAIN_THRESHOLD && /\bbefore (it )?ship/.test(text)) scale('wrong_item', 0.3);
  if (NOT_ASKING_TRACKING.test(text)) scale('logistics', 0.2);
  // "颜色换白色的 还没发吧": a change asked for before dispatch.
  if (NOT_YET_SENT_CHANGE.test(text)) add('order_change', 1.2);
  // A missing part explains "用不了"; the goods are not faulty.
  if (get('missing_item') >= MAIN_THRESHOLD && /用不了|没法用|不能用/.test(text)) scale('quality_issue', 0.5);
  if (get('return_request') >= MAIN_THRESHOLD && RETURN_PROCEDURE.test(text)) {
    scale('logistics', 0.5);
    // "寄回去的邮费能报销吗": reimbursing postage, not an invoice; "退货了发票怎么处理" stays invoice.
    if (!/票/.test(text)) scale('invoice', 0.3);
  }
  // Cancelling an order not yet received is not a change of mind about goods in hand.
  if (get('order_change') >= MAIN_THRESHOLD && CANCEL_REQUEST.test(text) && !RECEIVED.test(text)) scale('size_fit', 0.3);
  // A pre-sale question ("只有60公分宽" about the space at home) is not a short delivery.
  if (question && !afterSale && get('product_info') > 0) scale('missing_item', 0.4);
  if (get('review') >= MAIN_THRESHOLD && /(评价|好评|评论|晒图).{0,4}(送|返)/.test(text)) scale('gift', 0.4);
  // "好评了 记得返我" is the review reward, not a price difference.
  if (get('review') >= MAIN_THRESHOLD && !/差价|降|便宜|价/.test(text)) scale('price_drop', 0.3);
  // "我不是催发货 就问问快递到哪了".
  if (/不是催(发|促发)/.test(text)) scale('ship_time', 0.2);
  // The request is main and the threat secondary when the threat is conditional (README rule 3).
  if ((get('refund') >= MAIN_THRESHOLD || get('return_request') >= MAIN_THRESHOLD) && CONDITIONAL_THREAT.test(text)) {
    scale('complaint', 0.6);
    scale('bad_review', 0.6);
  }
  // A plain "received, fine" is not a tracking question just because it says 签收.
  if (get('received_ok') >= MAIN_THRESHOLD && GOOD_NEWS_ONLY.test(text.replace(NO_PROBLEM, ''))) scale('logistics', 0.4);
  // Account questions and the like are 'other'; they outrank incidental order words.
  if (get('other') >= MAIN_THRESHOLD) {
    scale('order_change', 0.5);
    scale('logistics', 0.5);
  }
  if (any(AFTER_SALE_TROUBLE)) scale('received_ok', 0.2);
  // A greeting in front of a request is just politeness.
  let other = 0;
  for (let i = 0; i < COUNT; i++) {
    const id = SITUATION_IDS[i]!;
    if (id !== 'greeting' && id !== 'other' && raw[i]! >= MAIN_THRESHOLD) other++;
  }
  if (other > 0) scale('greeting', 0.3);
}

/**
 * Between a named problem and the request it motivates, the one the buyer writes first leads:
 * "小了一码 能换大的吗" is size_fit; "退货地址是哪 衣服小了" is return_request (README rules 1–2).
 */
function leadWins(problems: readonly SituationId[], requests: readonly SituationId[]): void {
  let problem = -1;
  for (const id of problems) {
    const i = INDEX.get(id) as number;
    if (raw[i]! >= MAIN_THRESHOLD && (problem < 0 || raw[i]! > raw[problem]!)) problem = i;
  }
  if (problem < 0) return;
  for (const id of requests) {
    const r = INDEX.get(id) as number;
    if (raw[r]! < MAIN_THRESHOLD) continue;
    if (firstAt[problem]! <= firstAt[r]!) raw[r] = Math.min(raw[r]!, raw[problem]! * 0.9);
    else if (id === 'return_request') raw[problem] = Math.min(raw[problem]!, raw[r]! * 0.9);
  }
}

function carryOver(
  text: string,
  current: SituationScore[],
  previous: string[],
  model: NgramModel | null,
  blend: BlendSettings,
): SituationScore[] {
  if (ACKNOWLEDGEMENT.test(text) || !CONTINUATION.test(text)) return current;
  // The closest earlier message that had a clear situation sets the thread's topic.
  for (let k = previous.length - 1, seen = 0; k >= 0 && seen < 3; k--, seen++) {
    const earlier = score(normalizeMessage(previous[k] ?? ''), model, blend);
    const main = earlier[0];
    if (main && main.id !== 'other') {
      return [
        { id: main.id, score: Math.min(0.75, main.score), cues: [text] },
        ...current.filter((s) => s.id !== main.id),
      ].slice(0, MAX_SITUATIONS);
    }
  }
  return current;
}

function toScore(evidence: number): number {
  return round(1 - Math.exp(-evidence / 1.5));
}
function otherScore(bestHint: number): number {
  return round(Math.max(0.3, 0.9 - bestHint * 0.4));
}
function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}
