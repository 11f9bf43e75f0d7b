/** "Add note to customer…": the selected text becomes a note on the customer the seller picks
 * (the chat's current buyer is preselected when the page knew them). */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { decodeDraft } from '../../lib/archive/draft-link';
import { findCustomerByPlatformUid } from '../../lib/db/repositories/customers';
import { searchCustomers } from '../../lib/db/repositories/customer-search';
import { addNote } from '../../lib/db/repositories/notes';
import { platformSchema } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { SearchBacklogNotice } from '../search-backlog-notice';
import { db } from '../use-db';

export function NoteDraft({ query }: { query: string }) {
  const { t } = useApp();
  const link = useMemo(() => decodeDraft(query), [query]);
  const [text, setText] = useState(link?.text ?? '');
  const [search, setSearch] = useState('');
  const [chosen, setChosen] = useState<string>();
  const [status, setStatus] = useState<string>();
  const preselected = useLiveQuery(async () => {
    const platform = platformSchema.safeParse(link?.platform).data;
    if (!platform || !link?.platformUid) return null;
    return (await findCustomerByPlatformUid(db, platform, link.platformUid)) ?? null;
  }, [link]);
  const results = useLiveQuery(() => searchCustomers(db, search, 10), [search]);
  const target = chosen ?? preselected?.id;

  if (!link) return <p className="notice danger">{t('draftInvalid')}</p>;
  const save = async () => {
    if (!target) return;
    await addNote(db, target, text);
    setStatus(t('noteSaved'));
  };
  return (
    <div className="stack" data-testid="note-draft">
      <h2>{t('noteForCustomer')}</h2>
      <textarea rows={4} value={text} onChange={(e) => setText(e.target.value)} aria-label={t('addNote')} />
      <input type="search" value={search} placeholder={t('searchCustomers')} onChange={(e) => setSearch(e.target.value)} aria-label={t('searchCustomers')} />
      <SearchBacklogNotice />
      <ul className="list">
        {[...(preselected ? [preselected] : []), ...(results ?? []).filter((c) => c.id !== preselected?.id)].map((c) => (
          <li key={c.id}>
            <label className="row" style={{ color: 'inherit' }}>
              <input type="radio" style={{ width: 'auto' }} name="customer" checked={target === c.id} onChange={() => setChosen(c.id)} />
              {c.name || c.nickname || c.platformUid} <span className="small muted">{c.platformUid}</span>
            </label>
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" className="primary" disabled={!target || !text.trim()} onClick={() => void save()}>
          {t('save')}
        </button>
        {status && <span role="status" className="notice ok">{status}</span>}
      </div>
    </div>
  );
}
