/** Customer search (name, nickname, buyer id, any part of the phone, pinyin) and notes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState, type KeyboardEvent } from 'react';
import { searchCustomers } from '../../lib/db/repositories/customer-search';
import type { Customer } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { CustomerDetail } from '../customer-detail';
import { db } from '../use-db';

export function CustomersTab() {
  const { t } = useApp();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState(0);
  const [open, setOpen] = useState<Customer>();
  const results = useLiveQuery(() => searchCustomers(db, query, 30), [query]);

  if (open) {
    return (
      <div className="pane stack">
        <button type="button" className="link" style={{ alignSelf: 'flex-start' }} onClick={() => setOpen(undefined)}>
          ← {t('back')}
        </button>
        <CustomerDetail customerId={open.id} />
      </div>
    );
  }
  const onKeyDown = (event: KeyboardEvent) => {
    const count = results?.length ?? 0;
    if (event.key === 'ArrowDown') setCursor((c) => Math.min(c + 1, count - 1));
    else if (event.key === 'ArrowUp') setCursor((c) => Math.max(c - 1, 0));
    else if (event.key === 'Enter' && results?.[cursor]) setOpen(results[cursor]);
    else return;
    event.preventDefault();
  };
  return (
    <div className="pane stack">
      <input
        autoFocus
        type="search"
        value={query}
        placeholder={t('searchCustomers')}
        aria-label={t('searchCustomers')}
        onChange={(event) => {
          setQuery(event.target.value);
          setCursor(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="customer-search"
      />
      {results === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : results.length === 0 ? (
        <p className="muted">{query ? t('noResults') : t('archiveEmpty')}</p>
      ) : (
        <ul className="list" role="listbox" data-testid="customer-results">
          {results.map((customer, i) => (
            <li key={customer.id} role="option" aria-selected={i === cursor} onMouseEnter={() => setCursor(i)}>
              <button type="button" className="link" style={{ color: 'inherit', textAlign: 'left', width: '100%' }} onClick={() => setOpen(customer)}>
                <strong>{customer.name || customer.nickname || customer.platformUid}</strong>
                <span className="small muted">
                  {' '}
                  · {customer.platformUid}
                  {customer.phone ? ` · ${customer.phone}` : ''}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
