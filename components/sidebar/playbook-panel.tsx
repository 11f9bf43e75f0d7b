/**
 * The playbook for the situation at hand: the haggling ladder, the return/exchange decision,
 * or the review/complaint flow. Each shows its reasoning ("why"), the reply to send and the
 * follow-up tasks it would create; nothing is stored until the seller acts.
 */
import { useMemo, useState, type ReactNode } from 'react';
import { firstScriptOf, libraryOf } from '../../lib/assist/suggestions';
import type { Customer, Order } from '../../lib/db/schemas';
import type { MessageKey } from '../../lib/i18n/messages';
import { sendToBackground } from '../../lib/messaging/client';
import type { ChatSnapshotPayload } from '../../lib/messaging/schemas';
import { INITIAL_HAGGLE_STATE, nextHaggleMove, type HaggleDecision, type HaggleState } from '../../lib/playbooks/haggle';
import { valuesFor } from '../../lib/playbooks/playbook-values';
import { decideReturn } from '../../lib/playbooks/returns';
import { decideComplaint, decideReviewResponse, type PlaybookOutcome } from '../../lib/playbooks/reviews';
import type { TaskDraft } from '../../lib/playbooks/task-draft';
import type { VariableValues } from '../../lib/scripts/render';
import type { Classification } from '../../lib/situations';
import type { SituationId } from '../../lib/situations/taxonomy';
import { resolveHaggleTerms } from '../../lib/settings/shop-policy';
import { useApp } from '../app-context';
import { SuggestionCard } from '../suggestion-card';
import { useArchiveCommand, useArchiveQuery } from '../archive';

interface PanelProps {
  classification: Classification;
  snapshot: ChatSnapshotPayload | undefined;
  customer: Customer | undefined;
  order: Order | undefined;
  conversationKey: string | undefined;
  values: VariableValues;
  onInsert(text: string): Promise<string | undefined>;
}

const HAGGLE: ReadonlySet<SituationId> = new Set(['haggle', 'free_shipping', 'gift']);
const RETURNS: ReadonlySet<SituationId> = new Set(['quality_issue', 'damaged', 'missing_item', 'wrong_item', 'size_fit', 'return_request', 'refund']);

export function PlaybookPanel(props: PanelProps) {
  const main = props.classification.situations[0]?.id;
  if (!main) return null;
  if (HAGGLE.has(main)) return <HagglePanel {...props} situation={main as 'haggle' | 'free_shipping' | 'gift'} />;
  if (main === 'complaint') return <ComplaintPanel {...props} />;
  if (main === 'bad_review') return <ReviewPanel {...props} />;
  if (RETURNS.has(main)) return <ReturnPanel {...props} />;
  return null;
}

function PanelFrame({ title, why, children }: { title: string; why: string; children: ReactNode }) {
  return (
    <section className="card stack" data-testid="playbook-panel" style={{ borderColor: 'var(--accent)' }}>
      <h2>{title}</h2>
      <p className="small muted" data-testid="playbook-why">
        {why}
      </p>
      {children}
    </section>
  );
}

function PlaybookReply({ group, extra, values, onInsert, onUsed }: { group: string; extra: VariableValues; values: VariableValues; onInsert: PanelProps['onInsert']; onUsed?: () => void }) {
  const { locale } = useApp();
  const templates = useArchiveQuery('templates', {});
  const script = useMemo(() => (templates ? firstScriptOf(libraryOf(templates), group, locale) : undefined), [templates, group, locale]);
  if (!script) return null;
  return <SuggestionCard scriptId={script.id} title={script.title} body={script.body} values={{ ...values, ...extra }} onInsert={onInsert} onUsed={onUsed} />;
}

