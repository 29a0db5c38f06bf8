import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AnnouncerProvider } from './announcer';
import { BatchPage } from './batch/batch-page';
import { ModeNav, type AppMode } from './batch/mode-nav';
import { useCampaigns } from './campaigns/use-campaigns';
import { useProfile } from './details/use-profile';
import { LetterFlow } from './flow/letter-flow';
import { AppHeader } from './header/app-header';
import { ImportDialog } from './importing/import-dialog';
import { useFileDrop } from './importing/use-file-drop';
import { useFileOpened } from './importing/use-file-opened';
import { useImport } from './importing/use-import';
import { useSettings } from './settings/use-settings';
import { useZoomShortcuts } from './settings/use-zoom-shortcuts';

function Shell() {
  const { t } = useTranslation();
  const { settings, ...settingsControls } = useSettings();
  const { profile, update, saveState } = useProfile();
  const { campaigns, refresh } = useCampaigns();
  const importing = useImport(refresh);
  const dragging = useFileDrop(importing.previewDropped);
  useFileOpened(importing.previewFile);
  useZoomShortcuts(settings?.zoom, settingsControls.setZoom);
  const [mode, setMode] = useState<AppMode>('member');
  const [switched, setSwitched] = useState(false);

  if (!settings || !profile) {
    return (
      <main className="loading">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  const dialogOpen = importing.preview !== null;
  return (
    <>
      {/* While a dialog is open, the app behind it can be neither clicked nor reached by Tab. */}
      <div className="app" inert={dialogOpen}>
        <a className="skip-link" href={mode === 'member' ? '#main' : '#group-letters'}>
          {t('app.skip')}
        </a>
        <AppHeader settings={settings} controls={settingsControls} />
        <ModeNav
          mode={mode}
          onChange={(next) => {
            setSwitched(true);
            setMode(next);
          }}
        />
        {/* Kept while the coordinator is in Group letters: a half-written own letter is not lost. */}
        <div hidden={mode !== 'member'}>
          <LetterFlow
            campaigns={campaigns}
            profile={profile}
            saveState={saveState}
            onProfile={update}
            onImport={importing.chooseFile}
          />
        </div>
        {mode === 'group' && <BatchPage focusHeading={switched} />}
      </div>
      {importing.preview && (
        <ImportDialog
          preview={importing.preview}
          busy={importing.busy}
          onConfirm={importing.confirm}
          onClose={importing.close}
        />
      )}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>{t('importing.dropHere')}</p>
        </div>
      )}
    </>
  );
}

export function App() {
  return (
    <AnnouncerProvider>
      <Shell />
    </AnnouncerProvider>
  );
}
