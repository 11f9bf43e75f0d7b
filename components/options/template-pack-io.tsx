import { useState } from 'react';
import type { Template } from '../../lib/db/schemas';
import { ShortcutClashError, exportTemplatePack, importTemplatePack, parseTemplatePack } from '../../lib/io/template-pack';
import { useApp } from '../app-context';
import { downloadText } from '../download';
import { db } from '../use-db';

export function TemplatePackIo({ templates }: { templates: readonly Template[] }) {
  const { t, locale } = useApp();
  const [pending, setPending] = useState<Template[]>();
  const [messages, setMessages] = useState<{ ok: boolean; lines: string[] }>();

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    const parsed = parseTemplatePack(await file.text());
    if (!parsed.ok) {
      setPending(undefined);
      setMessages({ ok: false, lines: [t('importNothingWritten'), ...parsed.errors.map((e) => e[locale])] });
    } else {
      setPending(parsed.templates);
      setMessages({ ok: true, lines: [t('packPreview', { count: parsed.templates.length })] });
    }
  };
  const confirm = async () => {
    if (!pending) return;
    try {
      const count = await importTemplatePack(db, pending);
      setMessages({ ok: true, lines: [t('packImported', { count })] });
    } catch (e) {
      const detail = e instanceof ShortcutClashError ? e.userMessage[locale] : String(e instanceof Error ? e.message : e);
      setMessages({ ok: false, lines: [t('importNothingWritten'), detail] });
    }
    setPending(undefined);
  };

  return (
    <div className="row wrap">
      <button type="button" onClick={() => downloadText('seller-assistant-templates.json', exportTemplatePack(templates))}>
        {t('exportPack')}
      </button>
      <label className="row" style={{ color: 'inherit' }}>
        {t('importPack')}
        <input type="file" accept="application/json,.json" onChange={(e) => void onFile(e.target.files?.[0])} data-testid="import-pack" style={{ width: 'auto' }} />
      </label>
      {pending && (
        <button type="button" className="primary" onClick={() => void confirm()} data-testid="confirm-import-pack">
          {t('confirmImport')}
        </button>
      )}
      {messages && (
        <ul className={messages.ok ? 'notice ok' : 'notice danger'} role="status" data-testid="pack-messages">
          {messages.lines.map((line, i) => (
            <li key={i}>{line}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
