/**
 * The sidebar next to the seller chat: what the buyer's last message is about, the replies
 * that fit it (filled with the order's facts), the playbook's decision, and the buyer's card.
 * Everything shown for the conversation comes from one call to `advise` (lib/advise), the
 * same function `npm run advise` runs. Inserting goes through the content script; nothing is
 * ever sent.
 */
import { useCallback, useMemo, useState } from 'react';
import { adviseWith } from '../../lib/advise/advise-core';
import { conversationFromChat, priceFromText } from '../../lib/advise/from-chat';
import { libraryOf, usageOf } from '../../lib/assist/suggestions';
import { archiveFactsAllowed, identifyBuyer, identityTrust } from '../../lib/assist/buyer-identity';
import { platformSchema, type Platform } from '../../lib/db/schemas';
import type { MessageKey } from '../../lib/i18n/messages';
import { lastBuyerWithHistory } from '../../lib/situations/conversation';
import { correctSituation, MAX_EXAMPLE_TEXT } from '../../lib/situations/correction';
import { isSituationId, type SituationId } from '../../lib/situations/taxonomy';
import { updateSettings } from '../../lib/settings/settings-store';
import { useApp } from '../app-context';
import { SuggestionCard } from '../suggestion-card';
import { useArchiveCommand, useArchiveQuery } from '../archive';
import { ArchiveQueryNotice } from '../archive-query-notice';
import { CustomerCard, type BuyerKey } from './customer-card';
import { PageDiagnostics } from './page-diagnostics';
import { PlaybookPanel, type ReviewFlags } from './playbook-panel';
import { SituationPanel } from './situation-panel';
import { useBuyerConfirmation } from './use-buyer-confirmation';
import { useChatConnection } from './use-chat-connection';
import { useClassifier } from './use-classifier';
import { useShopLayer } from './use-shop-layer';
import { useHeldDuringPress } from './use-held-during-press';
import { useInsightLog } from './use-insight-log';

