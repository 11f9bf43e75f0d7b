/**
 * Record where an order is (paid, shipped with courier and tracking number, delivered...).
 * Each event runs the follow-up lifecycle, which creates or cancels the customer's tasks.
 */
import { useState, type FormEvent } from 'react';
import type { OrderEventType } from '../lib/db/repositories/order-events';
import type { Customer, Order } from '../lib/db/schemas';
import { sendToBackground } from '../lib/messaging/client';
import { useApp } from './app-context';
import { useArchiveCommand } from './archive';

const EVENTS: OrderEventType[] = ['paid', 'shipped', 'delivered', 'reviewed', 'return_opened', 'return_closed'];

export function OrderEventForm({ customer, orders }: { customer: Customer; orders: readonly Order[] }) {
  const { t } = useApp();
  const run = useArchiveCommand();
  const [open, setOpen] = useState(false);
  const [orderNo, setOrderNo] = useState(orders[0]?.orderNo ?? '');
  const [event, setEvent] = useState<OrderEventType>('shipped');
  const [courier, setCourier] = useState('');
  const [trackingNo, setTrackingNo] = useState('');
  const [arrival, setArrival] = useState('');
  const [status, setStatus] = useState<string>();

  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="open-order-event">
        {t('recordOrderEvent')}
      </button>
    );
  }

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const result = await run('recordOrderEvent', {
        customerId: customer.id,
        orderNo,
        event: {
          type: event,
          at: Date.now(),
          courier: courier || undefined,
          trackingNo: trackingNo || undefined,
          expectedArrivalAt: arrival ? new Date(arrival).getTime() : undefined,
        },
      });
      setStatus(t('tasksCreated', { count: result.created }));
      void sendToBackground('bg:tasksChanged', {}).catch(() => undefined);
    } catch (err) {
      setStatus(err instanceof Error ? err.message : String(err));
    }
  };

  return (
    <form className="stack card" onSubmit={(e) => void submit(e)} data-testid="order-event-form">
      <label>
        {t('orderNo')}
        <input required value={orderNo} onChange={(e) => setOrderNo(e.target.value)} list="known-orders" />
        <datalist id="known-orders">
          {orders.map((o) => (
            <option key={o.id} value={o.orderNo} />
          ))}
        </datalist>
      </label>
      <label>
        {t('recordOrderEvent')}
        <select value={event} onChange={(e) => setEvent(e.target.value as OrderEventType)}>
          {EVENTS.map((type) => (
            <option key={type} value={type}>
              {t(`event_${type}`)}
            </option>
          ))}
        </select>
      </label>
      {event === 'shipped' && (
        <>
          <label>
            {t('courier')}
            <input value={courier} onChange={(e) => setCourier(e.target.value)} />
          </label>
          <label>
            {t('trackingNo')}
            <input value={trackingNo} onChange={(e) => setTrackingNo(e.target.value)} />
          </label>
          <label>
            {t('expectedArrival')}
            <input type="date" value={arrival} onChange={(e) => setArrival(e.target.value)} />
          </label>
        </>
      )}
      <div className="row">
        <button type="submit" className="primary">
          {t('save')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('close')}
        </button>
        {status && (
          <span role="status" className="small muted">
            {status}
          </span>
        )}
      </div>
    </form>
  );
}
