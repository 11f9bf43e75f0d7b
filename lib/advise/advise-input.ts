/**
 * The line format of `npm run --silent advise`: one conversation as JSON, validated with zod
 * and turned into the conversation `advise` reads. The order's statuses are the CLI's own
 * words (unpaid, refunded, closed) mapped onto the archive's.
 */
import { z } from 'zod';
import { platformSchema, type Order, type OrderStatus } from '../db/schemas';
import { shopSettingsSchema, settingsFromShop } from './shop-settings';
import type { AdviseConversation } from './types';

const isoWithOffset = z.iso.datetime({ offset: true });
const text = (max: number) => z.string().max(max);

const ORDER_STATUS: Record<string, OrderStatus> = {
  unpaid: 'pending',
  paid: 'paid',
  shipped: 'shipped',
  delivered: 'delivered',
  refunded: 'return_closed',
  closed: 'cancelled',
};

export const adviseInputSchema = z
  .object({
    now: isoWithOffset,
    platform: platformSchema,
    locale: z.enum(['zh-CN', 'en']),
    shop: shopSettingsSchema.default({}),
    product: z
      .object({
        id: text(80).optional(),
        title: text(300),
        price: z.number().finite().positive().max(10_000_000),
        floorPrice: z.number().finite().nonnegative().max(10_000_000).optional(),
        category: text(60).optional(),
        perishable: z.boolean().optional(),
      })
      .strict()
      .refine((p) => p.floorPrice === undefined || p.floorPrice <= p.price, {
        message: 'floorPrice cannot be above price',
        path: ['floorPrice'],
      })
      .optional(),
    order: z
      .object({
        id: text(64).min(1),
        status: z.enum(['unpaid', 'paid', 'shipped', 'delivered', 'refunded', 'closed']),
        paidAt: isoWithOffset.optional(),
        shippedAt: isoWithOffset.optional(),
        deliveredAt: isoWithOffset.optional(),
        expectedArrivalAt: isoWithOffset.optional(),
        courier: text(40).optional(),
        trackingNo: text(64).optional(),
        amount: z.number().finite().nonnegative().optional(),
        /** 运费险: return-shipping insurance on this order. */
        returnShippingInsurance: z.boolean().optional(),
      })
      .strict()
      .nullable()
      .optional(),
    /** From the archive: VIP level and how many orders this buyer has placed. */
    customer: z
      .object({
        vipLevel: z.number().int().min(0).max(10).default(0),
        orderCount: z.number().int().min(0).default(0),
        nickname: text(120).optional(),
      })
      .strict()
      .optional(),
    messages: z
      .array(
        z
          .object({
            from: z.enum(['buyer', 'seller']),
            text: text(5000),
            at: isoWithOffset.optional(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export type AdviseInput = z.output<typeof adviseInputSchema>;

const ms = (iso: string | undefined) => (iso === undefined ? undefined : Date.parse(iso));

export function conversationFromInput(input: AdviseInput): AdviseConversation {
  const now = Date.parse(input.now);
  const settings = settingsFromShop(input.shop);
  const o = input.order;
  const order: Order | undefined = o
    ? {
        id: o.id,
        customerId: 'conversation',
        orderNo: o.id,
        items: input.product
          ? [
              {
                title: input.product.title,
                quantity: 1,
                price: input.product.price,
                ...(input.product.category ? { category: input.product.category } : {}),
              },
            ]
          : [],
        status: ORDER_STATUS[o.status]!,
        ...(o.amount !== undefined ? { amount: o.amount } : {}),
        ...(o.paidAt ? { paidAt: ms(o.paidAt)! } : {}),
        ...(o.shippedAt ? { shippedAt: ms(o.shippedAt)! } : {}),
        ...(o.deliveredAt ? { deliveredAt: ms(o.deliveredAt)! } : {}),
        ...(o.expectedArrivalAt ? { expectedArrivalAt: ms(o.expectedArrivalAt)! } : {}),
        ...(o.courier ? { courier: o.courier } : {}),
        ...(o.trackingNo ? { trackingNo: o.trackingNo } : {}),
        createdAt: now,
        updatedAt: now,
      }
    : undefined;
  const p = input.product;
  return {
    now,
    platform: input.platform,
    locale: input.locale,
    settings,
    messages: input.messages.map((m) => ({ from: m.from, text: m.text, ...(m.at ? { at: ms(m.at)! } : {}) })),
    ...(p
      ? {
          product: {
            key: p.id ?? p.title,
            title: p.title,
            price: p.price,
            ...(p.floorPrice !== undefined ? { floorPrice: p.floorPrice } : {}),
            ...(p.category ? { category: p.category } : {}),
            ...(p.perishable !== undefined ? { perishable: p.perishable } : {}),
          },
        }
      : {}),
    ...(order ? { order } : {}),
    ...(o?.returnShippingInsurance !== undefined ? { returnShippingInsurance: o.returnShippingInsurance } : {}),
    ...(input.customer ? { customer: { vipLevel: input.customer.vipLevel, orderCount: input.customer.orderCount } } : {}),
    ...(input.customer?.nickname ? { buyerNickname: input.customer.nickname } : {}),
  };
}

/** "line 3: shop.returnWindowDays: Invalid input: expected number, received string". */
export function describeIssues(line: number, error: z.ZodError): string {
  return error.issues
    .map((issue) => `line ${line}: ${issue.path.length > 0 ? issue.path.join('.') : '(the whole line)'}: ${issue.message}`)
    .join('\n');
}
