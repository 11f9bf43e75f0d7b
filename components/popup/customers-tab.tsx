/** Customer search (name, nickname, buyer id, any part of the phone, pinyin) and notes. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useListKeyboard } from '../use-list-keyboard';
import { searchCustomers } from '../../lib/db/repositories/customer-search';
import type { Customer } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { CustomerDetail } from '../customer-detail';
import { SearchBacklogNotice } from '../search-backlog-notice';
import { db } from '../use-db';

export function CustomersTab() {
  const { t } = useApp();
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState<Customer>();
  const results = useLiveQuery(() => searchCustomers(db, query, 30), [query]);
  const { cursor, setCursor, onKeyDown } = useListKeyboard(results ?? [], setOpen);

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
      <SearchBacklogNotice />
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
