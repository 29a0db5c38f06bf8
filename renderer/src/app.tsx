import { lazy, Suspense, useEffect, useMemo, useRef, useState } from 'react';
import { DEFAULT_LAYOUT } from '../../shared/letter/layouts';
import { localIsoDate } from '../../shared/letter/today';
import { useTranslation } from 'react-i18next';
import { AnnouncerProvider } from './announcer';
import { BatchPage } from './batch/batch-page';
import { ModeNav, type AppMode } from './batch/mode-nav';
import { useCampaigns } from './campaigns/use-campaigns';
import { useProfile } from './details/use-profile';
import { onEditorRequest } from './editor/editor-requests';
import { LetterFlow } from './flow/letter-flow';
import { AppHeader } from './header/app-header';
import { onAllDataDeleted } from './header/data-events';
import { HelpPage } from './help/help-page';
import { ImportDialog } from './importing/import-dialog';
import { useFileDrop } from './importing/use-file-drop';
import { useFileOpened } from './importing/use-file-opened';
import { useImport } from './importing/use-import';
import { PrinterSetupPage } from './printer-setup/printer-setup-page';
import { onPrinterSetupRequest } from './printer-setup/printer-setup-requests';
import { useSettings } from './settings/use-settings';
import { useZoomShortcuts } from './settings/use-zoom-shortcuts';
import { printedTodayCount } from './shared-computer/printed-today';
import { SharedComputerContext, type SharedComputer } from './shared-computer/shared-computer-context';
import { WelcomePanel } from './welcome/welcome-panel';

/** The id of each place's landmark: the skip link's target, and where focus returns. */
const PLACE_IDS: Record<AppMode, string> = { member: 'main', group: 'group-letters', editor: 'campaign-editor', help: 'help' };

// "Make a campaign" is the coordinator's, a few times a year: its code loads when first opened,
// so that the member's start does not read and compile it.
const EditorPage = lazy(() => import('./editor/editor-page').then((module) => ({ default: module.EditorPage })));

function Shell() {
  const { t } = useTranslation();
  const { settings, ...settingsControls } = useSettings();
  const { profile, update, saveState, forget } = useProfile(settings?.sharedComputer);
  const { campaigns, refresh } = useCampaigns();
  const importing = useImport(refresh);
  const dragging = useFileDrop(importing.previewDropped);
  useFileOpened(importing.previewFile);
  useZoomShortcuts(settings?.zoom, settingsControls.setZoom);
  const [mode, setMode] = useState<AppMode>('member');
  const [switched, setSwitched] = useState(false);
  // The campaign open in the editor: still open when the coordinator comes back to "Make a campaign".
  const [editedDraft, setEditedDraft] = useState<string | null>(null);
  // "Envelope and printer": shown over whichever place asked for it, which is there again after "Back".
  const [printerSetup, setPrinterSetup] = useState(false);
  useEffect(() => onPrinterSetupRequest(() => setPrinterSetup(true)), []);
  // After "Back", focus goes to the place shown again, as a screen change does: not to the window's top.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (printerSetup || !returnFocus.current) return;
    returnFocus.current = false;
    document.getElementById(PLACE_IDS[mode])?.focus();
  }, [printerSetup, mode]);
  // "Edit this campaign" on a campaign's page opens the editor on the new draft.
  useEffect(
    () =>
      onEditorRequest((draftId) => {
        setSwitched(true);
        setEditedDraft(draftId);
        setMode('editor');
      }),
    [],
  );
  const printedToday = settings ? printedTodayCount(settings, localIsoDate()) : 0;
  const shared = useMemo<SharedComputer>(
    () => ({
      enabled: settings?.sharedComputer ?? false,
      printedToday,
      countPrinted: settingsControls.countPrinted,
      forgetDetails: forget,
    }),
    [settings?.sharedComputer, printedToday, settingsControls.countPrinted, forget],
  );

  if (!settings || !profile) {
    return (
      <main className="loading">
        <p>{t('app.loading')}</p>
      </main>
    );
  }

  const dialogOpen = importing.preview !== null;
  const skipTarget = `#${printerSetup ? 'printer-setup' : PLACE_IDS[mode]}`;
  const layout = settings.layout ?? DEFAULT_LAYOUT;
  return (
    <SharedComputerContext.Provider value={shared}>
      {/* While a dialog is open, the app behind it can be neither clicked nor reached by Tab. */}
      <div className="app" inert={dialogOpen}>
        <a className="skip-link" href={skipTarget}>
          {t('app.skip')}
        </a>
        <AppHeader settings={settings} controls={settingsControls} printedToday={printedToday} />
        <ModeNav
          mode={mode}
          onChange={(next) => {
            setPrinterSetup(false);
            setSwitched(true);
            setMode(next);
          }}
        />
        {/* Kept while the coordinator is in Group letters: a half-written own letter is not lost. */}
        {printerSetup && (
          <PrinterSetupPage
            layout={layout}
            onChange={(next) => settingsControls.update({ layout: next })}
            onBack={() => {
              setPrinterSetup(false);
              returnFocus.current = true;
            }}
          />
        )}
        <div hidden={mode !== 'member' || printerSetup}>
          <LetterFlow
            campaigns={campaigns}
            profile={profile}
            layout={layout}
            hidden={mode !== 'member' || printerSetup}
            saveState={saveState}
            onProfile={update}
            onImport={importing.chooseFile}
            welcome={
              settings.welcomeSeen ? null : <WelcomePanel onDone={() => settingsControls.update({ welcomeSeen: true })} />
            }
          />
        </div>
        {/* Kept under the set-up page: a group or a campaign being edited is there again after "Back". */}
        {mode === 'group' && (
          <div hidden={printerSetup}>
            <BatchPage focusHeading={switched} hidden={printerSetup} />
          </div>
        )}
        {mode === 'editor' && (
          <div hidden={printerSetup}>
            <Suspense fallback={<p className="loading">{t('app.loading')}</p>}>
              <EditorPage focusHeading={switched} profile={profile} openDraftId={editedDraft} onOpenDraftId={setEditedDraft} />
            </Suspense>
          </div>
        )}
        {mode === 'help' && !printerSetup && <HelpPage focusHeading={switched} onBack={() => setMode('member')} />}
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
    </SharedComputerContext.Provider>
  );
}

export function App() {
  // After "Delete all my data" the shell is mounted afresh: every screen reads from main again,
  // as on a first start (the window itself may not reload: main refuses page-started navigation).
  const [generation, setGeneration] = useState(0);
  useEffect(() => onAllDataDeleted(() => setGeneration((current) => current + 1)), []);
  return (
    <AnnouncerProvider>
      <Shell key={generation} />
    </AnnouncerProvider>
  );
}
