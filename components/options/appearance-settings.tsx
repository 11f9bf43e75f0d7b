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
          onChange={(e) => {
            // Read the value now: by the time the update runs, React has reset the controlled select.
            const language = e.target.value as Settings['language'];
            void updateSettings((s) => ({ ...s, language }));
          }}
          data-testid="language-select"
        >
          <option value="auto">{t('languageAuto')}</option>
          <option value="zh-CN">简体中文</option>
          <option value="en">English</option>
        </select>
      </label>
      <label>
        {t('theme')}
        <select
          value={settings.theme}
          onChange={(e) => {
            const theme = e.target.value as Settings['theme'];
            void updateSettings((s) => ({ ...s, theme }));
          }}
        >
          <option value="auto">{t('themeAuto')}</option>
          <option value="light">{t('themeLight')}</option>
          <option value="dark">{t('themeDark')}</option>
        </select>
      </label>
    </div>
  );
}
