/**
 * Payload schemas for every message between contexts. Built with zod's "mini" build so the
 * content script, which must stay small on heavy seller pages, can validate what it receives.
 */
import * as z from 'zod/mini';

const text = (max: number) => z.string().check(z.maxLength(max));

export const chatMessageSchema = z.object({
  from: z.enum(['buyer', 'agent']),
  text: text(5000),
  time: z.optional(text(40)),
});

export const chatSnapshotSchema = z.object({
  site: z.enum(['pinduoduo', 'douyin', 'jd', 'shopee', 'generic']),
  platform: text(20),
  buyer: z.optional(z.object({ uid: z.optional(text(120)), nickname: z.optional(text(120)) })),
  messages: z.array(chatMessageSchema).check(z.maxLength(50)),
  product: z.optional(
    z.object({ id: z.optional(text(80)), title: z.optional(text(300)), price: z.optional(text(40)) }),
  ),
  missing: z.array(z.enum(['messages', 'buyer', 'input'])),
});
export type ChatSnapshotPayload = z.infer<typeof chatSnapshotSchema>;

export const insertRequestSchema = z.object({
  text: text(4000).check(z.minLength(1)),
  mode: z.optional(z.enum(['auto', 'cursor', 'replace', 'append'])),
});
export type InsertRequest = z.infer<typeof insertRequestSchema>;

export const insertResultSchema = z.union([
  z.object({ ok: z.literal(true) }),
  z.object({ ok: z.literal(false), reason: z.enum(['no_input', 'not_editable', 'detached']) }),
]);
export type InsertResult = z.infer<typeof insertResultSchema>;

export const emptySchema = z.object({});

/**
 * What a child frame's content script tells the top frame (through the background) about the
 * editor in it: the text the seller selected there (empty: none), whether it holds an editor,
 * and whether the seller just focused that editor (the newest focus wins the insertion).
 */
export const frameEditorStateSchema = z.object({
  selection: text(2000),
  hasInput: z.boolean(),
  focused: z.boolean(),
});
export type FrameEditorState = z.infer<typeof frameEditorStateSchema>;

/** Chrome numbers child frames from 1; 0 is the top frame, which never reports to itself. */
export const childFrameIdSchema = z.number().check(z.gte(1));

/** The page outline for a bug report (lib/diagnostics/page-outline.ts): text only, bounded. */
export const pageOutlineSchema = text(60_000);

export const setCollapsedSchema = z.object({ collapsed: z.boolean() });

/**
 * A nickname match the seller can confirm (lib/assist/buyer-identity.ts). The tab is the
 * sender's own for the sidebar; the popup names the tab it shows.
 */
export const buyerConfirmationQuerySchema = z.object({
  platform: text(20),
  nickname: text(120).check(z.minLength(1)),
  tabId: z.optional(z.int().check(z.nonnegative())),
});

/** `customerId` null takes a confirmation back. */
export const confirmBuyerSchema = z.object({
  platform: text(20),
  nickname: text(120).check(z.minLength(1)),
  customerId: z.nullable(text(64).check(z.minLength(1))),
});

export const buyerConfirmationSchema = z.object({ customerId: z.nullable(text(64)) });
