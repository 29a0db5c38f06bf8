import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/contract';
import type { SettingsControls } from '../settings/use-settings';
import { SharedBadge } from '../shared-computer/shared-badge';
import { LanguageSelect } from './language-select';
import { SettingsDialog } from './settings-dialog';
import { TextSizeControl } from './text-size-control';
import { ThemeToggle } from './theme-toggle';

interface AppHeaderProps {
  settings: Settings;
  controls: Omit<SettingsControls, 'settings'>;
  /** Letters printed today, shown while the computer is shared. */
  printedToday: number;
}

export function AppHeader({ settings, controls, printedToday }: AppHeaderProps) {
  const { t } = useTranslation();
  const { t: th } = useTranslation('help');
  const [settingsOpen, setSettingsOpen] = useState(false);
  return (
    <header className="app-header">
      {/* The app's name is not the page's h1: each screen has its own. */}
      <div className="app-header__title">
        <p className="app-header__name">{t('app.name')}</p>
        {settings.sharedComputer && <SharedBadge printedToday={printedToday} />}
      </div>
      <div className="app-header__controls">
        <LanguageSelect onChange={controls.setLanguage} />
        <TextSizeControl zoom={settings.zoom} onChange={controls.setZoom} />
        <ThemeToggle theme={settings.theme} onChange={controls.setTheme} />
        <button type="button" className="button" onClick={() => setSettingsOpen(true)}>
          {th('settings.open')}
        </button>
      </div>
      {settingsOpen && <SettingsDialog settings={settings} onChange={controls.update} onClose={() => setSettingsOpen(false)} />}
    </header>
  );
}
