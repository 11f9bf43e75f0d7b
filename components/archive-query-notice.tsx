/**
 * The one inline notice every reader of the archive shows when its query failed: what went
 * wrong in the seller's words, whether what is still shown may be out of date, and a retry
 * button. Renders nothing while every query is fine.
 */
import { useApp } from './app-context';
import type { ArchiveQuery } from './archive';

export function ArchiveQueryNotice({ queries }: { queries: readonly ArchiveQuery<unknown>[] }) {
  const { t, locale } = useApp();
  const failed = queries.filter((query) => query.failed);
  if (failed.length === 0) return null;
  // The last good answer is still on screen (null is an answer too: "no card yet").
  const stale = failed.some((query) => query.value !== undefined);
  return (
    <div className="notice danger stack" role="alert" data-testid="archive-query-failed" data-stale={stale}>
      <span>{[t('archiveReadFailed'), ...(stale ? [t('archiveReadStale')] : []), t('archiveReadRetryHint')].join(locale === 'en' ? ' ' : '')}</span>
      <div className="row">
        <button type="button" data-testid="archive-query-retry" onClick={() => failed.forEach((query) => query.retry())}>
          {t('retry')}
        </button>
      </div>
    </div>
  );
}