function HagglePanel({ situation, classification, snapshot, conversationKey, values, onInsert }: PanelProps & { situation: 'haggle' | 'free_shipping' | 'gift' }) {
  const { t, locale, settings } = useApp();
  const message = snapshot?.messages.filter((m) => m.from === 'buyer').at(-1)?.text ?? '';
  const conversation = useArchiveQuery('conversation', conversationKey ? { key: conversationKey } : null);
  const run = useArchiveCommand();

  const outcome = useMemo((): { decision: HaggleDecision; base: HaggleState } | { error: string } | undefined => {
    if (conversation === undefined) return undefined;
    const stored = conversation?.haggle;
    // The same message shown again gets the same move; a new one moves on from the last answer.
    const base = (stored ? (stored.message === message ? stored.before : stored.after) : INITIAL_HAGGLE_STATE) as HaggleState;
    try {
      const pagePrice = Number.parseFloat((snapshot?.product?.price ?? '').replace(/[^\d.]/g, ''));
      const terms = resolveHaggleTerms(settings.policy.haggle, {
        key: snapshot?.product?.id ?? snapshot?.product?.title,
        listPrice: Number.isFinite(pagePrice) ? pagePrice : conversation?.listPrice,
      });
      const decision = nextHaggleMove(base, { buyerOffer: classification.entities.counterOffer, settings: terms, situation });
      return { decision, base };
    } catch (error) {
      const reason = (error as { reason?: { 'zh-CN': string; en: string } }).reason;
      return { error: reason ? reason[locale] : String(error) };
    }
  }, [conversation, message, snapshot, settings.policy.haggle, classification, situation, locale]);

  if (!outcome) return null;
  if ('error' in outcome) {
    return (
      <PanelFrame title={t('playbookHaggle')} why={outcome.error}>
        {conversationKey && (
          <ListPriceInput onSave={(listPrice) => void run('putConversation', { ...conversation, key: conversationKey, listPrice, updatedAt: Date.now() })} />
        )}
      </PanelFrame>
    );
  }
  const { decision, base } = outcome;
  const remember = () => {
    if (!conversationKey) return;
    void run('putConversation', { ...conversation, key: conversationKey, haggle: { message, before: base, after: decision.state }, updatedAt: Date.now() });
  };
  return (
    <PanelFrame title={t('playbookHaggle')} why={decision.why[locale]}>
      <div className="row wrap small" data-testid="haggle-ladder">
        <span className="chip main">{t(`haggleMove_${decision.move}` as MessageKey)}</span>
        {decision.nextPrice !== undefined && <span className="chip">{t('haggleNextPrice', { price: decision.nextPrice })}</span>}
        <span className="chip">{t('haggleRounds', { rounds: decision.state.rounds })}</span>
        {decision.state.buyerOffers.length > 0 && <span className="chip">{t('haggleBuyerOffers', { offers: decision.state.buyerOffers.join(' → ') })}</span>}
      </div>
      <PlaybookReply group={decision.scriptGroup} extra={valuesFor(decision.values, locale)} values={values} onInsert={onInsert} onUsed={remember} />
    </PanelFrame>
  );
}

/** When the page shows no product card, the seller types the list price once per conversation. */
function ListPriceInput({ onSave }: { onSave(price: number): void }) {
  const { t } = useApp();
  const [value, setValue] = useState('');
  const price = Number(value);
  return (
    <form
      className="row"
      onSubmit={(e) => {
        e.preventDefault();
        if (price > 0) onSave(price);
      }}
    >
      <label className="grow">
        {t('haggleListPrice')}
        <input type="number" min={0} step="0.01" value={value} onChange={(e) => setValue(e.target.value)} data-testid="haggle-list-price" />
      </label>
      <button type="submit" disabled={!(price > 0)} style={{ alignSelf: 'flex-end' }}>
        {t('save')}
      </button>
    </form>
  );
}

function TaskPlanButton({ drafts }: { drafts: readonly TaskDraft[] }) {
  const { t } = useApp();
  const [status, setStatus] = useState<string>();
  const run = useArchiveCommand();
  if (drafts.length === 0) return null;
  const create = async () => {
    const { created } = await run('applyTaskPlan', { create: [...drafts] });
    setStatus(t('tasksCreated', { count: created }));
    void sendToBackground('bg:tasksChanged', {}).catch(() => undefined);
  };
  return (
    <div className="row">
      <button type="button" onClick={() => void create()} data-testid="create-playbook-tasks">
        {t('createTasks', { count: drafts.length })}
      </button>
      <ul className="small muted grow" style={{ margin: 0, paddingLeft: 16 }}>
        {drafts.map((d) => (
          <li key={d.ruleKey ?? d.kind}>{t(`taskKind_${d.kind}` as MessageKey)}</li>
        ))}
      </ul>
      {status && <span role="status" className="small muted">{status}</span>}
    </div>
  );
}

