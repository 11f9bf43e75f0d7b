/**
 * The template library: find, create, edit, duplicate, hide built-ins, shortcuts, groups,
 * the variable list, and the platform-rule check live as the seller types. Template packs
 * (JSON) move a library between team members.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { libraryOf, usageOf } from '../../lib/assist/suggestions';
import { checkCompliance } from '../../lib/compliance';
import {
  deleteUserTemplate,
  resetBuiltinTemplate,
  saveUserTemplate,
  setTemplateFlags,
  ShortcutTakenError,
} from '../../lib/db/repositories/templates';
import type { Template } from '../../lib/db/schemas';
import { ValidationError } from '../../lib/db/errors';
import { groupLabel } from '../../lib/scripts/group-label';
import { LIFECYCLE_GROUPS } from '../../lib/scripts/script-types';
import { validateTemplate } from '../../lib/scripts/template-syntax';
import { VARIABLES } from '../../lib/scripts/variables';
import { buildTemplateIndex } from '../../lib/search/template-search';
import { SITUATION_IDS } from '../../lib/situations/taxonomy';
import { useApp } from '../app-context';
import { ComplianceNotes } from '../compliance-notes';
import { db } from '../use-db';
import { TemplatePackIo } from './template-pack-io';

const GROUPS = [...SITUATION_IDS, ...LIFECYCLE_GROUPS];

interface Draft {
  id?: string;
  title: string;
  situation: string;
  locale: 'zh-CN' | 'en';
  tags: string;
  shortcut: string;
  body: string;
  builtIn: boolean;
  overridesId?: string;
}

const EMPTY: Draft = { title: '', situation: 'greeting', locale: 'zh-CN', tags: '', shortcut: '', body: '', builtIn: false };

export function TemplatesManager() {
  const { t, locale } = useApp();
  const templates = useLiveQuery(() => db.templates.toArray(), []);
  const [query, setQuery] = useState('');
  const [showHidden, setShowHidden] = useState(false);
  const [draft, setDraft] = useState<Draft>();

  const results = useMemo(() => {
    if (!templates) return [];
    const index = buildTemplateIndex(libraryOf(templates), usageOf(templates));
    return index.search(query, { limit: 500 });
  }, [templates, query]);
  const hidden = (templates ?? []).filter((tpl) => tpl.hidden);

  const open = (template: Template | undefined, copy = false) => {
    if (!template) return;
    setDraft({
      id: copy ? undefined : template.id,
      title: copy ? `${template.title} ${t('copySuffix')}` : template.title,
      situation: template.situation,
      locale: template.locale,
      tags: template.tags.join('，'),
      shortcut: copy ? '' : (template.shortcut ?? ''),
      body: template.body,
      builtIn: !copy && template.builtIn,
      overridesId: copy ? undefined : template.overridesId,
    });
  };
  const recordOf = (id: string) => templates?.find((tpl) => tpl.id === id);

  return (
    <div className="stack" data-testid="templates-manager">
      <div className="row">
        <h2 className="grow">{t('navTemplates')}</h2>
        <button type="button" className="primary" onClick={() => setDraft({ ...EMPTY, locale })} data-testid="new-template">
          {t('newTemplate')}
        </button>
      </div>
      {draft && <TemplateEditor draft={draft} onClose={() => setDraft(undefined)} />}
      <TemplatePackIo templates={templates ?? []} />
      <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t('searchTemplates')} aria-label={t('searchTemplates')} />
      <ul className="list" data-testid="template-list">
        {results.map((script) => {
          const record = recordOf(script.templateId ?? script.id);
          return (
            <li key={script.id} className="row">
              <div className="grow">
                <strong>{script.title}</strong> <span className="chip small">{groupLabel(script.group, locale)}</span>{' '}
                <span className="chip small">{script.locale}</span>
                {script.origin !== 'builtin' && record && !record.builtIn && <span className="chip small">{t('edited')}</span>}
                {script.shortcut && <span className="kbd">{script.shortcut}</span>}
                <div className="small muted text-body">{script.body}</div>
              </div>
              <button type="button" onClick={() => open(record)}>
                {t('edit')}
              </button>
              <button type="button" onClick={() => open(record, true)}>
                {t('duplicate')}
              </button>
              {record && (record.builtIn || record.overridesId) ? (
                <button type="button" onClick={() => void setTemplateFlags(db, record.id, { hidden: true })}>
                  {t('hide')}
                </button>
              ) : (
                record && (
                  <button type="button" onClick={() => void deleteUserTemplate(db, record.id)}>
                    {t('delete')}
                  </button>
                )
              )}
              {record && record.overridesId === record.id && (
                <button type="button" onClick={() => void resetBuiltinTemplate(db, record.id)}>
                  {t('resetBuiltin')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {hidden.length > 0 && (
        <details open={showHidden} onToggle={(e) => setShowHidden((e.target as HTMLDetailsElement).open)}>
          <summary>{t('hiddenTemplates', { count: hidden.length })}</summary>
          <ul className="list">
            {hidden.map((tpl) => (
              <li key={tpl.id} className="row">
                <span className="grow">{tpl.title}</span>
                <button type="button" onClick={() => void setTemplateFlags(db, tpl.id, { hidden: false })}>
                  {t('unhide')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

function TemplateEditor({ draft: initial, onClose }: { draft: Draft; onClose(): void }) {
  const { t, locale } = useApp();
  const [draft, setDraft] = useState(initial);
  const [error, setError] = useState<string>();
  const problems = useMemo(() => validateTemplate(draft.body, locale), [draft.body, locale]);
  const findings = useMemo(() => checkCompliance(draft.body.slice(0, 4000)), [draft.body]);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));

  const save = async () => {
    if (problems.length > 0) {
      setError(problems[0]!.message[locale]);
      return;
    }
    try {
      await saveUserTemplate(db, {
        id: draft.id,
        title: draft.title,
        situation: draft.situation,
        locale: draft.locale,
        tags: draft.tags.split(/[,，、]/).map((s) => s.trim()).filter(Boolean),
        shortcut: draft.shortcut.trim() || undefined,
        body: draft.body,
        overridesId: draft.overridesId,
      });
      onClose();
    } catch (e) {
      if (e instanceof ValidationError) setError(e.userMessage[locale]);
      else if (e instanceof ShortcutTakenError) setError(t('shortcutTaken', { shortcut: e.shortcut, title: e.takenBy }));
      else setError(String(e));
    }
  };

  return (
    <section className="card stack" data-testid="template-editor">
      <div className="grid2">
        <label>
          {t('templateTitle')}
          <input value={draft.title} onChange={(e) => set({ title: e.target.value })} data-testid="template-title" />
        </label>
        <label>
          {t('templateGroup')}
          <select value={draft.situation} onChange={(e) => set({ situation: e.target.value })} data-testid="template-group">
            {GROUPS.map((g) => (
              <option key={g} value={g}>
                {groupLabel(g, locale)}
              </option>
            ))}
            {!GROUPS.includes(draft.situation as (typeof GROUPS)[number]) && <option value={draft.situation}>{groupLabel(draft.situation, locale)}</option>}
          </select>
        </label>
        <label>
          {t('language')}
          <select value={draft.locale} onChange={(e) => set({ locale: e.target.value as Draft['locale'] })}>
            <option value="zh-CN">简体中文</option>
            <option value="en">English</option>
          </select>
        </label>
        <label>
          {t('shortcut')}
          <input value={draft.shortcut} placeholder="/ty" onChange={(e) => set({ shortcut: e.target.value })} data-testid="template-shortcut" />
        </label>
        <label style={{ gridColumn: '1 / 3' }}>
          {t('tags')}
          <input value={draft.tags} onChange={(e) => set({ tags: e.target.value })} />
        </label>
      </div>
      <label>
        {t('templateBody')}
        <textarea rows={6} value={draft.body} onChange={(e) => set({ body: e.target.value })} data-testid="template-body" />
      </label>
      {problems.length > 0 && (
        <ul className="notice danger" data-testid="template-problems">
          {problems.map((p, i) => (
            <li key={i}>{p.message[locale]}</li>
          ))}
        </ul>
      )}
      <ComplianceNotes findings={findings} />
      <details>
        <summary>{t('variableList')}</summary>
        <ul className="list small">
          {VARIABLES.map((v) => (
            <li key={v.name}>
              <button type="button" className="link" onClick={() => set({ body: `${draft.body}{${v.name}}` })}>
                {`{${v.name}}`}
              </button>{' '}
              <strong>{v.label[locale]}</strong> — {v.meaning[locale]}
            </li>
          ))}
        </ul>
      </details>
      {error && (
        <div className="notice danger" role="alert">
          {error}
        </div>
      )}
      <div className="row">
        <button type="button" className="primary" onClick={() => void save()} data-testid="save-template">
          {t('save')}
        </button>
        <button type="button" onClick={onClose}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
