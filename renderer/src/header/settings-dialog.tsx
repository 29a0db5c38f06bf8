import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/contract';
import { MessageBar } from '../announcer';
import { libraryChanged } from '../campaigns/library-events';
import { CheckboxField } from '../fields/checkbox-field';
import { Modal } from '../importing/modal';
import { openPrinterSetup } from '../printer-setup/printer-setup-requests';
import { useSharedComputer } from '../shared-computer/shared-computer-context';
import { allDataDeleted } from './data-events';
import { DeleteDataDialog } from './delete-data-dialog';
import { YourDataSection, type DataToDelete } from './your-data-section';

interface SettingsDialogProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
}

/** The settings set once: shared-computer mode, the welcome again, the envelope and printer page; and the member's data. */
export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps) {
  const { t } = useTranslation('help');
  const { t: tUi } = useTranslation('ui');
  const titleId = useId();
  const { forgetDetails } = useSharedComputer();
  const [deleting, setDeleting] = useState<DataToDelete | null>(null);

  /** Main has deleted the files; the screens forget what they hold, so that the app is as on a first start. */
  const forgetOnScreen = async () => {
    forgetDetails();
    // The app keeps nothing in the browser's storage today; whatever a later version puts there goes too.
    for (const storage of [window.localStorage, window.sessionStorage]) {
      try {
        storage.clear();
      } catch {
        // Storage refused (a sandboxed page): there is nothing in it then.
      }
    }
    // How the app looks (language, text size, contrast) stays for now: the member must read what follows.
    onChange({ welcomeSeen: false, sharedComputer: false, printedToday: undefined });
    await libraryChanged();
  };

  return (
    <>
      <Modal labelledBy={titleId} onCancel={onClose}>
        <h2 id={titleId}>{t('settings.heading')}</h2>
        {/* The screen behind is inert: "Settings not saved" must be said here, where the member is. */}
        <MessageBar newOnly />
        <CheckboxField
          label={t('settings.sharedComputer')}
          hint={t('settings.sharedComputerHint')}
          checked={settings.sharedComputer}
          onChange={(sharedComputer) => onChange({ sharedComputer })}
        />
        <CheckboxField
          label={t('settings.showWelcome')}
          checked={!settings.welcomeSeen}
          onChange={(show) => onChange({ welcomeSeen: !show })}
        />
        <div className="field">
          <button
            type="button"
            className="button"
            onClick={() => {
              onClose();
              openPrinterSetup();
            }}
          >
            {tUi('printerSetup.open')}
          </button>
        </div>
        <YourDataSection onDelete={setDeleting} />
        <div className="dialog-buttons">
          <button type="button" className="button button--primary" onClick={onClose}>
            {t('settings.close')}
          </button>
        </div>
      </Modal>
      {/* Beside the settings, not inside: Escape in the question must not close Settings as well. */}
      {deleting && (
        <DeleteDataDialog
          what={deleting}
          onAllDeleted={forgetOnScreen}
          onCancel={() => setDeleting(null)}
          onDone={() => {
            setDeleting(null);
            onClose();
            if (deleting === 'all') allDataDeleted();
          }}
        />
      )}
    </>
  );
}
