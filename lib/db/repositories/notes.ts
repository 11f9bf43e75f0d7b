import type { SellerDb } from '../database';
import { noteSchema, type Note } from '../schemas';
import { newId } from '../new-id';
import { validate } from '../validate';

export async function addNote(db: SellerDb, customerId: string, text: string, now = Date.now()): Promise<Note> {
  const note = validate('note', noteSchema, { id: newId(), customerId, text, createdAt: now });
  await db.transaction('rw', db.customers, db.notes, async () => {
    if (!(await db.customers.get(customerId))) throw new Error(`customer ${customerId} not found`);
    await db.notes.add(note);
  });
  return note;
}

/** Newest first: the sidebar's timeline reads from the top. */
export function listNotes(db: SellerDb, customerId: string, limit = 50): Promise<Note[]> {
  return db.notes
    .where('[customerId+createdAt]')
    .between([customerId, 0], [customerId, Infinity])
    .reverse()
    .limit(limit)
    .toArray();
}
