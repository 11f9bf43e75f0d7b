/**
 * One map of every one-shot message (runtime.sendMessage / tabs.sendMessage). Names say the
 * receiver and the verb. Each entry lists the senders allowed to send it; the router rejects
 * anything else before the handler runs.
 */
import * as z from 'zod/mini';
import {
  buyerConfirmationQuerySchema,
  buyerConfirmationSchema,
  chatSnapshotSchema,
  confirmBuyerSchema,
  childFrameIdSchema,
  emptySchema,
  frameEditorStateSchema,
  insertRequestSchema,
  insertResultSchema,
  pageOutlineSchema,
} from './schemas';

const shortcutSchema = z.string().check(z.maxLength(21));

/** `no_chat`: a shortcut typed in a frame, and the tab's top frame had no chat to fill it from. */
const expandResultSchema = z.union([
  z.object({ ok: z.literal(true), text: z.string() }),
  z.object({ ok: z.literal(false), reason: z.enum(['unknown', 'missing_values', 'no_chat']) }),
]);

export type SenderKind = 'extension-page' | 'sidebar-frame' | 'background' | 'content-script';

interface MessageSpec {
  request: z.ZodMiniType;
  response: z.ZodMiniType;
  from: readonly SenderKind[];
}

export const PROTOCOL = {
  /** Popup or background → content script: what the current chat shows. */
  'content:getChat': {
    request: emptySchema,
    response: z.nullable(chatSnapshotSchema),
    from: ['extension-page', 'background'],
  },
  /** Popup or background → content script: put text into the chat box (never send). */
  'content:insertText': {
    request: insertRequestSchema,
    response: insertResultSchema,
    from: ['extension-page', 'background'],
  },
  /** Background → content script: the keyboard command toggles the sidebar. */
  'content:toggleSidebar': {
    request: emptySchema,
    response: z.object({ collapsed: z.boolean() }),
    from: ['background'],
  },
  /** Sidebar frame → background: which tab am I in (the frame cannot always tell itself). */
  'bg:whichTab': {
    request: emptySchema,
    response: z.object({ tabId: z.number(), url: z.string() }),
    from: ['sidebar-frame'],
  },
  /** Any extension page → background: tasks changed; recount the badge and reset the alarm. */
  'bg:tasksChanged': {
    request: emptySchema,
    response: z.object({ due: z.number() }),
    from: ['extension-page', 'sidebar-frame'],
  },
  /**
   * Options page → background: a bulk write left customers waiting for search keys; start
   * building them. Answers at once with how many wait (a long build must not hold a reply).
   */
  'bg:buildSearchKeys': {
    request: emptySchema,
    response: z.object({ waiting: z.number() }),
    from: ['extension-page'],
  },
  /** Content script → background: the shortcuts text expansion listens for. */
  'bg:shortcuts': {
    request: emptySchema,
    response: z.object({ shortcuts: z.array(shortcutSchema) }),
    from: ['content-script'],
  },
  /**
   * Top frame's content script → background: the filled text for a shortcut typed there, if it
   * can be filled, for the chat that frame shows (lib/content/steady-buyer.ts).
   */
  'bg:expandShortcut': {
    request: z.object({ shortcut: shortcutSchema, chat: z.nullable(chatSnapshotSchema) }),
    response: expandResultSchema,
    from: ['content-script'],
  },
  /**
   * Child frame's content script → background: the same for a shortcut typed in a frame's chat
   * box. It carries no chat: the background fills from the top frame's snapshot (asked with
   * `content:chatForShortcut`), keeping the buyer only if it was shown since `firstKeyAt`.
   */
  'bg:expandShortcutInFrame': {
    request: z.object({ shortcut: shortcutSchema, firstKeyAt: z.nullable(z.number()) }),
    response: expandResultSchema,
    from: ['content-script'],
  },
  /** Background → top frame's content script: the chat it shows and since when its buyer is shown. */
  'content:chatForShortcut': {
    request: emptySchema,
    response: z.object({ chat: z.nullable(chatSnapshotSchema), buyerSince: z.number() }),
    from: ['background'],
  },
  /**
   * Sidebar frame or popup → background: run a named archive operation (lib/archive-api). The
   * frame may not open IndexedDB itself where third-party storage is blocked; the popup sends
   * its writes here so they outlive it.
   */
  'bg:archive': {
    request: z.object({ kind: z.enum(['query', 'command']), name: z.string().check(z.maxLength(40)), args: z.unknown() }),
    response: z.union([z.object({ ok: z.literal(true), value: z.unknown() }), z.object({ ok: z.literal(false), error: z.string() })]),
    // The sidebar for everything; the popup for its writes (components/archive.tsx).
    from: ['sidebar-frame', 'extension-page'],
  },
  /**
   * Sidebar frame or popup → background: the customer the seller confirmed for a nickname
   * match in a tab, if any (facts are filled only for a confirmed nickname match).
   */
  'bg:buyerConfirmation': {
    request: buyerConfirmationQuerySchema,
    response: buyerConfirmationSchema,
    from: ['sidebar-frame', 'extension-page'],
  },
  /** Sidebar frame → background: "是这位顾客" for the card it shows (or take it back), in its own tab. */
  'bg:confirmBuyer': {
    request: confirmBuyerSchema,
    response: buyerConfirmationSchema,
    from: ['sidebar-frame'],
  },
  /*
   * Frames (Qianniu, 1688, added sites): a chat box inside an iframe. Content scripts cannot
   * message each other, and window.postMessage is open to page scripts, so a child frame's
   * script reports to the background, which passes it to the top frame of the *sender's own
   * tab* only; the top frame asks the background to insert into one of its tab's frames.
   * The background checks the frame ids (child → top, top → child) besides the sender kind.
   */
  /** Child frame's content script → background: the state of the editor in that frame. */
  'bg:frameEditor': {
    request: frameEditorStateSchema,
    response: z.object({ ok: z.boolean() }),
    from: ['content-script'],
  },
  /** Background → top frame's content script: a child frame of this tab reported its editor. */
  'content:frameEditor': {
    request: z.object({ frameId: childFrameIdSchema, state: frameEditorStateSchema }),
    response: z.object({ ok: z.boolean() }),
    from: ['background'],
  },
  /** Top frame's content script → background: insert into that child frame of the same tab. */
  'bg:insertInFrame': {
    request: z.object({ frameId: childFrameIdSchema, request: insertRequestSchema }),
    response: insertResultSchema,
    from: ['content-script'],
  },
  /**
   * Sidebar frame → background: the redacted outline of each frame of the sidebar's tab
   * (lib/diagnostics/page-outline.ts), built only now, on the seller's request, by a script
   * the background injects; top frame first.
   */
  'bg:pageOutline': {
    request: emptySchema,
    response: z.object({ frames: z.array(z.object({ frameId: z.number(), outline: pageOutlineSchema })).check(z.maxLength(64)) }),
    from: ['sidebar-frame'],
  },
} as const satisfies Record<string, MessageSpec>;

