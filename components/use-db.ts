import { getDb } from '../lib/db/database';

/** Extension pages share one connection; components call this rather than opening their own. */
export const db = getDb();
