import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BatchRequest } from '../../../shared/api/contract';
import type { Campaign } from '../../../shared/campaign/schema';
import { memberLetterLanguage } from '../../../shared/members/batch-letters';
import { languageCounts } from '../letter-afternoon/language-counts';
import { MailingSummaryPanel } from '../letter-afternoon/mailing-summary-panel';
import { api } from '../api';
import { BatchEnvelopeActions } from './batch-envelopes';
import { BatchOutputActions } from './batch-output';

interface OutputStepProps {
  request: Omit<BatchRequest, 'jobId' | 'output'>;
  campaign: Campaign;
  copiesPerMember: number;
}

/** Step 4: print or save every letter; envelopes and labels one press away, not in the way; then what posting them takes. */
export function OutputStep({ request, campaign, copiesPerMember }: OutputStepProps) {
  const { t } = useTranslation('batch');
  const [envelopes, setEnvelopes] = useState(false);
  return (
    <>
      <BatchOutputActions request={request} copiesPerMember={copiesPerMember} />
      <button type="button" className="button" aria-expanded={envelopes} onClick={() => setEnvelopes(!envelopes)}>
        {t('envelopes.open')}
      </button>
      {envelopes && (
        <BatchEnvelopeActions
          count={request.members.length}
          run={(jobId, output, size) =>
            api.runBatchEnvelopes({ groupName: request.groupName, members: request.members, settings: request.settings, jobId, output, size })
          }
        />
      )}
      <MailingSummaryPanel
        campaignId={campaign.id}
        letters={languageCounts(request.members.map((member) => memberLetterLanguage(campaign, { language: member.language ?? '' }, request.settings)))}
        withCopies={request.settings.withCopies}
      />
    </>
  );
}
