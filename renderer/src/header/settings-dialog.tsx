import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/api/contract';
import { CheckboxField } from '../fields/checkbox-field';
import { Modal } from '../importing/modal';

interface SettingsDialogProps {
  settings: Settings;
  onChange: (patch: Partial<Settings>) => void;
  onClose: () => void;
}

/** The settings a coordinator sets once for a group: shared-computer mode, the welcome again. */
export function SettingsDialog({ settings, onChange, onClose }: SettingsDialogProps) {
  const { t } = useTranslation('help');
  const titleId = useId();
  return (
    <Modal labelledBy={titleId} onCancel={onClose}>
      <h2 id={titleId}>{t('settings.heading')}</h2>
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
      <div className="dialog-buttons">
        <button type="button" className="button button--primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </div>
    </Modal>
  );
}
