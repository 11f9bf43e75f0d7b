/** The archive: search every customer and open one. */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { searchCustomers } from '../../lib/db/repositories/customer-search';
import { platformName } from '../../lib/io/platform-names';
import { useApp } from '../app-context';
import { SearchBacklogNotice } from '../search-backlog-notice';
import { db } from '../use-db';

export function CustomersPage() {
  const { t, locale } = useApp();
  const [query, setQuery] = useState('');
  const results = useLiveQuery(() => searchCustomers(db, query, 100), [query]);
  const total = useLiveQuery(() => db.customers.count(), []);
  return (
    <div className="stack" data-testid="customers-page">
      <h2>
        {t('navCustomers')} <span className="muted small">({total ?? '…'})</span>
      </h2>
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchCustomers')} aria-label={t('searchCustomers')} />
      <SearchBacklogNotice />
      <ul className="list">
        {(results ?? []).map((c) => (
          <li key={c.id}>
            <a href={`#/customers/${encodeURIComponent(c.id)}`}>{c.name || c.nickname || c.platformUid}</a>
            <span className="small muted">
              {' '}
              · {platformName(c.platform, locale)} · {c.platformUid}
              {c.phone ? ` · ${c.phone}` : ''}
            </span>
          </li>
        ))}
      </ul>
      {results && results.length === 0 && <p className="muted">{query ? t('noResults') : t('archiveEmpty')}</p>}
    </div>
  );
}
