/**
 * Says that search does not yet find customers a bulk write left waiting for their search
 * keys (lib/db/search-key-backlog.ts), and disappears once the background has built them.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { anyCustomerAwaitingSearchKeys } from '../lib/db/search-key-backlog';
import { useApp } from './app-context';
import { db } from './use-db';

export function SearchBacklogNotice() {
  const { t } = useApp();
  const waiting = useLiveQuery(() => anyCustomerAwaitingSearchKeys(db), []);
  if (!waiting) return null;
  return (
    <p className="small muted" role="status" data-testid="search-backlog">
      {t('searchKeysPending')}
    </p>
  );
}
