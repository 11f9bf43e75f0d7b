/**
 * The archive's records. These zod schemas are the single source of the stored types:
 * repositories parse every write with them, import validates rows with them, and the
 * TypeScript types below are inferred from them.
 */
import { z } from 'zod';
import { SITUATION_IDS } from '../situations/taxonomy';

const id = z.string().min(1).max(64);
/** Epoch milliseconds. Stored as numbers so Dexie can index and range-query them. */
const time = z.number().int().nonnegative();
const shortText = (max = 200) => z.string().trim().max(max);

export const PLATFORMS = [
  'pinduoduo',
  'douyin',
  'jd',
  'taobao',
  'weidian',
  '1688',
  'shopee',
  'amazon',
  'ebay',
  'etsy',
  'shopify',
  'other',
] as const;
export const platformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof platformSchema>;

export const addressSchema = z.object({
  province: shortText(40).optional(),
  city: shortText(40).optional(),
  district: shortText(40).optional(),
  street: shortText(200).optional(),
  /** The address as the seller pasted it, kept so nothing is lost by splitting. */
  full: shortText(300).optional(),
});
export type Address = z.infer<typeof addressSchema>;

export const customerSchema = z.object({
  id,
  platform: platformSchema,
  /** The marketplace's buyer id; nicknames are often masked, so this is the key. */
  platformUid: shortText(120).min(1),
  nickname: shortText(120).optional(),
  name: shortText(60).optional(),
  phone: shortText(40).optional(),
  address: addressSchema.optional(),
  /** ISO calendar date, e.g. 1990-05-17 (year may be 0000 when unknown). */
  birthday: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'birthday must be YYYY-MM-DD')
    .optional(),
  /** Free-form measurements and sizes: { height: '165cm', shoe: '38' }. */
  sizes: z.record(shortText(40), shortText(80)).default({}),
  interests: z.array(shortText(40)).max(50).default([]),
  tags: z.array(shortText(40)).max(50).default([]),
  vipLevel: z.number().int().min(0).max(10).default(0),
  points: z.number().int().min(0).default(0),
  createdAt: time,
  updatedAt: time,
});
export type Customer = z.infer<typeof customerSchema>;

export const ORDER_STATUSES = [
  'pending',
  'paid',
  'shipped',
  'delivered',
  'reviewed',
  'return_open',
  'return_closed',
  'cancelled',
] as const;
export const orderStatusSchema = z.enum(ORDER_STATUSES);
export type OrderStatus = z.infer<typeof orderStatusSchema>;

export const orderItemSchema = z.object({
  title: shortText(200).min(1),
  sku: shortText(80).optional(),
  quantity: z.number().int().positive().default(1),
  /** Unit price in the shop's currency, in yuan (two decimals). */
  price: z.number().nonnegative().optional(),
  category: shortText(60).optional(),
});
export type OrderItem = z.infer<typeof orderItemSchema>;

export const orderSchema = z.object({
  id,
  customerId: id,
  orderNo: shortText(64).min(1),
  items: z.array(orderItemSchema).default([]),
  amount: z.number().nonnegative().optional(),
  status: orderStatusSchema.default('pending'),
  paidAt: time.optional(),
  shippedAt: time.optional(),
  deliveredAt: time.optional(),
  reviewedAt: time.optional(),
  courier: shortText(40).optional(),
  trackingNo: shortText(64).optional(),
  expectedArrivalAt: time.optional(),
  createdAt: time,
  updatedAt: time,
});
export type Order = z.infer<typeof orderSchema>;

export const noteSchema = z.object({
  id,
  customerId: id,
  text: z.string().trim().min(1, 'a note cannot be empty').max(5000),
  createdAt: time,
});
export type Note = z.infer<typeof noteSchema>;

export const TASK_KINDS = [
  'payment_reassurance',
  'shipping_notice',
  'arrival_check',
  'signoff_followup',
  'review_reminder',
  'review_thanks',
  'revisit',
  'birthday_greeting',
  'vip_reactivation',
  'return_tracking',
  'return_refund_or_reship',
  'complaint_deadline',
  'review_followup',
  'custom',
  // Conversation flows (lib/playbooks/logistics.ts and the smaller flows).
  'logistics_followup',
  'payment_reminder',
  'after_sale_followup',
] as const;
export const taskKindSchema = z.enum(TASK_KINDS);
export type TaskKind = z.infer<typeof taskKindSchema>;

