/**
 * Writes a confirmed import preview: new customers, merged customers and their notes in one
 * transaction, so a failure (a full disk included) leaves the archive exactly as it was.
 */
import Dexie from 'dexie';
import type { SellerDb } from '../db/database';
import type { Note } from '../db/schemas';
import { writeCustomersKeysDeferred } from '../db/search-key-backlog';
import { newId as newRecordId } from '../db/new-id';
import { localized, type Localized } from '../i18n/localized';
import type { ImportPreview } from './preview-import';
import { describeWriteError } from './write-errors';

export type ImportResult =
  | { ok: true; added: number; merged: number; notes: number }
  | { ok: false; message: Localized };

class ArchiveChangedError extends Error {
  override readonly name = 'ArchiveChangedError';
}

export async function commitImport(db: SellerDb, preview: ImportPreview, newId: () => string = newRecordId): Promise<ImportResult> {
  let noteCount = 0;
  try {
    await db.transaction('rw', db.customers, db.notes, db.searchKeyBacklog, async () => {
      // A customer edited since the preview would lose that edit to the merged copy.
      const mergeIds = preview.merges.map((m) => m.before.id);
      const current = await db.customers.bulkGet(mergeIds);
      current.forEach((stored, i) => {
        if (!stored || stored.updatedAt !== preview.merges[i]!.before.updatedAt) throw new ArchiveChangedError(mergeIds[i]);
      });

      // The same note text already on a merged customer is not added twice (re-importing a sheet).
      // Only merged customers that bring notes need their stored notes, read by index range:
      // a cursor over the whole notes table cost seconds per 100,000 notes in Chromium.
      const known = new Set<string>();
      const withNotes = preview.merges.filter((plan) => plan.notes.length > 0).map((plan) => plan.customer.id);
      const stored = await Promise.all(
        withNotes.map((id) => db.notes.where('[customerId+createdAt]').between([id, Dexie.minKey], [id, Dexie.maxKey], true, true).toArray()),
      );
      for (const note of stored.flat()) known.add(`${note.customerId}\u0001${note.text}`);
      const notes: Note[] = [];
      let stamp = preview.now;
      const noteFor = (customerId: string, text: string) => {
        if (known.has(`${customerId}\u0001${text}`)) return;
        known.add(`${customerId}\u0001${text}`);
        // Distinct times keep the notes in sheet order on the [customerId+createdAt] index.
        notes.push({ id: newId(), customerId, text, createdAt: stamp++ });
      };
      for (const plan of preview.adds) for (const text of plan.notes) noteFor(plan.customer.id, text);
      for (const plan of preview.merges) for (const text of plan.notes) noteFor(plan.customer.id, text);

      // Search keys are built afterwards by the background: inline they were most of the write.
      await writeCustomersKeysDeferred(db, preview.adds.map((plan) => plan.customer));
      await writeCustomersKeysDeferred(db, preview.merges.map((plan) => plan.customer), 'put');
      await db.notes.bulkAdd(notes);
      noteCount = notes.length;
    });
  } catch (error) {
    if (error instanceof ArchiveChangedError) {
      return {
        ok: false,
        message: localized(
          '预览之后有顾客资料被修改过，为避免覆盖，没有写入任何内容。请重新预览后再导入。',
          'A customer was edited after the preview; to avoid overwriting it nothing was written. Preview again, then import.',
        ),
      };
    }
    return { ok: false, message: describeWriteError(error) };
  }
  return { ok: true, added: preview.adds.length, merged: preview.merges.length, notes: noteCount };
}