/** Background → every extension page (broadcast): the archive changed; refetch what you show. */
export const ARCHIVE_CHANGED = 'sidebar:archiveChanged';

export type MessageType = keyof typeof PROTOCOL;
export type RequestOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['request']>;
export type ResponseOf<T extends MessageType> = z.infer<(typeof PROTOCOL)[T]['response']>;

export interface Envelope<T extends MessageType = MessageType> {
  type: T;
  payload: RequestOf<T>;
}

export const envelopeSchema = z.object({ type: z.string(), payload: z.unknown() });

/** Messages over the long-lived port between the sidebar frame and its tab's content script. */
export const SIDEBAR_PORT = 'seller-assistant-sidebar';

export const portToSidebarSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('chat'),
    snapshot: chatSnapshotSchema,
    host: z.string(),
    /** Generic pages: the frame "Insert" goes to (0 = the top frame), told in page diagnostics. */
    inputFrame: z.optional(z.number()),
  }),
  z.object({ type: z.literal('insertResult'), requestId: z.number(), result: insertResultSchema }),
  z.object({ type: z.literal('collapsed'), collapsed: z.boolean() }),
]);
export type PortToSidebar = z.infer<typeof portToSidebarSchema>;

export const portToContentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('insert'), requestId: z.number(), request: insertRequestSchema }),
  z.object({ type: z.literal('setCollapsed'), collapsed: z.boolean() }),
  z.object({ type: z.literal('refresh') }),
]);
export type PortToContent = z.infer<typeof portToContentSchema>;
