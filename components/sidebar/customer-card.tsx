/**
 * The current buyer's card, matched by platform + buyer id (the nickname where the page has
 * no id). Everything here lives in the extension's own origin; nothing is written into the
 * marketplace page.
 */
import { useState } from 'react';
import type { Platform } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { useArchiveCommand, useArchiveQuery } from '../archive';
import { KnownCustomer } from '../customer-detail';

export interface BuyerKey {
  platform: Platform;
  uid: string;
  nickname?: string;
}

export function CustomerCard({ buyer }: { buyer: BuyerKey }) {
  const { t } = useApp();
  const customer = useArchiveQuery('customerByUid', { platform: buyer.platform, uid: buyer.uid });
  if (customer === undefined) return <p className="muted">{t('loading')}</p>;
  if (customer === null) return <NewCustomer buyer={buyer} />;
  return <KnownCustomer customer={customer} />;
}

function NewCustomer({ buyer }: { buyer: BuyerKey }) {
  const { t } = useApp();
  const [error, setError] = useState<string>();
  const run = useArchiveCommand();
  const create = async () => {
    try {
      await run('createCustomer', { platform: buyer.platform, platformUid: buyer.uid, nickname: buyer.nickname });
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

