/**
 * The sidebar next to the seller chat: what the buyer's last message is about, the replies
 * that fit it (filled with the order's facts), the playbook for the situation, and the
 * buyer's card. Inserting goes through the content script; nothing is ever sent.
 */
import { useCallback, useMemo, useState } from 'react';
import { archiveFactsAllowed, identifyBuyer, identityTrust } from '../../lib/assist/buyer-identity';
import { fillValues } from '../../lib/assist/fill-values';
import { suggestionsFor } from '../../lib/assist/suggestions';
import { platformSchema, type Platform } from '../../lib/db/schemas';
import type { MessageKey } from '../../lib/i18n/messages';
import { chooseSituation, lastBuyerWithHistory } from '../../lib/situations/conversation';
import type { SituationId } from '../../lib/situations/taxonomy';
import { updateSettings } from '../../lib/settings/settings-store';
import { useApp } from '../app-context';
import { SuggestionCard } from '../suggestion-card';
import { useArchiveCommand, useArchiveQuery } from '../archive';
import { CustomerCard, type BuyerKey } from './customer-card';
import { PlaybookPanel } from './playbook-panel';
import { SituationPanel } from './situation-panel';
import { useBuyerConfirmation } from './use-buyer-confirmation';
import { useChatConnection } from './use-chat-connection';
import { useClassifier } from './use-classifier';