export function SidebarApp() {
  const { t, locale, settings, settingsLoaded } = useApp();
  const chat = useChatConnection();
  const { snapshot } = chat;
  // What the seller ticked in the review panel belongs to one conversation only.
  const [reviewState, setReviewState] = useState<{ key?: string; flags: ReviewFlags }>({ flags: {} });

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
  const conversationKey = buyer ? `${buyer.platform}:${buyer.uid}` : undefined;
  const review = useMemo(() => (reviewState.key === conversationKey ? reviewState.flags : {}), [reviewState, conversationKey]);

  // The card (customer-card.tsx) shows this read's failure; the advice's own reads' show below.
  const customer = useArchiveQuery('customerByUid', buyer ? { platform: buyer.platform, uid: buyer.uid } : null).value;
  const trust = identity ? identityTrust(identity, customer?.id, confirmation.confirmedCustomerId) : undefined;
  const ordersQuery = useArchiveQuery('customerOrders', customer ? { customerId: customer.id } : null);
  const orders = ordersQuery.value;
  // An unconfirmed nickname match may be someone else: their card stays visible to the seller,
  // but their orders and VIP status neither fill nor steer what is said to this buyer.
  const factsAllowed = archiveFactsAllowed(trust);
  const trustedCustomer = factsAllowed ? (customer ?? undefined) : undefined;
  const trustedOrders = factsAllowed ? orders : undefined;
  const conversationQuery = useArchiveQuery('conversation', conversationKey ? { key: conversationKey } : null);
  const conversation = conversationQuery.value;
  const templatesQuery = useArchiveQuery('templates', {});
  const templates = templatesQuery.value;
  const run = useArchiveCommand();
  const library = useMemo(() => (templates ? libraryOf(templates) : undefined), [templates]);
  const usage = useMemo(() => (templates ? usageOf(templates) : undefined), [templates]);

  // The newest buyer message read with the turns before it (both sides), so a follow-up such
  // as "那怎么弄" gets the situation still open. The classifier (and its model) loads lazily.
  const turn = useMemo(() => (snapshot ? lastBuyerWithHistory(snapshot.messages, 20) : undefined), [snapshot]);
  const classifier = useClassifier();
  const classify = classifier.status === 'ready' ? classifier.classify : undefined;
  // The shop's own corrections (stored through the background: this frame cannot open the
  // database), blended with the model; rebuilt whenever a correction is added or deleted.
  const examplesQuery = useArchiveQuery('situationExamples', {});
  const examples = examplesQuery.value;
  const adviceQueries = [templatesQuery, examplesQuery, conversationQuery, ordersQuery];
  // Without the scripts or the corrections there is no advice to wait for (the notice says why).
  const adviceUnreadable = (templatesQuery.failed && !templates) || (examplesQuery.failed && !examples);
  const shopLayer = useShopLayer(examples);
  const found = useMemo(
    () => (turn && classify && shopLayer ? shopLayer.blend(classify(turn.text, { history: turn.history }), turn.text) : undefined),
    [turn, classify, shopLayer],
  );
  // The seller's pick (a correction, or a choice among unsure ones) holds for that message.
  const [chosen, setChosen] = useState<{ text: string; id: SituationId }>();
  const corrected = !!found && !!turn && chosen?.text === turn.text;
  const classification = useMemo(() => (found && corrected ? correctSituation(found, chosen!.id) : found), [found, corrected, chosen]);
  const learn = useCallback(
    (text: string, situation: SituationId, source: 'correction' | 'insert', shown: SituationId | undefined) =>
      void run('addSituationExample', {
        text: text.slice(0, MAX_EXAMPLE_TEXT),
        situation,
        source,
        ...(shown && shown !== situation ? { shown } : {}),
        platform,
      }).catch((error: unknown) => console.warn('[seller-assistant] correction not stored', error)),
    [run, platform],
  );
  // Each handled buyer message goes into the insights event log (fire and forget).
  const insightLog = useInsightLog({ platform, conversationKey, turn, classification, corrected, product: snapshot?.product, settings });
  const choose = useCallback(
    (id: SituationId) => {
      if (!turn) return;
      setChosen({ text: turn.text, id });
      learn(turn.text, id, 'correction', found?.situations[0]?.id);
      if (found) insightLog.corrections(correctSituation(found, id));
    },
    [turn, found, learn, insightLog],
  );

  // One advise() call drives the situation, the replies and the playbook, with the
  // classification worked out above.
  const view = useMemo(() => {
    if (!snapshot || !library || !classify || !classification) return undefined;
    const chatConversation = conversationFromChat({
      snapshot,
      platform,
      locale,
      settings,
      now: Date.now(),
      host: chat.host,
      ...(trustedCustomer ? { customer: trustedCustomer } : {}),
      ...(trustedOrders ? { orders: trustedOrders } : {}),
      ...(conversation?.listPrice !== undefined ? { listPrice: conversation.listPrice } : {}),
      review,
    });
    return adviseWith(chatConversation, { classifier: classify, classification, situationChosen: corrected, library, ...(usage ? { usage } : {}) });
  }, [snapshot, platform, locale, settings, chat.host, trustedCustomer, trustedOrders, conversation?.listPrice, review, library, usage, classify, classification, corrected]);

  // What the seller is pressing stays put until the press is over (use-held-during-press.ts).
  const held = useHeldDuringPress(view);
  const shownView = held.value;

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

  // Framed by a page that is not a seller site: show nothing at all (use-chat-connection.ts).
  if (chat.status === 'refused') return <div hidden data-testid="sidebar-refused" />;

  if (chat.collapsed) {
    return (
      <button type="button" className="sidebar-handle" onClick={() => toggle(false)} aria-label={t('sidebarExpand')} title={t('sidebarExpand')}>
        «<span>{t('appName')}</span>
      </button>
    );
  }

  const hasMessage = shownView?.buyerMessage !== undefined;
  // The advice (situation, replies, playbook) renders above the card, and the classifier it
  // needs loads lazily. A card shown before the advice would be pushed down under the seller's
  // pointer when the advice arrives: a press on 建档 then ends on a reply and creates nothing.
  // So the card waits for the advice, and the sidebar says it is busy until then. A model
  // that failed to load brings no advice: the card then shows beside the notice at once.
  const adviceSettling = !settingsLoaded || (!!turn && classifier.status !== 'failed' && !adviceUnreadable && !(shownView && hasMessage));
  const busy = chat.status === 'connecting' || adviceSettling;
  return (
    <main className="sidebar" aria-busy={busy} data-holding={held.holding || undefined}>
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
      {snapshot && <PageDiagnostics snapshot={snapshot} host={chat.host} inputFrame={chat.inputFrame} requestOutline={chat.requestOutline} />}

      <section className="section stack" aria-labelledby="situation-heading">
        <ArchiveQueryNotice queries={adviceQueries} />
        {shownView && hasMessage ? (
          <SituationPanel
            message={shownView.buyerMessage!}
            classification={shownView.classification}
            // A pick made on the message shown before a newer one arrived was not about the newer one.
            onChoose={(id) => !held.holding && choose(id)}
            corrected={corrected}
          />
        ) : classifier.status === 'failed' ? (
          <div className="notice warn stack" role="alert" data-testid="classifier-failed">
            <p>{t('classifierFailed')}</p>
            <button type="button" onClick={classifier.retry}>
              {t('retry')}
            </button>
          </div>
        ) : turn ? (
          !adviceUnreadable && <p className="muted">{t('loading')}</p>
        ) : (
          chat.status === 'connected' && <p className="muted">{t('noBuyerMessage')}</p>
        )}
      </section>

      {shownView && hasMessage && (
        <section className="section stack" aria-label={t('suggestions')}>
          {shownView.playbook && (
            <PlaybookPanel
              playbook={shownView.playbook}
              tasks={shownView.tasks}
              customerId={trustedCustomer?.id}
              orderId={trustedOrders?.[0]?.id}
              timeZone={settings.policy.timeZone}
              review={review}
              onReview={(flags) => setReviewState({ key: conversationKey, flags })}
              onListPrice={
                conversationKey
                  ? (listPrice) => void run('putConversation', { ...conversation, key: conversationKey, listPrice, updatedAt: Date.now() })
                  : undefined
              }
            />
          )}
          <h2>{t('suggestions')}</h2>
          {customer && trust === 'unverified' && (
            <p className="notice warn small" data-testid="facts-held-back">
              {t('factsHeldBack')}
            </p>
          )}
          {shownView.replies.length === 0 && <p className="muted">{t('noSuggestions')}</p>}
          {shownView.replies.map((reply) => (
            <SuggestionCard
              key={reply.id}
              scriptId={reply.id}
              title={reply.title}
              body={reply.body}
              values={reply.values}
              platform={platform}
              onInsert={(text) => {
                // A reply written for another situation than the one shown first labels the message.
                const main = shownView.classification.situations[0]?.id;
                if (turn && isSituationId(reply.group) && reply.group !== main) {
                  learn(turn.text, reply.group, 'insert', main);
                }
                insightLog.inserted(reply.id, shownView, priceFromText(snapshot?.product?.price) ?? conversation?.listPrice, undefined);
                return insert(text);
              }}
              onUsed={(id) => void run('recordTemplateUse', { id })}
            />
          ))}
        </section>
      )}

      <section className="section stack" aria-label={t('customer')}>
        <h2>{t('customer')}</h2>
        {buyer && adviceSettling ? (
          <p className="muted">{t('loading')}</p>
        ) : buyer ? (
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
