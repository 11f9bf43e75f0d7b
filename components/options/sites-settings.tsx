/**
 * Where the sidebar runs: the built-in marketplaces (each can be switched off) and any other
 * site the user adds, which asks for that site's permission at that moment.
 */
import { useState, type FormEvent } from 'react';
import { CustomSiteError, disableCustomSite, enableCustomSite } from '../../lib/sites/custom-sites';
import { SITE_MATCHES, type BuiltInSiteId } from '../../lib/sites/match-patterns';
import { updateSettings } from '../../lib/settings/settings-store';
import type { MessageKey } from '../../lib/i18n/messages';
import { useApp } from '../app-context';

export function SitesSettings() {
  const { t, locale, settings } = useApp();
  const [origin, setOrigin] = useState('');
  const [status, setStatus] = useState<{ ok: boolean; text: string }>();
  const disabled = new Set(settings.sites.disabled);

  const toggle = (id: BuiltInSiteId, on: boolean) =>
    void updateSettings((s) => ({
      ...s,
      sites: { ...s.sites, disabled: on ? s.sites.disabled.filter((d) => d !== id) : [...new Set([...s.sites.disabled, id])] },
    }));

  const add = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const added = await enableCustomSite(origin);
      setOrigin('');
      setStatus({ ok: true, text: t('siteAdded', { origin: added }) });
    } catch (e) {
      setStatus({ ok: false, text: e instanceof CustomSiteError ? e.userMessage[locale] : String(e) });
    }
  };

  return (
    <div className="stack" data-testid="sites-settings">
      <h2>{t('navSites')}</h2>
      <fieldset className="stack">
        <legend>{t('builtInSites')}</legend>
        {(Object.keys(SITE_MATCHES) as BuiltInSiteId[]).map((id) => (
          <label key={id} className="row" style={{ color: 'inherit' }}>
            <input type="checkbox" style={{ width: 'auto' }} checked={!disabled.has(id)} onChange={(e) => toggle(id, e.target.checked)} />
            {t(`site_${id}` as MessageKey)}
            <span className="small muted">{SITE_MATCHES[id][0]}</span>
          </label>
        ))}
      </fieldset>
      <fieldset className="stack">
        <legend>{t('customSites')}</legend>
        <p className="small muted">{t('customSitesHint')}</p>
        <ul className="list">
          {settings.sites.customOrigins.map((o) => (
            <li key={o} className="row">
              <span className="grow">{o}</span>
              <button type="button" onClick={() => void disableCustomSite(o)}>
                {t('delete')}
              </button>
            </li>
          ))}
        </ul>
        <form className="row" onSubmit={(e) => void add(e)}>
          <input className="grow" value={origin} onChange={(e) => setOrigin(e.target.value)} placeholder="https://shop.example.com" aria-label={t('customSites')} data-testid="custom-site-input" />
          <button type="submit" className="primary">
            {t('add')}
          </button>
        </form>
        {status && (
          <span role="status" className={status.ok ? 'notice ok' : 'notice danger'}>
            {status.text}
          </span>
        )}
      </fieldset>
    </div>
  );
}
