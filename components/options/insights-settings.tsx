/**
 * The Insights log's settings (settings.insights): how long events are kept, whether the
 * buyer's words are kept with them, the weekly digest, and the demo data's erase button when
 * the demo filled the page. Below the Insights page's charts, which read again once the demo
 * data is erased.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import { countDemoEvents, eraseDemoEvents } from '../../lib/insights/event-log';
import { insightsSettingsSchema } from '../../lib/insights/contract';
import { updateSettings } from '../../lib/settings/settings-store';
import { useApp } from '../app-context';
import { db } from '../use-db';

export function InsightsSettings({ onDemoErased }: { onDemoErased?: () => void } = {}) {
  const { t, settings } = useApp();
  const demoEvents = useLiveQuery(() => countDemoEvents(db), []);
  const [erased, setErased] = useState<number>();
  const [busy, setBusy] = useState(false);
  // Typed freely, saved when it is a valid number of days (the schema's bounds). The stored
  // value arrives after the first render (and may change in another tab): shown when it does.
  const stored = settings.insights.retentionDays;
  const [retention, setRetention] = useState(String(stored));
  useEffect(() => setRetention(String(stored)), [stored]);

  const saveRetention = (text: string) => {
    setRetention(text);
    const days = Number(text);
    if (!Number.isInteger(days) || days < 7 || days > 3650) return;
    void updateSettings((s) => ({ ...s, insights: insightsSettingsSchema.parse({ ...s.insights, retentionDays: days }) }));
  };

  const eraseDemo = async () => {
    if (!window.confirm(t('insightsEraseDemoConfirm'))) return;
    setBusy(true);
    try {
      setErased(await eraseDemoEvents(db));
      onDemoErased?.();
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="stack" data-testid="insights-settings" aria-labelledby="insights-settings-heading">
      <h2 id="insights-settings-heading">{t('insightsSettingsTitle')}</h2>
      <label>
        {t('insightsRetention')}
        <input
          type="number"
          min={7}
          max={3650}
          value={retention}
          onChange={(e) => saveRetention(e.target.value)}
          aria-invalid={!/^\d+$/.test(retention) || Number(retention) < 7 || Number(retention) > 3650}
          data-testid="insights-retention"
        />
      </label>
      <p className="muted small">{t('insightsRetentionHint')}</p>
      <label className="row">
        <input
          type="checkbox"
          checked={settings.insights.keepMessageText}
          onChange={(e) => {
            const keepMessageText = e.target.checked;
            void updateSettings((s) => ({ ...s, insights: { ...s.insights, keepMessageText } }));
          }}
          data-testid="insights-keep-text"
        />
        {t('insightsKeepText')}
      </label>
      <p className="muted small">{t('insightsKeepTextHint')}</p>
      <label className="row">
        <input
          type="checkbox"
          checked={settings.insights.weeklyDigest}
          onChange={(e) => {
            const weeklyDigest = e.target.checked;
            void updateSettings((s) => ({ ...s, insights: { ...s.insights, weeklyDigest } }));
          }}
          data-testid="insights-weekly-digest"
        />
        {t('insightsWeeklyDigest')}
      </label>
      {demoEvents !== undefined && demoEvents > 0 && (
        <div className="notice row" data-testid="insights-demo">
          <span className="grow">{t('insightsDemoPresent', { count: demoEvents })}</span>
          <button type="button" disabled={busy} onClick={() => void eraseDemo()} data-testid="insights-erase-demo">
            {t('insightsEraseDemo')}
          </button>
        </div>
      )}
      {erased !== undefined && (
        <p className="notice small" role="status">
          {t('insightsDemoErased', { count: erased })}
        </p>
      )}
    </section>
  );
}