export const TASK_STATUSES = ['open', 'done', 'cancelled'] as const;
export const taskStatusSchema = z.enum(TASK_STATUSES);
export type TaskStatus = z.infer<typeof taskStatusSchema>;

export const taskSchema = z.object({
  id,
  customerId: id,
  orderId: id.optional(),
  kind: taskKindSchema,
  title: shortText(200).optional(),
  dueAt: time,
  status: taskStatusSchema.default('open'),
  /** Id of the reply script to use when doing this task. */
  scriptId: shortText(80).optional(),
  /** Identifies the rule+event that created the task, so re-running a rule is idempotent. */
  ruleKey: shortText(160).optional(),
  notifiedAt: time.optional(),
  createdAt: time,
  doneAt: time.optional(),
});
export type Task = z.infer<typeof taskSchema>;

export const templateSchema = z.object({
  id,
  /** A situation id from situations.json, or a lifecycle kind ('lifecycle.*'). */
  situation: shortText(60).min(1),
  title: shortText(80).min(1, 'a template needs a title'),
  body: z.string().min(1, 'a template needs text').max(4000),
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  tags: z.array(shortText(30)).max(20).default([]),
  /** Text-expansion shortcut such as "/ty". */
  shortcut: z
    .string()
    .regex(/^\/[\p{L}\p{N}_-]{1,20}$/u, 'a shortcut starts with / and has 1–20 letters or digits')
    .optional(),
  builtIn: z.boolean().default(false),
  /** For a user copy of a built-in: the built-in it overrides. */
  overridesId: shortText(80).optional(),
  hidden: z.boolean().default(false),
  favourite: z.boolean().default(false),
  usageCount: z.number().int().min(0).default(0),
  lastUsedAt: time.optional(),
  createdAt: time,
  updatedAt: time,
});
export type Template = z.infer<typeof templateSchema>;

/**
 * Working state stored as its JSON form. A backup is JSON, and JSON has no -0, NaN or
 * Infinity (they come back as 0 or null) nor undefined members; a haggle step such as
 * Math.round(-0.4) yields -0. Storing the JSON form makes a backup restore exactly what the
 * archive holds (the round-trip property test found a haggle state holding -0). Chromium's
 * extension messaging already carries JSON-serialisable values, so writes from the sidebar
 * are unchanged.
 */
export const jsonStateSchema = z.unknown().transform((value, ctx) => {
  try {
    const text = JSON.stringify(value);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  } catch (error) {
    ctx.addIssue({ code: 'custom', message: `not storable as JSON: ${error instanceof Error ? error.message : String(error)}` });
    return z.NEVER;
  }
});

/**
 * Per-conversation working state (v2), keyed `${platform}:${platformUid}`. The haggle entry
 * keeps the state before and after the last buyer message it answered, so showing the same
 * message again shows the same move instead of advancing a round.
 */
export const conversationSchema = z.object({
  key: z.string().min(1).max(200),
  /** The price under discussion when the page shows no product card (the seller types it once). */
  listPrice: z.number().positive().max(10_000_000).optional(),
  haggle: z
    .object({
      message: z.string().max(5000),
      before: jsonStateSchema,
      after: jsonStateSchema,
    })
    .optional(),
  updatedAt: time,
});
export type Conversation = z.infer<typeof conversationSchema>;

/**
 * A labelled buyer message of this shop: the seller corrected the sidebar's situation, or
 * inserted a reply written for another situation than the one shown first. The sidebar's
 * per-shop layer (lib/situations/shop-layer.ts) learns from these at once.
 */
export const situationExampleSchema = z.object({
  id,
  /** The buyer's message as the sidebar read it. */
  text: z.string().trim().min(1).max(2000),
  situation: z.enum(SITUATION_IDS),
  /** How the label was given: a click on a situation, or a reply inserted from another situation. */
  source: z.enum(['correction', 'insert']),
  /** The situation the classifier had shown first, when it was another. */
  shown: z.enum(SITUATION_IDS).optional(),
  platform: platformSchema.optional(),
  createdAt: time,
});
export type SituationExample = z.infer<typeof situationExampleSchema>;

/**
 * The schema of each archive table's records, for the code that checks whole tables at
 * once: a backup being read, and the upgrade that sets malformed records aside.
 */
export const TABLE_SCHEMAS = {
  customers: customerSchema,
  orders: orderSchema,
  notes: noteSchema,
  tasks: taskSchema,
  templates: templateSchema,
  conversations: conversationSchema,
} as const;
