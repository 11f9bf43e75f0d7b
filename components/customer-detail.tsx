/**
 * A customer's card: who they are, notes (newest first) with an "Add note" field, open
 * follow-up tasks, orders and the order-progress form. Shared by the sidebar and the popup.
 */
import { useState, type FormEvent } from 'react';
import type { Customer } from '../lib/db/schemas';
import type { MessageKey } from '../lib/i18n/messages';
import { useApp } from './app-context';
import { formatDateTime } from './format';
import { OrderEventForm } from './order-event-form';
import { useArchiveCommand, useArchiveQuery, type ArchiveQuery } from './archive';
import { ArchiveQueryNotice } from './archive-query-notice';

export function CustomerDetail({ customerId }: { customerId: string }) {
  const { t } = useApp();
  const query = useArchiveQuery('customer', { id: customerId });
  const customer = query.value;
  if (customer === undefined) return query.failed ? <ArchiveQueryNotice queries={[query]} /> : <p className="muted">{t('loading')}</p>;
  if (customer === null) {
    return (
      <>
        <ArchiveQueryNotice queries={[query]} />
        <p className="muted">{t('customerNotFound')}</p>
      </>
    );
  }
  return <KnownCustomer customer={customer} customerQuery={query} />;
}

/** `customerQuery`: the read that found `customer`, so one notice covers the whole card. */
export function KnownCustomer({ customer, customerQuery }: { customer: Customer; customerQuery?: ArchiveQuery<unknown> }) {
  const { t, locale } = useApp();
  const notesQuery = useArchiveQuery('customerNotes', { customerId: customer.id, limit: 20 });
  const ordersQuery = useArchiveQuery('customerOrders', { customerId: customer.id });
  const tasksQuery = useArchiveQuery('customerTasks', { customerId: customer.id });
  const [notes, orders, tasks] = [notesQuery.value, ordersQuery.value, tasksQuery.value];
  const run = useArchiveCommand();
  const openTasks = (tasks ?? []).filter((task) => task.status === 'open').sort((a, b) => a.dueAt - b.dueAt);

  return (
    <div className="stack" data-testid="customer-card" data-customer-id={customer.id}>
      <ArchiveQueryNotice queries={[...(customerQuery ? [customerQuery] : []), notesQuery, ordersQuery, tasksQuery]} />
      <div className="row wrap">
        <strong className="grow" data-testid="customer-name">
          {customer.name || customer.nickname || customer.platformUid}
        </strong>
        {customer.vipLevel > 0 && <span className="chip main">VIP {customer.vipLevel}</span>}
        {customer.tags.map((tag) => (
          <span className="chip" key={tag}>
            {tag}
          </span>
        ))}
      </div>
      <div className="small muted">
        {t('buyerId')}: {customer.platformUid}
        {customer.phone ? ` · ${t('phone')}: ${customer.phone}` : ''}
      </div>

      <NoteInput customerId={customer.id} />
      <section>
        <h3>{t('notes')}</h3>
        {notes && notes.length > 0 ? (
          <ul className="list" data-testid="notes">
            {notes.map((note) => (
              <li key={note.id}>
                <div className="text-body">{note.text}</div>
                <div className="small muted">{formatDateTime(note.createdAt, locale)}</div>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('none')}</p>
        )}
      </section>

      <section>
        <h3>{t('tasks')}</h3>
        <AddTask customerId={customer.id} />
        {openTasks.length > 0 ? (
          <ul className="list" data-testid="customer-tasks">
            {openTasks.map((task) => (
              <li key={task.id} className="row">
                <span className="grow">{task.title || t(`taskKind_${task.kind}` as MessageKey)}</span>
                <span className="small muted">{formatDateTime(task.dueAt, locale)}</span>
                <button type="button" className="link small" onClick={() => void run('completeTask', { id: task.id })}>
                  {t('done')}
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('none')}</p>
        )}
      </section>

      <section>
        <h3>{t('orders')}</h3>
        {orders && orders.length > 0 ? (
          <ul className="list">
            {orders.slice(0, 5).map((order) => (
              <li key={order.id} className="small">
                {order.orderNo} · {t(`orderStatus_${order.status}` as MessageKey)}
                {order.trackingNo ? ` · ${order.courier ?? ''} ${order.trackingNo}` : ''}
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted small">{t('none')}</p>
        )}
        <OrderEventForm customer={customer} orders={orders ?? []} />
      </section>
    </div>
  );
}

function NoteInput({ customerId }: { customerId: string }) {
  const { t } = useApp();
  const [text, setText] = useState('');
  const [status, setStatus] = useState<string>();
  const run = useArchiveCommand();
  const submit = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!text.trim()) return;
    try {
      await run('addNote', { customerId, text });
      setText('');
      setStatus(t('noteSaved'));
    } catch (e) {
      setStatus(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="row" onSubmit={(event) => void submit(event)}>
      <label className="grow">
        {t('addNote')}
        <input
          value={text}
          placeholder={t('addNotePlaceholder')}
          onChange={(event) => {
            setText(event.target.value);
            setStatus(undefined);
          }}
        />
      </label>
      <button type="submit" disabled={!text.trim()} style={{ alignSelf: 'flex-end' }}>
        {t('save')}
      </button>
      {status && (
        <span role="status" className="small muted">
          {status}
        </span>
      )}
    </form>
  );
}

/** A quick follow-up the seller sets by hand ("call back Friday about the size"). */
function AddTask({ customerId }: { customerId: string }) {
  const { t } = useApp();
  const run = useArchiveCommand();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [error, setError] = useState<string>();
  if (!open) {
    return (
      <button type="button" className="link small" onClick={() => setOpen(true)}>
        + {t('addTask')}
      </button>
    );
  }
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const dueAt = new Date(due).getTime();
    if (!title.trim() || !Number.isFinite(dueAt)) {
      setError(t('taskNeedsTitleAndTime'));
      return;
    }
    try {
      await run('createTask', { customerId, title, dueAt });
      setTitle('');
      setDue('');
      setOpen(false);
      setError(undefined);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <form className="stack card" onSubmit={(e) => void submit(e)} data-testid="add-task-form">
      <label>
        {t('taskTitle')}
        <input value={title} onChange={(e) => setTitle(e.target.value)} data-testid="task-title" />
      </label>
      <label>
        {t('dueAt')}
        <input type="datetime-local" value={due} onChange={(e) => setDue(e.target.value)} data-testid="task-due" />
      </label>
      {error && <div className="notice danger">{error}</div>}
      <div className="row">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