/** What the return, review and complaint playbooks share: their reasoning, reply and tasks. */
function OutcomePanel({
  title,
  outcome,
  values,
  onInsert,
  children,
}: {
  title: string;
  outcome: PlaybookOutcome;
  values: VariableValues;
  onInsert: PanelProps['onInsert'];
  children?: ReactNode;
}) {
  const { locale } = useApp();
  return (
    <PanelFrame title={title} why={outcome.why[locale]}>
      {children}
      <PlaybookReply group={outcome.scriptGroup} extra={valuesFor(outcome.values, locale)} values={values} onInsert={onInsert} />
      <TaskPlanButton drafts={outcome.tasks} />
    </PanelFrame>
  );
}

/** The facts every playbook decision starts from. */
function useDecisionBasis({ customer, order }: Pick<PanelProps, 'customer' | 'order'>) {
  const { settings } = useApp();
  return useMemo(
    () => ({
      order,
      customerId: customer?.id,
      now: Date.now(),
      policy: settings.policy,
      returnAddress: settings.shop.returnAddress || undefined,
    }),
    [order, customer?.id, settings.policy, settings.shop.returnAddress],
  );
}

function ReturnPanel({ classification, customer, order, values, onInsert }: PanelProps) {
  const { t } = useApp();
  const basis = useDecisionBasis({ customer, order });
  const decision = useMemo(() => decideReturn({ ...basis, situations: classification.situations.map((s) => s.id) }), [basis, classification]);
  return (
    <OutcomePanel title={t('playbookReturn')} outcome={decision} values={values} onInsert={onInsert}>
      <div className="row wrap small" data-testid="return-decision">
        <span className="chip main">{t(`returnCase_${decision.case}` as MessageKey)}</span>
        <span className="chip">{t('returnShipTo', { payer: t(`payer_${decision.shippingPayer.toSeller}` as MessageKey) })}</span>
        <span className="chip">{t('returnShipBack', { payer: t(`payer_${decision.shippingPayer.backToBuyer}` as MessageKey) })}</span>
        {decision.leanedTowardBuyer && <span className="chip">{t('leanedTowardBuyer')}</span>}
      </div>
    </OutcomePanel>
  );
}

function ReviewPanel({ customer, order, values, onInsert }: PanelProps) {
  const { t } = useApp();
  const [fixDone, setFixDone] = useState(false);
  const [notAtFault, setNotAtFault] = useState(false);
  const basis = useDecisionBasis({ customer, order });
  const decision = useMemo(
    () => decideReviewResponse({ ...basis, rating: 'bad', sellerAtFault: notAtFault ? false : undefined, fixDone }),
    [basis, fixDone, notAtFault],
  );
  return (
    <OutcomePanel title={t('playbookReview')} outcome={decision} values={values} onInsert={onInsert}>
      <label className="row">
        <input type="checkbox" style={{ width: 'auto' }} checked={fixDone} onChange={(e) => setFixDone(e.target.checked)} />
        {t('reviewFixDone')}
      </label>
      <label className="row">
        <input type="checkbox" style={{ width: 'auto' }} checked={notAtFault} onChange={(e) => setNotAtFault(e.target.checked)} />
        {t('reviewNotAtFault')}
      </label>
      {decision.appeal && <div className="notice warn">{t('reviewAppeal')}</div>}
    </OutcomePanel>
  );
}

function ComplaintPanel({ classification, customer, order, values, onInsert }: PanelProps) {
  const { t } = useApp();
  const basis = useDecisionBasis({ customer, order });
  const decision = useMemo(() => decideComplaint({ ...basis, situations: classification.situations.map((s) => s.id) }), [basis, classification]);
  return (
    <OutcomePanel title={t('playbookComplaint')} outcome={decision} values={values} onInsert={onInsert}>
      {decision.coveredByReturnPolicy && <div className="notice warn">{t('complaintCovered')}</div>}
    </OutcomePanel>
  );
}
