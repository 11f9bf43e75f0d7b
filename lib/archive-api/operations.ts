/**
 * The archive operations the sidebar and the popup's writes need, by name, with validated
 * arguments.
 *
 * Why they exist: the sidebar is an extension page framed into a marketplace page, and
 * browsers that block third-party storage (Chromium does when third-party cookies are
 * blocked) refuse it IndexedDB there. So the sidebar asks the background, which owns the
 * database in the extension's own first-party context, to run these by name.
 *
 * The popup reads the database directly but sends its writes here too: a popup closes the
 * moment the seller clicks away, and a write still running in it would be lost with it. The
 * options page runs the same operations directly.
 */
import { z } from 'zod';
import { toCustomer, type SellerDb, type StoredCustomer } from '../db/database';
import { createCustomer, customerInputSchema, findCustomerByPlatformUid } from '../db/repositories/customers';
import { addNote, listNotes } from '../db/repositories/notes';
import { recordOrderEvent } from '../db/repositories/order-events';
import { listOrders } from '../db/repositories/orders';
import { applyTaskPlan, completeTask, createTask, listCustomerTasks, snoozeTask } from '../db/repositories/tasks';
import { recordTemplateUse, setTemplateFlags } from '../db/repositories/templates';
import { addSituationExample, deleteSituationExample, listSituationExamples, type SituationExampleInput } from '../db/repositories/situation-examples';
import { conversationSchema, platformSchema, situationExampleSchema, taskSchema } from '../db/schemas';
import { orderEventSchema } from '../playbooks/lifecycle';
import { getSettings } from '../settings/settings-store';
import { INSIGHT_COMMANDS } from './insight-commands';

const id = z.string().min(1).max(64);

const customerOrNull = (stored: StoredCustomer | undefined) => (stored ? toCustomer(stored) : null);

export const ARCHIVE_QUERIES = {
  customerByUid: {
    args: z.object({ platform: platformSchema, uid: z.string().min(1).max(120) }),
    run: async (db: SellerDb, a: { platform: z.infer<typeof platformSchema>; uid: string }) =>
      customerOrNull(await findCustomerByPlatformUid(db, a.platform, a.uid)),
  },
  customer: {
    args: z.object({ id }),
    run: async (db: SellerDb, a: { id: string }) => customerOrNull(await db.customers.get(a.id)),
  },
  customerOrders: {
    args: z.object({ customerId: id }),
    run: (db: SellerDb, a: { customerId: string }) => listOrders(db, a.customerId),
  },
  customerNotes: {
    args: z.object({ customerId: id, limit: z.number().int().min(1).max(200) }),
    run: (db: SellerDb, a: { customerId: string; limit: number }) => listNotes(db, a.customerId, a.limit),
  },
  customerTasks: {
    args: z.object({ customerId: id }),
    run: (db: SellerDb, a: { customerId: string }) => listCustomerTasks(db, a.customerId),
  },
  templates: {
    args: z.object({}),
    run: (db: SellerDb) => db.templates.toArray(),
  },
  conversation: {
    args: z.object({ key: z.string().min(1).max(200) }),
    run: async (db: SellerDb, a: { key: string }) => (await db.conversations.get(a.key)) ?? null,
  },
  /** The shop's corrections, oldest first, for the sidebar's per-shop layer. */
  situationExamples: {
    args: z.object({}),
    run: (db: SellerDb) => listSituationExamples(db),
  },
} as const;

const situationExampleInputSchema = situationExampleSchema.omit({ id: true, createdAt: true });

const taskDraftSchema = taskSchema.omit({ id: true, createdAt: true, status: true });

