/**
 * The sidebar next to the seller chat: what the buyer's last message is about, the replies
 * that fit it (filled with the order's facts), the playbook for the situation, and the
 * buyer's card. Inserting goes through the content script; nothing is ever sent.
 */
import { useCallback, useMemo } from 'react';
import { fillValues, lastBuyerTurn } from '../../lib/assist/fill-values';
import { suggestionsFor } from '../../lib/assist/suggestions';
import { platformSchema, type Platform } from '../../lib/db/schemas';
import type { MessageKey } from '../../lib/i18n/messages';
import { classify } from '../../lib/situations';
import { updateSettings } from '../../lib/settings/settings-store';
import { useApp } from '../app-context';
import { SuggestionCard } from '../suggestion-card';
import { useArchiveCommand, useArchiveQuery } from '../archive';
import { CustomerCard, type BuyerKey } from './customer-card';
import { PlaybookPanel } from './playbook-panel';
import { SituationPanel } from './situation-panel';
import { useChatConnection } from './use-chat-connection';

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
  const buyer: BuyerKey | undefined = useMemo(() => {
    const uid = snapshot?.buyer?.uid ?? snapshot?.buyer?.nickname;
    return uid ? { platform, uid, nickname: snapshot?.buyer?.nickname } : undefined;
  }, [platform, snapshot?.buyer?.uid, snapshot?.buyer?.nickname]);

  const customer = useArchiveQuery('customerByUid', buyer ? { platform: buyer.platform, uid: buyer.uid } : null);
  const orders = useArchiveQuery('customerOrders', customer ? { customerId: customer.id } : null);
  const latestOrder = orders?.[0];
  const orderCount = orders?.length;
  const templates = useArchiveQuery('templates', {});
  const run = useArchiveCommand();

  const turn = useMemo(() => lastBuyerTurn(snapshot), [snapshot]);
  const classification = useMemo(() => (turn ? classify(turn.text, { previous: turn.previous }) : undefined), [turn]);
  const values = useMemo(
    () =>
      fillValues({
        snapshot,
        customer: customer ?? undefined,
        order: latestOrder,
        settings,
        locale,
      }),
    [snapshot, customer, latestOrder, settings, locale],
  );
  const suggestions = useMemo(
    () =>
      classification && templates
        ? suggestionsFor({ classification, templates, locale, values, customer: customer ?? undefined, orderCount: orderCount ?? 0 })
        : [],
    [classification, templates, locale, values, customer, orderCount],
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
          <SituationPanel message={turn.text} classification={classification} />
        ) : (
          chat.status === 'connected' && <p className="muted">{t('noBuyerMessage')}</p>
        )}
      </section>

      {classification && (
        <section className="section stack" aria-label={t('suggestions')}>
          <h2>{t('suggestions')}</h2>
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
            customer={customer ?? undefined}
            order={latestOrder}
            conversationKey={buyer ? `${buyer.platform}:${buyer.uid}` : undefined}
            values={values}
            onInsert={insert}
          />
        </section>
      )}

      <section className="section stack" aria-label={t('customer')}>
        <h2>{t('customer')}</h2>
        {buyer ? <CustomerCard buyer={buyer} /> : <p className="muted small">{t('part_buyer')}: —</p>}
      </section>
    </main>
  );
}
