/**
 * What every React surface (sidebar, popup, options) shares: the settings (live from
 * storage), the resolved language with its translate function, and the theme.
 */
import { createContext, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Locale } from '../lib/i18n/localized';
import { createTranslate, resolveLocale, type Translate } from '../lib/i18n/translate';
import { DEFAULT_SETTINGS, type Settings } from '../lib/settings/settings';
import { getSettings, watchSettings } from '../lib/settings/settings-store';

interface AppContextValue {
  settings: Settings;
  /** False until the stored settings were read: surfaces may show defaults meanwhile. */
  settingsLoaded: boolean;
  locale: Locale;
  t: Translate;
}

const AppContext = createContext<AppContextValue | null>(null);

export function AppProvider({ children }: { children: ReactNode }) {
  const [settings, setSettings] = useState<Settings>(DEFAULT_SETTINGS);
  const [loaded, setLoaded] = useState(false);
  useEffect(() => {
    let live = true;
    void getSettings().then((value) => {
      if (!live) return;
      setSettings(value);
      setLoaded(true);
    });
    const stop = watchSettings(setSettings);
    return () => {
      live = false;
      stop();
    };
  }, []);

  const locale = resolveLocale(settings.language, navigator.language);
  const value = useMemo(
    () => ({ settings, settingsLoaded: loaded, locale, t: createTranslate(locale) }),
    [settings, loaded, locale],
  );

  useEffect(() => {
    document.documentElement.lang = locale;
    document.documentElement.dataset.theme = settings.theme;
  }, [locale, settings.theme]);

  return <AppContext.Provider value={value}>{children}</AppContext.Provider>;
}

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside AppProvider');
  return value;
}
