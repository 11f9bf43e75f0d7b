/**
 * The current buyer's card, matched by platform + buyer id (the nickname where the page has
 * no id). Everything here lives in the extension's own origin; nothing is written into the
 * marketplace page.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { createCustomer, findCustomerByPlatformUid } from '../../lib/db/repositories/customers';
import type { Platform } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { KnownCustomer } from '../customer-detail';
import { db } from '../use-db';

export interface BuyerKey {
  platform: Platform;
  uid: string;
  nickname?: string;
}

export function CustomerCard({ buyer }: { buyer: BuyerKey }) {
  const { t } = useApp();
  const customer = useLiveQuery(
    async () => (await findCustomerByPlatformUid(db, buyer.platform, buyer.uid)) ?? null,
    [buyer.platform, buyer.uid],
  );
  if (customer === undefined) return <p className="muted">{t('loading')}</p>;
  if (customer === null) return <NewCustomer buyer={buyer} />;
  return <KnownCustomer customer={customer} />;
}

function NewCustomer({ buyer }: { buyer: BuyerKey }) {
  const { t } = useApp();
  const [error, setError] = useState<string>();
  const create = async () => {
    try {
      await createCustomer(db, { platform: buyer.platform, platformUid: buyer.uid, nickname: buyer.nickname });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return (
    <div className="stack" data-testid="customer-new">
      <div className="row">
        <strong className="grow">
          {t('newCustomer')} · {buyer.nickname ?? buyer.uid}
        </strong>
        <button type="button" className="primary" onClick={() => void create()}>
          {t('createCustomer')}
        </button>
      </div>
      <p className="muted small">{t('createCustomerHint')}</p>
      {error && <div className="notice danger">{error}</div>}
    </div>
  );
}

