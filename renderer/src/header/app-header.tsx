import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/contract';
import type { SettingsControls } from '../settings/use-settings';
import { LanguageSelect } from './language-select';
import { TextSizeControl } from './text-size-control';
import { ThemeToggle } from './theme-toggle';

interface AppHeaderProps {
  settings: Settings;
  controls: Omit<SettingsControls, 'settings'>;
}

export function AppHeader({ settings, controls }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      {/* The app's name is not the page's h1: each screen has its own. */}
      <p className="app-header__name">{t('app.name')}</p>
      <div className="app-header__controls">
        <LanguageSelect onChange={controls.setLanguage} />
        <TextSizeControl zoom={settings.zoom} onChange={controls.setZoom} />
        <ThemeToggle theme={settings.theme} onChange={controls.setTheme} />
      </div>
    </header>
  );
}
