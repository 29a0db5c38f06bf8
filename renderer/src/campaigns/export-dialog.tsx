import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CampaignSummary } from '../../../shared/api/contract';
import { Modal } from '../importing/modal';
import { archivedCampaigns, orderCampaigns, titleOf } from './campaign-order';
import { saveCampaigns } from './save-campaigns';

interface ExportDialogProps {
  campaigns: readonly CampaignSummary[];
  today: string;
  /** Called with "Saved: …" once the file is written; without it when the member cancelled. */
  onClose: (savedText?: string) => void;
}

/** A coordinator ticks several campaigns and saves them as one campaign file (a bundle). */
export function ExportDialog({ campaigns, today, onClose }: ExportDialogProps) {
  const { t, i18n } = useTranslation('library');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [problem, setProblem] = useState('');
  const [busy, setBusy] = useState(false);
  const firstBox = useRef<HTMLInputElement>(null);
  const baseId = useId();
  const shown = [...orderCampaigns(campaigns, today), ...archivedCampaigns(campaigns)];

  const toggle = (id: string, on: boolean) => {
    const next = new Set(chosen);
    if (on) next.add(id);
    else next.delete(id);
    setChosen(next);
    setProblem('');
  };

  const save = async () => {
    if (busy) return;
    if (chosen.size === 0) {
      setProblem(t('export.noneChosen'));
      firstBox.current?.focus();
      return;
    }
    setBusy(true);
    const outcome = await saveCampaigns(
      shown.filter((c) => chosen.has(c.id)).map((c) => c.id),
      t,
    );
    setBusy(false);
    if (outcome?.ok) onClose(outcome.text);
    else if (outcome) setProblem(outcome.text);
  };

  return (
    <Modal labelledBy={`${baseId}-title`} describedBy={`${baseId}-intro`} onCancel={() => onClose()}>
      <h2 id={`${baseId}-title`}>{t('export.title')}</h2>
      <p id={`${baseId}-intro`}>{t('export.intro')}</p>
      <fieldset className="choice-group">
        <legend>{t('export.legend')}</legend>
        {shown.map((campaign, index) => (
          <div key={campaign.id} className="field field--checkbox">
            <input
              ref={index === 0 ? firstBox : undefined}
              id={`${baseId}-${campaign.id}`}
              type="checkbox"
              className="checkbox"
              checked={chosen.has(campaign.id)}
              onChange={(event) => toggle(campaign.id, event.target.checked)}
            />
            <label htmlFor={`${baseId}-${campaign.id}`}>
              {titleOf(campaign, i18n.language)}
              {campaign.archived && ` (${t('archived.mark')})`}
            </label>
          </div>
        ))}
      </fieldset>
      <div role="alert">{problem && <p className="library-error">{problem}</p>}</div>
      <div className="dialog-buttons">
        <button
          type="button"
          className="button button--primary"
          aria-disabled={busy}
          aria-describedby={busy ? `${baseId}-busy` : undefined}
          onClick={() => void save()}
        >
          {t('export.save')}
        </button>
        <button type="button" className="button" onClick={() => onClose()}>
          {t('export.cancel')}
        </button>
      </div>
      {busy && (
        <p id={`${baseId}-busy`} className="control-reason">
          {t('export.busy')}
        </p>
      )}
    </Modal>
  );
}
