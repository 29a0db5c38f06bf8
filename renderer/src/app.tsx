import { useTranslation } from 'react-i18next';
import { AnnouncerProvider } from './announcer';
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
        <a className="skip-link" href="#main">
          {t('app.skip')}
        </a>
        <AppHeader settings={settings} controls={settingsControls} />
        <LetterFlow
          campaigns={campaigns}
          profile={profile}
          saveState={saveState}
          onProfile={update}
          onImport={importing.chooseFile}
        />
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
