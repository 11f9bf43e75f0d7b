/**
 * The shop's labelled buyer messages (corrections). Bounded: the newest
 * MAX_SITUATION_EXAMPLES are kept and the oldest dropped when one more is added, so the
 * sidebar's nearest-neighbour layer stays quick to build and to search (each blend compares
 * the message with every example) and the table cannot grow without end.
 */
import type { SellerDb } from '../database';
import { newId } from '../new-id';
import { situationExampleSchema, type SituationExample } from '../schemas';
import { validate } from '../validate';

export const MAX_SITUATION_EXAMPLES = 2000;

export type SituationExampleInput = Omit<SituationExample, 'id' | 'createdAt'>;

/**
 * Stores one example; the same text labelled before takes the new label (one row per text),
 * and the oldest rows beyond the bound are dropped, all in one transaction.
 */
export async function addSituationExample(
  db: SellerDb,
  input: SituationExampleInput,
  now = Date.now(),
  max = MAX_SITUATION_EXAMPLES,
): Promise<SituationExample> {
  const example = validate('situation example', situationExampleSchema, { ...input, id: newId(), createdAt: now });
  await db.transaction('rw', db.situationExamples, async () => {
    await db.situationExamples.where('text').equals(example.text).delete();
    await db.situationExamples.add(example);
    const over = (await db.situationExamples.count()) - max;
    if (over > 0) {
      const oldest = await db.situationExamples.orderBy('createdAt').limit(over).primaryKeys();
      await db.situationExamples.bulkDelete(oldest);
    }
  });
  return example;
}

/** Oldest first: the order the shop layer learns them in (a later label wins). */
export function listSituationExamples(db: SellerDb): Promise<SituationExample[]> {
  return db.situationExamples.orderBy('createdAt').toArray();
}

export async function deleteSituationExample(db: SellerDb, id: string): Promise<void> {
  await db.situationExamples.delete(id);
}
