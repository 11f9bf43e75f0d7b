/**
 * Today's follow-ups: overdue and due today in the shop's time zone, each with its
 * customer, the script to use, and done / later / open actions.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { browser } from 'wxt/browser';
import { openTasksDueBy } from '../../lib/db/repositories/tasks';
import type { Task } from '../../lib/db/schemas';
import type { MessageKey } from '../../lib/i18n/messages';
import { atLocalHour, endOfLocalDay } from '../../lib/playbooks/local-time';
import { groupLabel } from '../../lib/scripts/group-label';
import { chatUrlFor } from '../../lib/sites/chat-urls';
import { useApp } from '../app-context';
import { useArchiveCommand } from '../archive';
import { formatDateTime } from '../format';
import { db } from '../use-db';

export function TodayTab() {
  const { t, locale, settings } = useApp();
  const timeZone = settings.policy.timeZone;
  const rows = useLiveQuery(async () => {
    const now = Date.now();
    const tasks = await openTasksDueBy(db, endOfLocalDay(now, timeZone));
    const customers = await db.customers.bulkGet([...new Set(tasks.map((task) => task.customerId))]);
    const byId = new Map(customers.filter((c) => c !== undefined).map((c) => [c.id, c]));
    return tasks.map((task) => ({ task, customer: byId.get(task.customerId), overdue: task.dueAt < now }));
  }, [timeZone]);

  // Run by the background, which also recounts the badge and resets the alarm.
  const run = useArchiveCommand();
  const done = (task: Task) => run('completeTask', { id: task.id });
  const later = (task: Task) => run('snoozeTask', { id: task.id, until: atLocalHour(Date.now(), timeZone, 1, 9) });

  if (rows === undefined) return <p className="pane muted">{t('loading')}</p>;
  if (rows.length === 0) return <p className="pane muted">{t('noTasksToday')}</p>;
  return (
    <ul className="pane list" data-testid="today-tasks">
      {rows.map(({ task, customer, overdue }) => {
        const chatUrl = customer ? chatUrlFor(customer.platform) : undefined;
        return (
          <li key={task.id} className="stack" data-testid="today-task" style={{ gap: 4 }}>
            <div className="row">
              <strong className="grow">{task.title || t(`taskKind_${task.kind}` as MessageKey)}</strong>
              <span className={overdue ? 'chip main' : 'chip'}>{overdue ? t('overdue') : t('dueToday')}</span>
            </div>
            <div className="small muted">
              {customer ? customer.name || customer.nickname || customer.platformUid : '—'} · {formatDateTime(task.dueAt, locale, timeZone)}
              {task.scriptId ? ` · ${groupLabel(task.scriptId, locale)}` : ''}
            </div>
            <div className="row">
              <button type="button" className="primary" onClick={() => void done(task)}>
                {t('done')}
              </button>
              <button type="button" onClick={() => void later(task)}>
                {t('snooze')}
              </button>
              {chatUrl && (
                <button type="button" onClick={() => void browser.tabs.create({ url: chatUrl })}>
                  {t('openChat')}
                </button>
              )}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
