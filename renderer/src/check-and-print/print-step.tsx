import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ownLetterText } from '../../../shared/letter/compose';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { CheckboxField } from '../fields/checkbox-field';
import type { FlowAction, LetterDraft } from '../flow/flow-state';
import { openPrinterSetup } from '../printer-setup/printer-setup-requests';
import { ScreenHeading } from '../screen-heading';
import { textForUi } from '../campaigns/letter-text';
import { MissingDetails } from './missing-details';
import { OutputActions } from './output-actions';
import './print-step.css';

interface PrintStepProps {
  draft: LetterDraft;
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
  focusHeading: boolean;
  dispatch: (action: FlowAction) => void;
  onEditDetails: () => void;
  onEnvelopes: () => void;
  /** Right under the print buttons (shared computer: "Next person"). */
  afterPrint?: ReactNode;
}

/**
 * Step 4 is about printing: the three actions first, then the embassy copy and the postage.
 * The envelope and printer set-up (set once) and envelopes or labels are one link away.
 */
export function PrintStep(props: PrintStepProps) {
  const { draft, options, profile, withCopies, focusHeading, dispatch, onEditDetails, onEnvelopes, afterPrint } = props;
  const { t, i18n } = useTranslation();
  const postage = (ownLetterText(draft.campaign, draft.lang) ?? textForUi(draft.campaign, i18n.language)).postage;
  const copies = (draft.campaign.copies ?? []).length;
  const hasCopies = copies > 0;
  // What the member came for is in view on arrival, with large text too: the window scrolls just
  // enough to show the buttons (not at all when they are shown already).
  const actions = useRef<HTMLDivElement>(null);
  useEffect(() => {
    actions.current?.scrollIntoView?.({ block: 'nearest', behavior: 'instant' });
  }, []);

  return (
    <div className="screen print-step">
      <ScreenHeading focusOnMount={focusHeading}>{t('steps.print')}</ScreenHeading>
      <MissingDetails profile={profile} onEdit={onEditDetails} />
      <div ref={actions}>
        <OutputActions
          options={options}
          profile={profile}
          withCopies={withCopies && hasCopies}
          letterCount={1 + (withCopies ? copies : 0)}
          onEditDetails={onEditDetails}
        />
      </div>
      {hasCopies && (
        <CheckboxField
          label={t('print.withCopies')}
          hint={t('print.withCopiesHint')}
          checked={withCopies}
          onChange={(value) => dispatch({ type: 'withCopies', value })}
        />
      )}
      {postage?.trim() && <p className="postage">{t('print.postage', { postage })}</p>}
      <p className="hint">{t('print.actualSize')}</p>
      <div className="print-step__links">
        <button type="button" className="button" onClick={openPrinterSetup}>
          {t('printerSetup.open')}
        </button>
        <button type="button" className="button" onClick={onEnvelopes}>
          {t('printerSetup.envelopesLink')}
        </button>
      </div>
      {afterPrint}
    </div>
  );
}
