/**
 * The one declared set of variables a reply script may use. Templates write them as
 * `{buyer_name}` or, with an inline fallback, `{buyer_name|亲}`. Everything that checks,
 * renders or fills a template reads this list, so a new variable is added here and nowhere else.
 */
import type { Locale, Localized } from '../i18n/localized';

/** Where the value normally comes from, so the UI knows whom to ask when it is missing. */
export type VariableSource = 'page' | 'order' | 'customer' | 'shop' | 'seller' | 'playbook';

export interface VariableDefinition {
  /** snake_case, as written between braces. */
  name: string;
  label: Localized;
  meaning: Localized;
  source: VariableSource;
  /**
   * Used when neither a value nor an inline fallback is available. Only for variables where a
   * generic word reads naturally (亲, this item); facts such as prices, dates and policy are
   * never guessed, so they have none and the seller is asked instead.
   */
  fallback?: Partial<Record<Locale, string>>;
  example: Localized;
}

const v = <N extends string>(
  name: N,
  source: VariableSource,
  label: [string, string],
  meaning: [string, string],
  example: [string, string],
  fallback?: [string, string],
): VariableDefinition & { name: N } => ({
  name,
  source,
  label: { 'zh-CN': label[0], en: label[1] },
  meaning: { 'zh-CN': meaning[0], en: meaning[1] },
  example: { 'zh-CN': example[0], en: example[1] },
  ...(fallback ? { fallback: { 'zh-CN': fallback[0], en: fallback[1] } } : {}),
});

