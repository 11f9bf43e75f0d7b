/**
 * One reply ready to go: the filled text (editable), inline inputs for facts the page could
 * not supply, platform-rule findings, and the Insert / Copy buttons. Text is always rendered
 * as text, never as HTML.
 */
import { useMemo, useState } from 'react';
import { checkCompliance } from '../lib/compliance';
import type { Platform } from '../lib/db/schemas';
import { renderScript, type VariableValues } from '../lib/scripts/render';
import { getVariable, type VariableName } from '../lib/scripts/variables';
import { useApp } from './app-context';
import { ComplianceNotes } from './compliance-notes';

export interface SuggestionCardProps {
  scriptId: string;
  title: string;
  body: string;
  values: VariableValues;
  platform?: Platform;
  onInsert(text: string): Promise<string | undefined>;
  onUsed?(scriptId: string): void;
  autoFocus?: boolean;
}

export function SuggestionCard({ scriptId, title, body, values, platform, onInsert, onUsed, autoFocus }: SuggestionCardProps) {
  const { t, locale } = useApp();
  const [asked, setAsked] = useState<VariableValues>({});
  const [edited, setEdited] = useState<string | undefined>();
  const [status, setStatus] = useState<string>();

  const rendered = useMemo(() => renderScript(body, { ...values, ...asked }, locale), [body, values, asked, locale]);
  const text = edited ?? (rendered.ok ? rendered.text : undefined);
  const findings = useMemo(() => (text ? checkCompliance(text, { platform }) : []), [text, platform]);
  const blocked = findings.some((f) => f.severity === 'block');

  const run = async (action: 'insert' | 'copy') => {
    if (!text) return;
    if (action === 'copy') {
      await navigator.clipboard.writeText(text);
      setStatus(t('copied'));
    } else {
      setStatus(await onInsert(text));
    }
    onUsed?.(scriptId);
  };

  return (
    <article className="card stack" data-testid="suggestion" data-script-id={scriptId}>
      <div className="row">
        <h2 className="grow">{title}</h2>
        {edited === undefined && text && (
          <button type="button" className="link small" onClick={() => setEdited(text)}>
            {t('edit')}
          </button>
        )}
      </div>
      {!rendered.ok && edited === undefined && (
        <div className="stack">
          <div className="notice warn">{t('fillMissing')}</div>
          {rendered.missing.map((name: VariableName, index: number) => (
            <label key={name}>
              {getVariable(name).label[locale]}
              <input
                autoFocus={autoFocus && index === 0}
                value={asked[name] ?? ''}
                onChange={(event) => setAsked((prev) => ({ ...prev, [name]: event.target.value }))}
                data-testid={`missing-${name}`}
              />
            </label>
          ))}
          <p className="text-body muted small">{rendered.preview}</p>
        </div>
      )}
      {edited !== undefined ? (
        <textarea
          aria-label={t('editBeforeInsert')}
          rows={Math.min(8, Math.max(3, edited.split('\n').length + 1))}
          value={edited}
          onChange={(event) => setEdited(event.target.value)}
        />
      ) : (
        text && <p className="text-body" data-testid="suggestion-text">{text}</p>
      )}
      <ComplianceNotes findings={findings} />
      <div className="row">
        <button type="button" className="primary" disabled={!text || blocked} onClick={() => void run('insert')} title={blocked ? t('insertBlocked') : undefined}>
          {t('insert')}
        </button>
        <button type="button" disabled={!text} onClick={() => void run('copy')}>
          {t('copy')}
        </button>
        {status && (
          <span className="small muted grow" role="status">
            {status}
          </span>
        )}
      </div>
    </article>
  );
}
