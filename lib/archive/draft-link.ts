/**
 * Drafts travel from a right-click to the options page's confirm form in the page URL's
 * hash: an extension page URL is never visible to the marketplace page, and this survives
 * the service worker being stopped between the click and the form.
 */
import * as z from 'zod/mini';

const draftBase = {
  text: z.string().check(z.maxLength(4000)),
  platform: z.optional(z.string().check(z.maxLength(20))),
  platformUid: z.optional(z.string().check(z.maxLength(120))),
  nickname: z.optional(z.string().check(z.maxLength(120))),
  pageUrl: z.optional(z.string().check(z.maxLength(2000))),
};
export const customerDraftLinkSchema = z.object(draftBase);
export const noteDraftLinkSchema = z.object(draftBase);
export type CustomerDraftLink = z.infer<typeof customerDraftLinkSchema>;
export type NoteDraftLink = z.infer<typeof noteDraftLinkSchema>;

export function encodeDraft(draft: CustomerDraftLink): string {
  return `draft=${encodeURIComponent(JSON.stringify(draft))}`;
}

export function decodeDraft(query: string): CustomerDraftLink | undefined {
  const raw = new URLSearchParams(query).get('draft');
  if (!raw) return undefined;
  try {
    const parsed = customerDraftLinkSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
