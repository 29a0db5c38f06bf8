import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchResult } from '../../../shared/api/contract';
import { localIsoDate } from '../../../shared/letter/today';
import { useAnnouncer } from '../announcer';
import { api } from '../api';
import { BatchEnvelopeActions } from '../batch/batch-envelopes';
import { CampaignSelect } from '../batch/campaign-select';
import { JobProgress } from '../batch/job-progress';
import { resultText } from '../batch/result-text';
import { useCampaignChoice } from '../batch/use-campaign';
import { useBatchJob } from '../batch/use-batch-job';
import { useSavedLayout } from '../batch/use-saved-layout';
import { bodyFor, wordingChoices } from '../details/choice-context';
import { WordingChoices } from '../details/wording-choices';
import { CheckboxField } from '../fields/checkbox-field';
import { TextField } from '../fields/text-field';
import { FoyerCounts } from './foyer-counts';
import { MailingSummaryPanel } from './mailing-summary-panel';
import './letter-afternoon.css';

type Output = 'print' | 'pdf' | 'docx';

/**
 * Foyer sheets: letters complete but for the sender, "12 in German, 8 in French", for the church
 * foyer or a letter-writing afternoon. One screen: what to print, then the three ways to have it.
 */
export function FoyerPage({ onBack }: { onBack: () => void }) {
  const { t, i18n } = useTranslation('mailing');
  const { t: tb } = useTranslation('batch');
  const { status, error } = useAnnouncer();
  const { campaigns, id, setId, campaign } = useCampaignChoice();
  const [counts, setCounts] = useState<Record<string, number>>({});
  const [strikeThrough, setStrikeThrough] = useState(true);
  const [picks, setPicks] = useState<number[]>([]);
  const [place, setPlace] = useState('');
  const [withCopies, setWithCopies] = useState(true);
  const [envelopes, setEnvelopes] = useState(false);
  // The envelope and printer as set once under Settings: foyer sheets go in the same envelopes.
  const layout = useSavedLayout();
  const { job, runJob, cancel } = useBatchJob();

  const languages = campaign ? Object.keys(campaign.languages) : [];
  const wanted = languages.map((lang) => ({ lang, count: counts[lang] ?? 0 })).filter((c) => c.count > 0);
  const sheets = wanted.reduce((sum, c) => sum + c.count, 0);
  const firstLang = wanted[0]?.lang ?? languages[0] ?? 'en';

  const request = () => ({
    campaignId: campaign?.id ?? '',
    counts: wanted,
    choices: strikeThrough ? ('both' as const) : picks,
    place,
    withCopies,
    layout,
    date: localIsoDate(),
  });

  const start = async (output: Output) => {
    if (!campaign || job) return;
    if (sheets === 0) return error(t('foyer.none'));
    let result: BatchResult;
    try {
      result = await runJob(sheets + 1, (jobId) => api.runFoyer({ ...request(), jobId, output }));
    } catch {
      return error(t('foyer.failed'));
    }
    const said = resultText(tb, result);
    (said.kind === 'error' ? error : status)(said.text);
  };

  return (
    <section className="batch-section foyer" aria-labelledby="foyer-heading">
      <h2 id="foyer-heading">{t('foyer.heading')}</h2>
      <p className="lead">{t('foyer.intro')}</p>
      {campaigns && campaigns.length > 0 && <CampaignSelect campaigns={campaigns} value={id} uiLanguage={i18n.language} onChange={setId} />}
      {campaign && (
        // What to print on the left; the three ways to have it and what posting takes on the right,
        // so that at 1280 × 720 the buttons and the summary are in view with the choices.
        <div className="foyer__columns">
          <div>
            <FoyerCounts languages={languages} counts={counts} onChange={(lang, count) => setCounts({ ...counts, [lang]: count })} />
            <fieldset className="field-group">
              <legend>{t('foyer.choices')}</legend>
              <CheckboxField label={t('foyer.choicesBoth')} checked={strikeThrough} onChange={setStrikeThrough} />
              {!strikeThrough && (
                <WordingChoices
                  choices={wordingChoices(bodyFor(campaign, firstLang))}
                  lang={firstLang}
                  picks={picks}
                  onPick={(index, pick) => setPicks(Object.assign([...picks], { [index]: pick }))}
                />
              )}
            </fieldset>
            <TextField label={t('foyer.place')} hint={t('foyer.placeHint')} value={place} maxLength={120} size="short" onChange={setPlace} />
            {(campaign.copies ?? []).length > 0 && <CheckboxField label={t('foyer.withCopies')} checked={withCopies} onChange={setWithCopies} />}
          </div>
          <div>
            {job ? (
              <JobProgress job={job} onCancel={cancel} />
            ) : (
              <div className="output__buttons">
                <button type="button" className="button button--big button--primary" onClick={() => void start('print')}>
                  {t('foyer.print')}
                </button>
                <button type="button" className="button button--big" onClick={() => void start('pdf')}>
                  {t('foyer.pdf')}
                </button>
                <button type="button" className="button button--big" onClick={() => void start('docx')}>
                  {t('foyer.docx')}
                </button>
              </div>
            )}
            <MailingSummaryPanel campaignId={campaign.id} letters={wanted} withCopies={withCopies} />
            <button type="button" className="button" aria-expanded={envelopes} onClick={() => setEnvelopes(!envelopes)}>
              {tb('envelopes.open')}
            </button>
            {envelopes && sheets > 0 && (
              <BatchEnvelopeActions count={sheets} run={(jobId, output, size) => api.runFoyer({ ...request(), jobId, output, size })} />
            )}
          </div>
        </div>
      )}
      <button type="button" className="button" onClick={onBack}>
        {tb('common.backToGroups')}
      </button>
    </section>
  );
}
