import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { KNOWN_FIELDS } from '../../../shared/campaign/template';
import { Modal } from '../importing/modal';

/** The fields the app fills in for each member, in words ("Your town"), each a button that inserts it. */
export function FieldDialog({ onInsert, onCancel }: { onInsert: (snippet: string) => void; onCancel: () => void }) {
  const { t } = useTranslation('editor');
  const baseId = useId();
  return (
    <Modal labelledBy={`${baseId}-title`} describedBy={`${baseId}-intro`} onCancel={onCancel}>
      <h2 id={`${baseId}-title`}>{t('fieldDialog.title')}</h2>
      <p id={`${baseId}-intro`}>{t('fieldDialog.intro')}</p>
      <ul className="field-choices">
        {KNOWN_FIELDS.map((field) => (
          <li key={field}>
            <button type="button" className="button field-choices__button" onClick={() => onInsert(`{{${field}}}`)}>
              {t(`fieldDialog.fields.${field}`)}
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-buttons">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </Modal>
  );
}
