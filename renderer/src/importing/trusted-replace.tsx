import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxField } from '../fields/checkbox-field';

interface TrustedReplaceProps {
  /** "I trust this file: replace the address" (or "… the campaign" when no address changes). */
  label: string;
  busy: boolean;
  onConfirm: () => void;
  onClose: () => void;
}

/**
 * For an update that warns: nothing is replaced by habit. Cancel comes first and has focus, and
 * "Replace" does nothing until the member ticks that they trust the file, a second, deliberate choice.
 */
export function TrustedReplace({ label, busy, onConfirm, onClose }: TrustedReplaceProps) {
  const { t } = useTranslation();
  const [trusted, setTrusted] = useState(false);
  const hintId = useId();
  const blocked = busy || !trusted;
  return (
    <>
      <CheckboxField label={label} checked={trusted} onChange={setTrusted} />
      <div className="dialog-buttons">
        <button type="button" className="button button--primary" data-autofocus onClick={onClose}>
          {t('importing.cancel')}
        </button>
        <button
          type="button"
          className="button"
          aria-disabled={blocked}
          aria-describedby={trusted ? undefined : hintId}
          onClick={() => !blocked && onConfirm()}
        >
          {t('importing.warning.replace')}
        </button>
      </div>
      {!trusted && (
        <p id={hintId} className="hint">
          {t('importing.warning.tickFirst')}
        </p>
      )}
    </>
  );
}
