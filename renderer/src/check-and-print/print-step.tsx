import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ownLetterText } from '../../../shared/letter/compose';
import type { LetterOptions, SenderProfile } from '../../../shared/letter/options';
import { CheckboxField } from '../fields/checkbox-field';
import type { FlowAction, LetterDraft } from '../flow/flow-state';
import { ScreenHeading } from '../screen-heading';
import { textForUi } from '../campaigns/letter-text';
import { EnvelopeOutput } from './envelope-output';
import { LayoutGroup } from './layout-group';
import { MissingDetails } from './missing-details';
import { OffsetField } from './offset-field';
import { OutputActions } from './output-actions';

interface PrintStepProps {
  draft: LetterDraft;
  options: LetterOptions;
  profile: SenderProfile;
  withCopies: boolean;
  focusHeading: boolean;
  dispatch: (action: FlowAction) => void;
  onEditDetails: () => void;
  /** Right under the print buttons (shared computer: "Next person"). */
  afterPrint?: ReactNode;
}

export function PrintStep({ draft, options, profile, withCopies, focusHeading, dispatch, onEditDetails, afterPrint }: PrintStepProps) {
  const { t, i18n } = useTranslation();
  const { layout } = options;
  const postage = (ownLetterText(draft.campaign, draft.lang) ?? textForUi(draft.campaign, i18n.language)).postage;
  const copies = (draft.campaign.copies ?? []).length;
  const hasCopies = copies > 0;
  const setOffset = (offset: Partial<LetterOptions['layout']['offsetMm']>) =>
    dispatch({ type: 'layout', layout: { offsetMm: { ...layout.offsetMm, ...offset } } });

  return (
    <div className="screen">
      <ScreenHeading focusOnMount={focusHeading}>{t('steps.print')}</ScreenHeading>
      <p className="lead">{t('print.intro')}</p>
      <MissingDetails profile={profile} onEdit={onEditDetails} />
      <LayoutGroup value={layout.preset} onChange={(preset) => dispatch({ type: 'layout', layout: { preset } })} />
      <fieldset className="field-group">
        <legend>{t('print.fineTuneLegend')}</legend>
        <p className="hint">{t('print.fineTuneHint')}</p>
        <OffsetField
          label={t('print.offsetX')}
          lessLabel={t('print.left')}
          moreLabel={t('print.right')}
          value={layout.offsetMm.x}
          onChange={(x) => setOffset({ x })}
        />
        <OffsetField
          label={t('print.offsetY')}
          lessLabel={t('print.up')}
          moreLabel={t('print.down')}
          value={layout.offsetMm.y}
          onChange={(y) => setOffset({ y })}
        />
      </fieldset>
      <CheckboxField
        label={t('print.foldMarks')}
        hint={t('print.foldMarksHint')}
        checked={layout.foldMarks}
        onChange={(foldMarks) => dispatch({ type: 'layout', layout: { foldMarks } })}
      />
      {hasCopies && (
        <CheckboxField
          label={t('print.withCopies')}
          hint={t('print.withCopiesHint')}
          checked={withCopies}
          onChange={(value) => dispatch({ type: 'withCopies', value })}
        />
      )}
      <h2>{t('print.outputHeading')}</h2>
      <p className="hint">{t('print.actualSize')}</p>
      {postage?.trim() && <p className="postage">{t('print.postage', { postage })}</p>}
      <OutputActions
        options={options}
        profile={profile}
        withCopies={withCopies && hasCopies}
        letterCount={1 + (withCopies ? copies : 0)}
      />
      {afterPrint}
      <EnvelopeOutput options={options} profile={profile} withCopies={withCopies && hasCopies} />
    </div>
  );
}