export const VARIABLES = [
  v('buyer_name', 'page', ['买家称呼', 'Buyer name'], ['聊天页面上买家的昵称或称呼', "The buyer's nickname or name from the chat page"], ['小雨', 'Emma'], ['亲', 'there']),
  v('shop_name', 'shop', ['店铺名', 'Shop name'], ['本店的名称', "The shop's name"], ['暖阳家居', 'Sunny Home'], ['小店', 'our shop']),
  v('seller_name', 'seller', ['客服名', 'Seller name'], ['回复的客服或店主的称呼', 'The name of the person answering'], ['小林', 'Lin'], ['客服', 'the team']),
  v('product', 'order', ['商品名', 'Product'], ['所咨询或所购买的商品', 'The product asked about or bought'], ['加厚珊瑚绒睡衣', 'fleece pyjamas'], ['这款宝贝', 'your item']),
  v('sku', 'order', ['规格', 'Variant'], ['颜色、尺码等规格', 'Colour, size or other variant'], ['藏青色 L 码', 'navy, size L']),
  v('order_no', 'order', ['订单号', 'Order number'], ['平台订单编号', "The marketplace's order number"], ['240517-3391028', '113-4429871-002']),
  v('price', 'order', ['成交价', 'Price paid'], ['买家实际支付或当前售价', 'The price paid or the current price'], ['129元', '$29.90']),
  v('list_price', 'playbook', ['标价', 'List price'], ['商品页上的标价', 'The price shown on the listing'], ['159元', '$34.90']),
  v('next_price', 'playbook', ['让价后价格', 'Offered price'], ['议价中本轮给出的价格', 'The price offered in this round of haggling'], ['149元', '$32.00']),
  v('discount', 'shop', ['优惠', 'Discount'], ['可用的优惠券或活动优惠', 'A coupon or promotion that applies'], ['满199减20', '10% off two or more']),
  v('courier', 'order', ['快递公司', 'Courier'], ['承运的快递公司', 'The carrier'], ['中通快递', 'UPS']),
  v('tracking_no', 'order', ['快递单号', 'Tracking number'], ['包裹的运单号', "The parcel's tracking number"], ['73519920048812', '1Z999AA10123456784']),
  v('ship_date', 'order', ['发货日期', 'Ship date'], ['已发货或预计发货的日期', 'The date shipped or due to ship'], ['5月18日', 'May 18']),
  v('expected_arrival', 'order', ['预计送达', 'Expected arrival'], ['预计送达的时间', 'When the parcel should arrive'], ['5月20日左右', 'around May 21']),
  v('return_window_days', 'shop', ['无理由退货天数', 'Return window (days)'], ['本店无理由退换的天数', "The shop's no-reason return window in days"], ['7', '30']),
  v('return_address', 'shop', ['退货地址', 'Return address'], ['退货寄回的收件地址', 'Where returns are sent'], ['浙江省杭州市余杭区某某路 8 号 售后组 收', 'Returns Dept, 8 Elm St, Austin, TX 78701']),
  v('return_shipping_payer', 'shop', ['退货运费承担方', 'Who pays return shipping'], ['无理由退货时由谁承担寄回运费', 'Who pays return postage for a no-reason return'], ['买家', 'the buyer']),
  v('refund_amount', 'order', ['退款金额', 'Refund amount'], ['退给买家的金额', 'The amount refunded'], ['129元', '$29.90']),
  v('deadline', 'playbook', ['承诺时间', 'Promised time'], ['承诺给出处理结果的时间（中文话术写作“{deadline}前”）', 'When the seller promises an answer, written as a phrase such as "by 5 pm today"'], ['今天下午 5 点', 'by 5 pm today']),
  v('bundle_qty', 'shop', ['包邮件数', 'Items for free shipping'], ['满几件包邮', 'How many items ship free'], ['2', '2']),
  v('membership_gift', 'shop', ['会员礼', 'Membership gift'], ['入会可领的礼品', 'The gift members receive'], ['定制收纳袋一个', 'a matching storage pouch']),
  v('small_request', 'playbook', ['小请求', 'Small request'], ['让价后提的小请求', 'A small favour asked in return for a concession'], ['用着好的话推荐给身边朋友', 'recommend us to a friend if you like it'], ['用着满意的话推荐给身边朋友', 'tell a friend about us if you like it']),
  v('festival', 'playbook', ['节日', 'Festival'], ['问候的节日', 'The festival being greeted'], ['中秋节', 'Thanksgiving']),
  v('vip_level', 'customer', ['会员等级', 'VIP level'], ['买家的会员等级', "The buyer's VIP level"], ['2', '2']),
  v('points', 'customer', ['积分', 'Points'], ['买家当前积分', "The buyer's points balance"], ['860', '860']),
  v('order_total', 'order', ['订单金额', 'Order total'], ['订单实付总额', 'The total paid for the order'], ['258元', '$59.80']),
  v('order_address', 'order', ['收货地址', 'Delivery address'], ['订单上的收货地址', 'The delivery address on the order'], ['浙江省杭州市西湖区文三路 90 号', '12 High St, Leeds LS1 4AB']),
  v('ship_by', 'order', ['最晚发货', 'Ships by'], ['按店铺发货时限算出的最晚发货时间（未发货时）', 'When an unshipped order ships at the latest, from the shop\'s shipping time'], ['5月20日 18:00', 'May 20, 18:00']),
  v('ship_within', 'shop', ['发货时限', 'Shipping time'], ['店铺承诺的付款后发货时限', 'How soon after payment the shop ships'], ['48小时', '48 hours']),
  v('ship_cutoff', 'shop', ['当日发货截止', 'Same-day cut-off'], ['几点前付款当天发货（店铺设置）', 'The hour before which paid orders ship the same day (shop setting)'], ['下午4点', '4 pm']),
  v('care_tip', 'order', ['保养小贴士', 'Care tip'], ['按商品类目给出的使用保养建议', 'A care tip for the product\'s category'], ['冷水手洗、反面晾干', 'wash it cold and air-dry it']),
  v('resolution', 'playbook', ['处理方案', 'Resolution'], ['剧本按售后政策给出的处理方案', 'What the playbook offers under the shop\'s policy'], ['退款或补发您选，运费我们出', 'a refund or a replacement, your choice, with postage on us']),
  v('size_chart_link', 'shop', ['尺码表链接', 'Size chart link'], ['尺码表图片或页面的链接', 'A link to the size chart'], ['https://example.com/size', 'https://example.com/size']),
] as const satisfies readonly VariableDefinition[];

export type VariableName = (typeof VARIABLES)[number]['name'];

export const VARIABLE_NAMES: readonly VariableName[] = VARIABLES.map((d) => d.name);

const byName = new Map<string, VariableDefinition>(VARIABLES.map((d) => [d.name, d]));

export function isVariableName(value: string): value is VariableName {
  return byName.has(value);
}

export function getVariable(name: VariableName): VariableDefinition {
  // The map is built from the same list the type comes from, so a typed name is always there.
  return byName.get(name)!;
}
