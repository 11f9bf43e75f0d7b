/**
 * Quick replies: type to search (title, text, shortcut, pinyin, initials), arrows to move,
 * Enter to open; the chosen template asks for what the chat could not fill, then goes into
 * the active tab's chat box — or to the clipboard when the tab has none.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { Fragment, useEffect, useMemo, useState } from 'react';
import { useListKeyboard } from '../use-list-keyboard';
import { identifyBuyer, identityTrust } from '../../lib/assist/buyer-identity';
import { fillValues } from '../../lib/assist/fill-values';
import { findCustomerByPlatformUid } from '../../lib/db/repositories/customers';
import { listOrders } from '../../lib/db/repositories/orders';
import { platformSchema } from '../../lib/db/schemas';
import { libraryOf, usageOf } from '../../lib/assist/suggestions';
import type { EffectiveScript } from '../../lib/scripts/library';
import { sendToBackground, sendToTab } from '../../lib/messaging/client';
import { buildTemplateIndex } from '../../lib/search/template-search';
import { arrangeForBrowsing, BROWSE_STAGES, stageOfGroup, type BrowseStage } from '../../lib/search/template-browse';
import type { MessageKey } from '../../lib/i18n/messages';
import { groupLabel } from '../../lib/scripts/group-label';
import { useApp } from '../app-context';
import { useArchiveCommand } from '../archive';
import { SuggestionCard } from '../suggestion-card';
import { db } from '../use-db';
import type { ActiveChat } from './use-active-chat';

export function RepliesTab({ chat }: { chat: ActiveChat | null | undefined }) {
  const { t, locale, settings } = useApp();
  const [query, setQuery] = useState('');
  const [chosen, setChosen] = useState<EffectiveScript>();
  const run = useArchiveCommand();

  const [stage, setStage] = useState<BrowseStage | 'all'>('all');
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const library = useMemo(() => (templates ? libraryOf(templates).filter((s) => s.locale === locale) : undefined), [templates, locale]);
  const usage = useMemo(() => (templates ? usageOf(templates) : {}), [templates]);
  // Building the search index (pinyin for every template) costs about 100 ms in a fresh popup,
  // and the first screen only browses: build it once the list has been painted, or at once if
  // the seller types before then.
  const painted = usePaintedAfter(library !== undefined);
  const wantIndex = painted || query.trim() !== '';
  const index = useMemo(() => (library && wantIndex ? buildTemplateIndex(library, usage) : undefined), [library, usage, wantIndex]);
  // Typing searches everything; an empty box browses: favourites, recent, then by situation.
  const entries = useMemo(() => {
    if (!library) return [];
    if (query.trim() && index) {
      return index
        .search(query, { limit: 60 })
        .filter((script) => stage === 'all' || stageOfGroup(script.group) === stage)
        .map((script) => ({ script, section: 'group' as const }));
    }
    return arrangeForBrowsing(library, usage, stage);
  }, [library, index, usage, query, stage]);
  const results = entries.map((entry) => entry.script);
  const { cursor, setCursor, onKeyDown } = useListKeyboard(results, setChosen);

  const platform = platformSchema.safeParse(chat?.snapshot.platform).data ?? 'other';
  // Keyed as in the sidebar: a buyer id from the page, else a nickname the seller confirmed in that tab.
  const identity = identifyBuyer(platform, chat?.snapshot.buyer);
  const uid = identity.basis === 'none' ? undefined : identity.key;
  const customer = useLiveQuery(async () => (uid ? ((await findCustomerByPlatformUid(db, platform, uid)) ?? null) : null), [platform, uid]);
  const confirmedNickname = identity.basis === 'nickname' ? identity.nickname : undefined;
  const confirmed = useLiveQuery(
    async () =>
      chat && confirmedNickname
        ? (
            await sendToBackground('bg:buyerConfirmation', { platform, nickname: confirmedNickname, tabId: chat.tabId }).catch(() => ({
              customerId: null,
            }))
          ).customerId
        : null,
    [chat?.tabId, platform, confirmedNickname],
  );
  const trust = identityTrust(identity, customer?.id, confirmed ?? undefined);
  const order = useLiveQuery(async () => (customer ? ((await listOrders(db, customer.id))[0] ?? null) : null), [customer?.id]);
  const values = useMemo(
    () =>
      fillValues({
        snapshot: chat?.snapshot,
        customer: customer ?? undefined,
        order: order ?? undefined,
        settings,
        locale,
        trust,
      }),
    [chat, customer, order, settings, locale, trust],
  );

  const insert = async (text: string): Promise<string> => {
    if (chat) {
      try {
        const result = await sendToTab(chat.tabId, 'content:insertText', { text, mode: 'auto' });
        if (result.ok) return t('inserted');
      } catch {
        // Fall through to the clipboard.
      }
    }
    await navigator.clipboard.writeText(text);
    return t('copyInstead');
  };

  if (chosen) {
    return (
      <div className="pane stack">
        <button type="button" className="link" style={{ alignSelf: 'flex-start' }} onClick={() => setChosen(undefined)}>
          ← {t('back')}
        </button>
        <SuggestionCard
          scriptId={chosen.id}
          title={chosen.title}
          body={chosen.body}
          values={values}
          platform={platform}
          onInsert={insert}
          onUsed={(id) => void run('recordTemplateUse', { id })}
          autoFocus
        />
      </div>
    );
  }


  const headingFor = (i: number): string | undefined => {
    const entry = entries[i]!;
    const previous = entries[i - 1];
    if (entry.section === 'favourites') return previous ? undefined : t('favourites');
    if (entry.section === 'recent') return previous?.section === 'recent' ? undefined : t('recent');
    if (query.trim()) return undefined;
    return previous?.section === 'group' && previous.script.group === entry.script.group ? undefined : groupLabel(entry.script.group, locale);
  };

  return (
    <div className="pane stack">
      <div className="row wrap" role="group" aria-label={t('stageFilter')}>
        {(['all', ...BROWSE_STAGES] as const).map((id) => (
          <button key={id} type="button" className={stage === id ? 'chip main' : 'chip'} aria-pressed={stage === id} onClick={() => setStage(id)}>
            {t(`stage_${id}` as MessageKey)}
          </button>
        ))}
      </div>
      <input
        autoFocus
        type="search"
        value={query}
        placeholder={t('searchTemplates')}
        aria-label={t('searchTemplates')}
        onChange={(event) => {
          setQuery(event.target.value);
          setCursor(0);
        }}
        onKeyDown={onKeyDown}
        data-testid="template-search"
      />
      {templates === undefined ? (
        <p className="muted">{t('loading')}</p>
      ) : results.length === 0 ? (
        <p className="muted">{t('noResults')}</p>
      ) : (
        <ul className="list" role="listbox" data-testid="template-results">
          {results.map((template, i) => (
            <Fragment key={template.id}>
              {headingFor(i) && (
                <li className="small muted" role="presentation" data-testid="template-group-heading">
                  {headingFor(i)}
                </li>
              )}
              <li
                role="option"
                aria-selected={i === cursor}
                className="row"
                onMouseEnter={() => setCursor(i)}
                data-testid="template-result"
              >
                <button type="button" className="link grow" style={{ textAlign: 'left', color: 'inherit' }} onClick={() => setChosen(template)}>
                  <strong>{template.title}</strong>
                  <span className="chip small" style={{ marginLeft: 6 }}>
                    {groupLabel(template.group, locale)}
                  </span>
                  {template.shortcut && <span className="kbd" style={{ marginLeft: 6 }}>{template.shortcut}</span>}
                  <div className="small muted" style={{ whiteSpace: 'nowrap', overflow: 'hidden', textOverflow: 'ellipsis' }}>
                    {template.body}
                  </div>
                </button>
                <button
                  type="button"
                  className="link"
                  aria-pressed={template.favourite}
                  aria-label={t('favourites')}
                  onClick={() => void run('setTemplateFavourite', { id: template.templateId ?? template.id, favourite: !template.favourite })}
                >
                  {template.favourite ? '★' : '☆'}
                </button>
              </li>
            </Fragment>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Becomes true just after the first frame painted with `ready` true. */
function usePaintedAfter(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The frame callback runs before that frame is painted; the timeout after it.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return painted;
}
