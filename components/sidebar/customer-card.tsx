/**
 * The current buyer's card, matched by platform + buyer id, or by nickname where the page
 * shows no id (never by a masked name). It always says which of these it rests on; a nickname
 * match is unverified until the seller confirms it. Everything here lives in the extension's
 * own origin; nothing is written into the marketplace page.
 */
import { useState } from 'react';
import type { IdentityTrust } from '../../lib/assist/buyer-identity';
import type { Platform } from '../../lib/db/schemas';
import { useApp } from '../app-context';
import { useArchiveCommand, useArchiveQuery } from '../archive';
import { ArchiveQueryNotice } from '../archive-query-notice';
import { KnownCustomer } from '../customer-detail';

export interface BuyerKey {
  platform: Platform;
  uid: string;
  nickname?: string;
  /** What `uid` is: a buyer id from the page, or (no id on the page) the nickname. */
  basis: 'page-id' | 'nickname';
}

interface CardProps {
  buyer: BuyerKey;
  trust: IdentityTrust | undefined;
  onConfirm(customerId: string | null): Promise<void>;
}

export function CustomerCard({ buyer, trust, onConfirm }: CardProps) {
  const { t } = useApp();
  const query = useArchiveQuery('customerByUid', { platform: buyer.platform, uid: buyer.uid });
  const customer = query.value;
  if (customer === undefined) return query.failed ? <ArchiveQueryNotice queries={[query]} /> : <p className="muted">{t('loading')}</p>;
  if (customer === null) {
    return (
      <>
        <ArchiveQueryNotice queries={[query]} />
        <NewCustomer buyer={buyer} onConfirm={onConfirm} />
      </>
    );
  }
  return (
    <div className="stack">
      <IdentityLine buyer={buyer} trust={trust} customerId={customer.id} onConfirm={onConfirm} />
      <KnownCustomer customer={customer} customerQuery={query} />
    </div>
  );
}

function IdentityLine({ buyer, trust, customerId, onConfirm }: CardProps & { customerId: string }) {
  const { t } = useApp();
  const [error, setError] = useState<string>();
  const nickname = buyer.nickname ?? buyer.uid;
  const answer = (id: string | null) => {
    setError(undefined);
    onConfirm(id).catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  if (buyer.basis === 'page-id') {
    return (
      <p className="small muted" data-testid="customer-identity" data-trust="page-id">
        {t('identityPageId')}
      </p>
    );
  }
  const confirmed = trust === 'confirmed';
  return (
    <div className={confirmed ? 'stack' : 'notice warn stack'} data-testid="customer-identity" data-trust={confirmed ? 'confirmed' : 'unverified'}>
      <span className="small">{t(confirmed ? 'identityConfirmed' : 'identityUnverified', { nickname })}</span>
      <div className="row">
        {confirmed ? (
          <button type="button" className="link" onClick={() => answer(null)}>
            {t('unconfirmBuyer')}
          </button>
        ) : (
          <button type="button" className="primary" onClick={() => answer(customerId)}>
            {t('confirmBuyer')}
          </button>
        )}
      </div>
      {error && <div className="notice danger">{error}</div>}
    </div>
  );
}

function NewCustomer({ buyer, onConfirm }: { buyer: BuyerKey; onConfirm: CardProps['onConfirm'] }) {
  const { t } = useApp();
  const [error, setError] = useState<string>();
  const run = useArchiveCommand();
  const create = async () => {
    try {
      const created = await run('createCustomer', { platform: buyer.platform, platformUid: buyer.uid, nickname: buyer.nickname });
      // The seller made this card while looking at this buyer: that is the confirmation.
      if (buyer.basis === 'nickname') await onConfirm(created.id);
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
      <p className="small muted" data-testid="customer-identity" data-trust={buyer.basis === 'page-id' ? 'page-id' : 'unverified'}>
        {buyer.basis === 'page-id' ? t('identityPageId') : t('identityNewByNickname', { nickname: buyer.nickname ?? buyer.uid })}
      </p>
      {error && <div className="notice danger">{error}</div>}
    </div>
  );
}
