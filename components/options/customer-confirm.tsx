/**
 * The confirm form behind "Save customer to archive": the selection parsed into fields the
 * seller can correct, then saved — updating the customer with the same buyer id or phone
 * instead of creating a duplicate.
 */
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { decodeDraft } from '../../lib/archive/draft-link';
import { ValidationError } from '../../lib/db/errors';
import { upsertCustomer } from '../../lib/db/repositories/customers';
import { saveOrder } from '../../lib/db/repositories/orders';
import { PLATFORMS, platformSchema, type Platform } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { db } from '../use-db';
import { navigate } from './use-hash-route';

interface Parser {
  parseCustomerText: typeof import('../../lib/archive/parse-customer-text').parseCustomerText;
  toCustomerDraft: typeof import('../../lib/archive/customer-draft').toCustomerDraft;
}

/**
 * The parser (with the phone library and the division gazetteer, ~300 KB) is loaded when the
 * form opens, so the rest of the options page does not carry it.
 */
export function CustomerConfirm({ query }: { query: string }) {
  const { t } = useApp();
  const [parser, setParser] = useState<Parser>();
  useEffect(() => {
    let live = true;
    void Promise.all([import('../../lib/archive/parse-customer-text'), import('../../lib/archive/customer-draft')]).then(([text, draft]) => {
      if (live) setParser({ parseCustomerText: text.parseCustomerText, toCustomerDraft: draft.toCustomerDraft });
    });
    return () => {
      live = false;
    };
  }, []);
  if (!parser) return <p className="muted">{t('loading')}</p>;
  return <ConfirmForm query={query} parser={parser} />;
}

function ConfirmForm({ query, parser }: { query: string; parser: Parser }) {
  const { parseCustomerText, toCustomerDraft } = parser;
  const { t, locale } = useApp();
  const link = useMemo(() => decodeDraft(query), [query]);
  const parsed = useMemo(() => (link ? parseCustomerText(link.text) : undefined), [link, parseCustomerText]);
  const initial = useMemo(() => {
    if (!link || !parsed) return undefined;
    const platform: Platform = platformSchema.safeParse(link.platform).data ?? 'other';
    return toCustomerDraft(parsed, { platform, platformUid: link.platformUid, nickname: link.nickname });
  }, [link, parsed, toCustomerDraft]);

  const [form, setForm] = useState(() => ({
    platform: initial?.platform ?? ('other' as Platform),
    // Without a buyer id from the page, the phone is the most stable key the seller has.
    platformUid: initial?.platformUid ?? initial?.phone ?? '',
    nickname: initial?.nickname ?? '',
    name: initial?.name ?? '',
    phone: initial?.phone ?? '',
    address: initial?.address?.full ?? '',
  }));
  const [status, setStatus] = useState<{ ok: boolean; text: string; customerId?: string }>();

  if (!link || !initial || !parsed) return <p className="notice danger">{t('draftInvalid')}</p>;
  const set = (patch: Partial<typeof form>) => setForm((f) => ({ ...f, ...patch }));

  const save = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const addressChanged = form.address !== (initial.address?.full ?? '');
      const result = await db.transaction('rw', db.customers, db.orders, db.searchKeyBacklog, async () => {
        const saved = await upsertCustomer(db, {
          platform: form.platform,
          platformUid: form.platformUid,
          nickname: form.nickname || undefined,
          name: form.name || undefined,
          phone: form.phone || undefined,
          address: form.address ? (addressChanged ? { full: form.address } : initial.address) : undefined,
        });
        for (const orderNo of initial.orderNumbers) {
          await saveOrder(db, { customerId: saved.customer.id, orderNo, trackingNo: initial.trackingNumbers[0] });
        }
        return saved;
      });
      setStatus({ ok: true, text: result.created ? t('customerSaved') : t('customerUpdated'), customerId: result.customer.id });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof ValidationError ? e.userMessage[locale] : String(e) });
    }
  };

  return (
    <form className="stack" onSubmit={(e) => void save(e)} data-testid="customer-confirm">
      <h2>{t('confirmCustomer')}</h2>
      <p className="muted">{t('confirmCustomerHint')}</p>
      <details>
        <summary>{t('sourceText')}</summary>
        <p className="text-body card">{link.text}</p>
      </details>
      {parsed.warnings.length > 0 && (
        <ul className="notice warn" data-testid="parse-warnings">
          {parsed.warnings.map((w, i) => (
            <li key={i}>{w[locale]}</li>
          ))}
        </ul>
      )}
      <div className="grid2">
        <label>
          {t('platform')}
          <select value={form.platform} onChange={(e) => set({ platform: e.target.value as Platform })}>
            {PLATFORMS.map((p) => (
              <option key={p} value={p}>
                {p}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('buyerId')}
          <input required value={form.platformUid} onChange={(e) => set({ platformUid: e.target.value })} data-testid="confirm-uid" />
        </label>
        <label>
          {t('name')}
          <input value={form.name} onChange={(e) => set({ name: e.target.value })} data-testid="confirm-name" />
        </label>
        <label>
          {t('nickname')}
          <input value={form.nickname} onChange={(e) => set({ nickname: e.target.value })} />
        </label>
        <label>
          {t('phone')}
          <input value={form.phone} onChange={(e) => set({ phone: e.target.value })} data-testid="confirm-phone" />
        </label>
        <label style={{ gridColumn: '1 / 3' }}>
          {t('address')}
          <input value={form.address} onChange={(e) => set({ address: e.target.value })} data-testid="confirm-address" />
        </label>
      </div>
      {initial.address && (
        <p className="small muted" data-testid="confirm-address-parts">
          {[initial.address.province, initial.address.city, initial.address.district, initial.address.street].filter(Boolean).join(' / ')}
        </p>
      )}
      {(initial.orderNumbers.length > 0 || initial.trackingNumbers.length > 0) && (
        <p className="small">
          {t('orderNo')}: {initial.orderNumbers.join('，') || '—'} · {t('trackingNo')}: {initial.trackingNumbers.join('，') || '—'}
        </p>
      )}
      <div className="row">
        <button type="submit" className="primary" data-testid="confirm-save">
          {t('save')}
        </button>
        {status && (
          <span role="status" className={status.ok ? 'notice ok' : 'notice danger'} data-testid="confirm-status">
            {status.text}
          </span>
        )}
        {status?.customerId && (
          <button type="button" className="link" onClick={() => navigate(`#/customers/${status.customerId}`)}>
            {t('openCustomer')}
          </button>
        )}
      </div>
    </form>
  );
}