export const ARCHIVE_COMMANDS = {
  createCustomer: {
    args: customerInputSchema,
    run: (db: SellerDb, a: z.input<typeof customerInputSchema>) => createCustomer(db, a),
  },
  addNote: {
    args: z.object({ customerId: id, text: z.string().max(5000) }),
    run: (db: SellerDb, a: { customerId: string; text: string }) => addNote(db, a.customerId, a.text),
  },
  recordOrderEvent: {
    args: z.object({ customerId: id, orderNo: z.string().trim().min(1).max(64), event: orderEventSchema }),
    // The shop policy is read here, not taken from the caller.
    run: async (db: SellerDb, a: { customerId: string; orderNo: string; event: z.infer<typeof orderEventSchema> }) =>
      recordOrderEvent(db, { ...a, policy: (await getSettings()).policy }),
  },
  applyTaskPlan: {
    args: z.object({ create: z.array(taskDraftSchema).max(50) }),
    run: async (db: SellerDb, a: { create: z.infer<typeof taskDraftSchema>[] }) =>
      applyTaskPlan(db, { create: a.create }, Date.now(), (await getSettings()).policy.timeZone),
  },
  createTask: {
    args: z.object({ customerId: id, title: z.string().trim().min(1).max(200), dueAt: z.number().int().nonnegative() }),
    run: (db: SellerDb, a: { customerId: string; title: string; dueAt: number }) =>
      createTask(db, { customerId: a.customerId, kind: 'custom', title: a.title, dueAt: a.dueAt }),
  },
  completeTask: {
    args: z.object({ id }),
    // The time zone dates the follow-up result (on time / late) for the Insights page.
    run: async (db: SellerDb, a: { id: string }) => completeTask(db, a.id, Date.now(), (await getSettings()).policy.timeZone),
  },
  snoozeTask: {
    args: z.object({ id, until: z.number().int().nonnegative() }),
    run: (db: SellerDb, a: { id: string; until: number }) => snoozeTask(db, a.id, a.until),
  },
  recordTemplateUse: {
    args: z.object({ id: z.string().min(1).max(80) }),
    run: (db: SellerDb, a: { id: string }) => recordTemplateUse(db, a.id),
  },
  setTemplateFavourite: {
    args: z.object({ id: z.string().min(1).max(80), favourite: z.boolean() }),
    run: (db: SellerDb, a: { id: string; favourite: boolean }) => setTemplateFlags(db, a.id, { favourite: a.favourite }),
  },
  addSituationExample: {
    args: situationExampleInputSchema,
    run: (db: SellerDb, a: SituationExampleInput) => addSituationExample(db, a),
  },
  deleteSituationExample: {
    args: z.object({ id }),
    run: (db: SellerDb, a: { id: string }) => deleteSituationExample(db, a.id),
  },
  putConversation: {
    args: conversationSchema,
    run: async (db: SellerDb, a: z.infer<typeof conversationSchema>) => {
      await db.conversations.put(a);
    },
  },
  ...INSIGHT_COMMANDS,
} as const;

export type QueryName = keyof typeof ARCHIVE_QUERIES;
export type CommandName = keyof typeof ARCHIVE_COMMANDS;
export type QueryArgs<N extends QueryName> = z.input<(typeof ARCHIVE_QUERIES)[N]['args']>;
export type QueryResult<N extends QueryName> = Awaited<ReturnType<(typeof ARCHIVE_QUERIES)[N]['run']>>;
export type CommandArgs<N extends CommandName> = z.input<(typeof ARCHIVE_COMMANDS)[N]['args']>;
export type CommandResult<N extends CommandName> = Awaited<ReturnType<(typeof ARCHIVE_COMMANDS)[N]['run']>>;

export class ArchiveOperationError extends Error {
  override readonly name = 'ArchiveOperationError';
}

/** Validate and run an operation by name; unknown names and bad arguments are refused. */
export async function runArchiveOperation(db: SellerDb, kind: 'query' | 'command', name: string, args: unknown): Promise<unknown> {
  const table = (kind === 'query' ? ARCHIVE_QUERIES : ARCHIVE_COMMANDS) as Record<
    string,
    { args: z.ZodType; run: (db: SellerDb, args: never) => Promise<unknown> }
  >;
  if (!Object.hasOwn(table, name)) throw new ArchiveOperationError(`unknown archive ${kind}: ${name.slice(0, 40)}`);
  const op = table[name]!;
  const parsed = op.args.safeParse(args);
  if (!parsed.success) {
    throw new ArchiveOperationError(`${name}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  }
  return op.run(db, parsed.data as never);
}
