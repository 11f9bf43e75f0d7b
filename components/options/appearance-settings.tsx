import { updateSettings } from '../../lib/settings/settings-store';
import type { Settings } from '../../lib/settings/settings';
import { useApp } from '../app-context';

export function AppearanceSettings() {
  const { t, settings } = useApp();
  return (
    <div className="stack" data-testid="appearance-settings">
      <h2>{t('navAppearance')}</h2>
      <label>
        {t('language')}
        <select
          value={settings.language}
          onChange={(e) => void updateSettings((s) => ({ ...s, language: e.target.value as Settings['language'] }))}
          data-testid="language-select"
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('theme')}
        <select value={settings.theme} onChange={(e) => void updateSettings((s) => ({ ...s, theme: e.target.value as Settings['theme'] }))}>
          <option value="auto">{t('themeAuto')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
    </div>
  );
}