export function SidebarApp() {
  const { t, locale, settings } = useApp();
  const chat = useChatConnection();
  const { snapshot } = chat;

  const toggle = useCallback(
    (collapsed: boolean) => {
      chat.setCollapsed(collapsed);
      if (chat.host) {
        void updateSettings((s) => ({ ...s, sidebarCollapsed: { ...s.sidebarCollapsed, [chat.host]: collapsed } }));
      }
    },
    [chat],
  );

  const platform: Platform = platformSchema.safeParse(snapshot?.platform).data ?? 'other';
  // Keyed by a buyer id from the page, else an unmasked nickname (unverified), never a masked name.
  const identity = useMemo(
    () => (snapshot ? identifyBuyer(platform, { uid: snapshot.buyer?.uid, nickname: snapshot.buyer?.nickname }) : undefined),
    [snapshot, platform],
  );
  const buyer: BuyerKey | undefined = useMemo(
    () =>
      identity && identity.basis !== 'none'
        ? { platform, uid: identity.key, nickname: snapshot?.buyer?.nickname, basis: identity.basis }
        : undefined,
    [identity, platform, snapshot?.buyer?.nickname],
  );
  const confirmation = useBuyerConfirmation(identity);

  const customer = useArchiveQuery('customerByUid', buyer ? { platform: buyer.platform, uid: buyer.uid } : null);
  const trust = identity ? identityTrust(identity, customer?.id, confirmation.confirmedCustomerId) : undefined;
  const orders = useArchiveQuery('customerOrders', customer ? { customerId: customer.id } : null);
  const latestOrder = orders?.[0];
  const orderCount = orders?.length;
  const templates = useArchiveQuery('templates', {});
  const run = useArchiveCommand();
  // An unconfirmed nickname match may be someone else: their card stays visible to the seller,
  // but their orders and VIP status neither fill nor steer what is said to this buyer.
  const factsAllowed = archiveFactsAllowed(trust);
  const trustedCustomer = factsAllowed ? (customer ?? undefined) : undefined;
  const trustedOrder = factsAllowed ? latestOrder : undefined;

  // The newest buyer message read with the turns before it (both sides), so a follow-up such
  // as "那怎么弄" gets the situation still open.
  const turn = useMemo(() => (snapshot ? lastBuyerWithHistory(snapshot.messages, 20) : undefined), [snapshot]);
  const classify = useClassifier();
  const found = useMemo(() => (turn && classify ? classify(turn.text, { history: turn.history }) : undefined), [turn, classify]);
  // The seller's pick among unsure choices holds for that message only.
  const [chosen, setChosen] = useState<{ text: string; id: SituationId }>();
  const classification = useMemo(
    () => (found && turn && chosen?.text === turn.text ? chooseSituation(found, chosen.id) : found),
    [found, turn, chosen],
  );
  const choose = useCallback((id: SituationId) => turn && setChosen({ text: turn.text, id }), [turn]);
  const values = useMemo(
    () =>
      fillValues({
        snapshot,
        customer: customer ?? undefined,
        order: latestOrder,
        settings,
        locale,
        trust,
      }),
    [snapshot, customer, latestOrder, settings, locale, trust],
  );
  const suggestions = useMemo(
    () =>
      classification && templates
        ? suggestionsFor({ classification, templates, locale, values, customer: trustedCustomer, orderCount: factsAllowed ? (orderCount ?? 0) : 0 })
        : [],
    [classification, templates, locale, values, trustedCustomer, factsAllowed, orderCount],
  );

  const insert = useCallback(
    async (text: string) => {
      const result = await chat.insert({ text, mode: 'auto' });
      if (result.ok) return t('inserted');
      if (result.reason === 'no_input') {
        await navigator.clipboard.writeText(text).catch(() => undefined);
      }
      return t(`insertFailed_${result.reason}`);
    },
    [chat, t],
  );

  if (chat.collapsed) {
    return (
      <button type="button" className="sidebar-handle" onClick={() => toggle(false)} aria-label={t('sidebarExpand')} title={t('sidebarExpand')}>
        «<span>{t('appName')}</span>
      </button>
    );
  }

  return (
    <main className="sidebar">
      <header className="section row">
        <h1 className="grow">{t('appName')}</h1>
        <button type="button" onClick={() => toggle(true)} aria-label={t('sidebarCollapse')} title={`${t('sidebarCollapse')} (Alt+Shift+S)`}>
          »
        </button>
      </header>

      {chat.status !== 'connected' && (
        <p className="section muted">{chat.status === 'connecting' ? t('sidebarConnecting') : t('sidebarUnavailable')}</p>
      )}
      {snapshot && snapshot.missing.length > 0 && (
        <p className="section notice warn" data-testid="missing-parts">
          {t('sidebarMissing', { parts: snapshot.missing.map((part) => t(`part_${part}` as MessageKey)).join('、') })}
        </p>
      )}

      <section className="section stack" aria-labelledby="situation-heading">
        {turn && classification ? (
          <SituationPanel message={turn.text} classification={classification} onChoose={choose} />
        ) : turn ? (
          <p className="muted">{t('loading')}</p>
        ) : (
          chat.status === 'connected' && <p className="muted">{t('noBuyerMessage')}</p>
        )}
      </section>

      {classification && (
        <section className="section stack" aria-label={t('suggestions')}>
          <h2>{t('suggestions')}</h2>
          {customer && trust === 'unverified' && (
            <p className="notice warn small" data-testid="facts-held-back">
              {t('factsHeldBack')}
            </p>
          )}
          {suggestions.length === 0 && <p className="muted">{t('noSuggestions')}</p>}
          {suggestions.map((suggestion) => (
            <SuggestionCard
              key={suggestion.id}
              scriptId={suggestion.id}
              title={suggestion.title}
              body={suggestion.body}
              values={values}
              platform={platform}
              onInsert={insert}
              onUsed={(id) => void run('recordTemplateUse', { id })}
            />
          ))}
          <PlaybookPanel
            classification={classification}
            snapshot={snapshot}
            customer={trustedCustomer}
            order={trustedOrder}
            conversationKey={buyer ? `${buyer.platform}:${buyer.uid}` : undefined}
            values={values}
            onInsert={insert}
          />
        </section>
      )}

      <section className="section stack" aria-label={t('customer')}>
        <h2>{t('customer')}</h2>
        {buyer ? (
          <CustomerCard buyer={buyer} trust={trust} onConfirm={confirmation.set} />
        ) : identity?.basis === 'none' && identity.masked ? (
          <p className="notice warn small" data-testid="customer-identity" data-trust="masked">
            {t('identityMasked')}
          </p>
        ) : (
          <p className="muted small">{t('part_buyer')}: —</p>
        )}
      </section>
    </main>
  );
}
