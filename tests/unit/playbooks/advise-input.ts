/**
 * Test-side reading of an `advise` input line into the conversation the flows decide on. The
 * advise command on the advise-money branch has its own (validated) converter; this one reads
 * the same shape with the same status mapping (refunded → return_closed, unpaid → pending), so
 * the fixture lines stay valid `advise` input when the lead wires them through the command.
 */
import type { Order, OrderStatus } from '../../../lib/db/schemas';
import type { FlowConversation } from '../../../lib/playbooks/flow-types';
import { normaliseSettings } from '../../../lib/settings/settings';

export interface AdviseInputLine {
  now: string;
  platform: string;
  locale: 'zh-CN' | 'en';
  shop?: Record<string, unknown>;
  product?: { id?: string; title: string; price: number; floorPrice?: number; category?: string; perishable?: boolean };
  order?: null | {
    id: string;
    status: 'unpaid' | 'paid' | 'shipped' | 'delivered' | 'refunded' | 'closed';
    paidAt?: string; shippedAt?: string; deliveredAt?: string; expectedArrivalAt?: string;
    courier?: string; trackingNo?: string; amount?: number; returnShippingInsurance?: boolean;
  };
  customer?: { vipLevel?: number; orderCount?: number; nickname?: string };
  messages: { from: 'buyer' | 'seller'; text: string; at?: string }[];
}

const STATUS: Record<string, OrderStatus> = {
  unpaid: 'pending', paid: 'paid', shipped: 'shipped', delivered: 'delivered', refunded: 'return_closed', closed: 'cancelled',
};

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export function conversationFromLine(line: AdviseInputLine): FlowConversation {
  const now = Date.parse(line.now);
  const shop = line.shop ?? {};
  const num = (k: string) => (typeof shop[k] === 'number' ? (shop[k] as number) : undefined);
  const settings = normaliseSettings({
    shop: { name: shop.shopName ?? '', returnAddress: shop.returnAddress ?? '', sellerName: shop.sellerName ?? '' },
    policy: {
      ...(shop.timeZone ? { timeZone: shop.timeZone } : {}),
      returns: {
        ...(num('returnWindowDays') !== undefined ? { noReasonWindowDays: num('returnWindowDays') } : {}),
        ...(shop.noReasonReturnPayer ? { shippingPayer: { no_reason: { toSeller: shop.noReasonReturnPayer, backToBuyer: 'seller' } } } : {}),
      },
      followUp: {
        ...(num('complaintResponseHours') !== undefined ? { complaintResponseHours: num('complaintResponseHours') } : {}),
        ...(num('defaultTransitDays') !== undefined ? { defaultTransitDays: num('defaultTransitDays') } : {}),
      },
    },
  });
  const o = line.order;
  const p = line.product;
  const order: Order | undefined = o
    ? {
        id: o.id, customerId: 'conversation', orderNo: o.id,
        items: p ? [{ title: p.title, quantity: 1, price: p.price, ...(p.category ? { category: p.category } : {}) }] : [],
        status: STATUS[o.status]!,
        ...(o.amount !== undefined ? { amount: o.amount } : {}),
        ...(o.paidAt ? { paidAt: ms(o.paidAt)! } : {}),
        ...(o.shippedAt ? { shippedAt: ms(o.shippedAt)! } : {}),
        ...(o.deliveredAt ? { deliveredAt: ms(o.deliveredAt)! } : {}),
        ...(o.expectedArrivalAt ? { expectedArrivalAt: ms(o.expectedArrivalAt)! } : {}),
        ...(o.courier ? { courier: o.courier } : {}),
        ...(o.trackingNo ? { trackingNo: o.trackingNo } : {}),
        createdAt: now, updatedAt: now,
      }
    : undefined;
  return {
    now,
    platform: line.platform,
    locale: line.locale,
    settings,
    messages: line.messages.map((m) => ({ from: m.from, text: m.text, ...(m.at ? { at: ms(m.at)! } : {}) })),
    ...(p ? { product: { key: p.id ?? p.title, title: p.title, price: p.price, ...(p.category ? { category: p.category } : {}), ...(p.perishable !== undefined ? { perishable: p.perishable } : {}) } } : {}),
    ...(order ? { order } : {}),
    ...(o?.returnShippingInsurance !== undefined ? { returnShippingInsurance: o.returnShippingInsurance } : {}),
    ...(line.customer?.nickname ? { buyerNickname: line.customer.nickname } : {}),
    ...(typeof shop.currency === 'string' && shop.currency !== 'auto' ? { currency: shop.currency } : {}),
  };
}
