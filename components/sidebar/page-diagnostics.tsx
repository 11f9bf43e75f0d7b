/**
 * Which parts of the chat the sidebar found on this page, and, when one is missing, a way
 * for the seller to hand us the page's structure: "Copy page outline" asks the content script
 * for a redacted outline (lib/diagnostics/page-outline.ts: no text, no attribute values, ids
 * with data masked), copies it, and shows exactly what was copied.
 */
import { useState } from 'react';
import type { MessageKey } from '../../lib/i18n/messages';
import type { ChatSnapshotPayload } from '../../lib/messaging/schemas';
import { useApp } from '../app-context';

const PARTS = ['messages', 'buyer', 'product', 'input'] as const;
type Part = (typeof PARTS)[number];

/** Product cards are not a `missing` part of the snapshot: a chat without one is normal. */
export function foundParts(snapshot: ChatSnapshotPayload): Record<Part, boolean> {
  const missing = new Set<string>(snapshot.missing);
  return {
    messages: !missing.has('messages'),
    buyer: !missing.has('buyer'),
    product: snapshot.product !== undefined,
    input: !missing.has('input'),
  };
}

interface Props {
  snapshot: ChatSnapshotPayload;
  host: string;
  /** The frame holding the chat box on generic pages (0 = the page itself). */
  inputFrame: number | undefined;
  requestOutline: () => Promise<string>;
}

export function PageDiagnostics({ snapshot, host, inputFrame, requestOutline }: Props) {
  const { t } = useApp();
  const [copied, setCopied] = useState<{ text: string; ok: boolean }>();
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  const found = foundParts(snapshot);
  const anyMissing = PARTS.some((part) => !found[part]);

  const copy = async () => {
    setBusy(true);
    setFailed(false);
    try {
      const outline = await requestOutline();
      const summary = PARTS.map((part) => {
        const where = part === 'input' && inputFrame ? ` (${t('diagnosticsInFrame', { frame: inputFrame })})` : '';
        return `${t(`part_${part}` as MessageKey)}: ${found[part] ? t('diagnosticsFound') : t('diagnosticsMissing')}${where}`;
      });
      const text = [t('diagnosticsHeader'), `${t('diagnosticsSite')}: ${snapshot.site} / ${snapshot.platform} / ${host}`, ...summary, '---', outline].join('\n');
      const ok = await navigator.clipboard.writeText(text).then(
        () => true,
        () => false,
      );
      setCopied({ text, ok });
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="section stack" aria-label={t('diagnosticsTitle')} data-testid="page-diagnostics">
      <ul className="row wrap small" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {PARTS.map((part) => (
          <li
            key={part}
            className={found[part] ? 'chip' : 'chip warn'}
            data-testid={`part-${part}`}
            data-found={found[part]}
            data-frame={part === 'input' && found.input ? inputFrame : undefined}
            title={part === 'input' && found.input && inputFrame ? t('diagnosticsInFrame', { frame: inputFrame }) : undefined}
          >
            {found[part] ? '✓' : '✗'} {t(`part_${part}` as MessageKey)}
          </li>
        ))}
      </ul>
      {anyMissing && (
        <div className="stack">
          <div className="row">
            <button type="button" onClick={() => void copy()} disabled={busy} data-testid="copy-outline">
              {t('diagnosticsCopyOutline')}
            </button>
          </div>
          <p className="small muted">{t('diagnosticsCopyHint')}</p>
          {failed && <p className="notice danger small">{t('diagnosticsOutlineFailed')}</p>}
          {copied && (
            <>
              <p className={copied.ok ? 'notice ok small' : 'notice warn small'} role="status">
                {copied.ok ? t('diagnosticsCopied') : t('diagnosticsCopyFailed')}
              </p>
              <pre className="small" style={{ maxHeight: 200, overflow: 'auto', whiteSpace: 'pre', userSelect: 'all' }} data-testid="page-outline">
                {copied.text}
              </pre>
            </>
          )}
        </div>
      )}
    </section>
  );
}
