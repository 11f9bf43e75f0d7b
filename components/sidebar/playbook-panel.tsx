/**
 * The playbook's decision for the conversation, as `advise` made it: what to do and why, the
 * facts behind it (offers so far, who pays the postage), the follow-up tasks it plans, and the
 * inputs a decision needs from the seller (the list price, whether a review's problem is
 * fixed). The replies that carry the decision are the suggestions listed below the panel.
 */
import { useState } from 'react';
import { draftsFor } from '../../lib/advise/planned-tasks';
import type { PlannedTask, PlaybookView } from '../../lib/advise/types';
import type { MessageKey } from '../../lib/i18n/messages';
import { sendToBackground } from '../../lib/messaging/client';
import { localDate } from '../../lib/playbooks/local-time';
import type { TaskDraft } from '../../lib/playbooks/task-draft';
import { MESSAGES } from '../../lib/i18n/messages';
import { useApp } from '../app-context';
import { useArchiveCommand } from '../archive';

export interface ReviewFlags {
  fixDone?: boolean;
  sellerAtFault?: boolean;
}

const TITLES: Record<string, MessageKey> = {
  haggle: 'playbookHaggle',
  return: 'playbookReturn',
  review: 'playbookReview',
  complaint: 'playbookComplaint',
};

/** Decisions without a label of their own (a playbook added later) show their id. */
function decisionLabel(t: ReturnType<typeof useApp>['t'], decision: string): string {
  const key = `decision_${decision}`;
  return Object.hasOwn(MESSAGES['zh-CN'], key) ? t(key as MessageKey) : decision;
}

export function PlaybookPanel({
  playbook,
  tasks,
  customerId,
  orderId,
  timeZone,
  review,
  onReview,
  onListPrice,
}: {
  playbook: PlaybookView;
  tasks: readonly PlannedTask[];
  customerId: string | undefined;
  orderId: string | undefined;
  timeZone: string;
  review: ReviewFlags;
  onReview(flags: ReviewFlags): void;
  onListPrice?: (price: number) => void;
}) {
  const { t } = useApp();
  const title = TITLES[playbook.id] ? t(TITLES[playbook.id]!) : t('playbookOther');
  const drafts = customerId ? draftsFor(tasks, { customerId, ...(orderId ? { orderId } : {}), day: dayKey(Date.now(), timeZone) }) : [];
  return (
    <section className="card stack" data-testid="playbook-panel" data-playbook-id={playbook.id} style={{ borderColor: 'var(--accent)' }}>
      <h2>{title}</h2>
      <div className="row wrap small" data-testid="playbook-facts">
        {playbook.decision && (
          <span className="chip main" data-testid="playbook-decision" data-decision={playbook.decision}>
            {decisionLabel(t, playbook.decision)}
          </span>
        )}
        {playbook.offer !== undefined && <span className="chip" data-testid="playbook-offer">{t('playbookOffer', { price: playbook.offer })}</span>}
        {playbook.chips.map((chip) => (
          <span key={chip} className="chip">
            {chip}
          </span>
        ))}
      </div>
      <p className="small muted" data-testid="playbook-why">
        {playbook.advice}
      </p>
      {playbook.needs === 'list_price' && onListPrice && <ListPriceInput onSave={onListPrice} />}
      {playbook.id === 'review' && (
        <>
          <label className="row">
            <input type="checkbox" style={{ width: 'auto' }} checked={!!review.fixDone} onChange={(e) => onReview({ ...review, fixDone: e.target.checked })} />
            {t('reviewFixDone')}
          </label>
          <label className="row">
            <input
              type="checkbox"
              style={{ width: 'auto' }}
              checked={review.sellerAtFault === false}
              onChange={(e) => onReview({ ...review, sellerAtFault: e.target.checked ? false : undefined })}
            />
            {t('reviewNotAtFault')}
          </label>
          {playbook.decision === 'appeal' && <div className="notice warn">{t('reviewAppeal')}</div>}
        </>
      )}
      {playbook.id === 'complaint' && playbook.decision === 'accept' && <div className="notice warn">{t('complaintCovered')}</div>}
      <TaskPlanButton drafts={drafts} />
    </section>
  );
}

function dayKey(ms: number, timeZone: string): string {
  const d = localDate(ms, timeZone);
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

/** When the page shows no product card, the seller types the list price once per conversation. */
function ListPriceInput({ onSave }: { onSave(price: number): void }) {
  const { t } = useApp();
  const [value, setValue] = useState('');
  const price = Number(value);
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (price > 0) onSave(price);
      }}
    >
      <label className="grow">
        {t('haggleListPrice')}
        <input type="number" min={0} step="0.01" value={value} onChange={(e) => setValue(e.target.value)} data-testid="haggle-list-price" />
      </label>
      <button type="submit" disabled={!(price > 0)} style={{ alignSelf: 'flex-end' }}>
        {t('save')}
      </button>
    </form>
  );
}

function TaskPlanButton({ drafts }: { drafts: readonly TaskDraft[] }) {
  const { t } = useApp();
  const [status, setStatus] = useState<string>();
  const run = useArchiveCommand();
  if (drafts.length === 0) return null;
  const create = async () => {
    const { created } = await run('applyTaskPlan', { create: [...drafts] });
    setStatus(t('tasksCreated', { count: created }));
    void sendToBackground('bg:tasksChanged', {}).catch(() => undefined);
  };
  return (
    <div className="row">
      <button type="button" onClick={() => void create()} data-testid="create-playbook-tasks">
        {t('createTasks', { count: drafts.length })}
      </button>
      <ul className="small muted grow" style={{ margin: 0, paddingLeft: 16 }}>
        {drafts.map((d) => (
          <li key={d.ruleKey ?? d.kind}>{t(`taskKind_${d.kind}` as MessageKey)}</li>
        ))}
      </ul>
      {status && <span role="status" className="small muted">{status}</span>}
    </div>
  );
}
