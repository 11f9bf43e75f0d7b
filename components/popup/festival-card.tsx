/**
 * On a festival day, one entry above today's follow-ups listing the recent buyers to greet,
 * instead of a stored task per customer (see lib/playbooks/festival-greetings.ts). On other
 * days it renders nothing and reads nothing.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { greetingCandidates } from '../../lib/assist/festival-candidates';
import { PLATFORMS } from '../../lib/db/schemas';
import { anyFestivalOn, festivalDigest } from '../../lib/playbooks/festival-greetings';
import { useApp } from '../app-context';
import { db } from '../use-db';

const RECENT_DAYS = 180;
const SHOWN = 12;

export function FestivalCard() {
  const { t, locale, settings } = useApp();
  const timeZone = settings.policy.timeZone;
  const digests = useLiveQuery(async () => {
    const now = Date.now();
    if (!anyFestivalOn(now, timeZone, PLATFORMS)) return [];
    const candidates = await greetingCandidates(db, now - RECENT_DAYS * 86_400_000);
    const found = festivalDigest({ now, timeZone, candidates, recentDays: RECENT_DAYS });
    return Promise.all(
      found.map(async (d) => {
        const customers = await db.customers.bulkGet(d.customerIds.slice(0, SHOWN));
        return { ...d, names: customers.flatMap((c) => (c ? [c.nickname || c.name || c.platformUid] : [])) };
      }),
    );
  }, [timeZone]);
  if (!digests) return null;
  // An empty, hidden marker once the check has run, so "no festival today" is observable.
  if (digests.length === 0) return <div hidden data-testid="festival-digest-none" />;
  return (
    <div className="pane stack" data-testid="festival-digest">
      {digests.map((d) => (
        <div key={d.festival.id} className="card stack">
          <strong>{t('festivalToday', { festival: d.festival.name[locale], count: d.eligible })}</strong>
          <div className="small" data-testid="festival-digest-names">
            {d.names.join('、')}
            {d.customerIds.length > d.names.length ? ` ${t('festivalMore', { count: d.eligible - d.names.length })}` : ''}
          </div>
          <div className="small muted">{t('festivalDigestHint')}</div>
        </div>
      ))}
    </div>
  );
}
