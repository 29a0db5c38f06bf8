import type { AppServices } from '../../shared/api/contract';
import type { Campaign } from '../../shared/campaign/schema';
import { offeredPairs, ownLetterText } from '../../shared/letter/compose';
import { campaignFromArg, importCampaignFile } from './cli-campaigns';
import { callOperation } from './cli-services';

/** `1 "Dear Mr. President," … "Yours sincerely,"`: the numbers --salutation takes, in one letter. */
export function salutationLines(campaign: Campaign, lang: string): string[] {
  return offeredPairs(campaign, lang).map((pair, index) => `${index + 1}  ${pair.salutation} … ${pair.closing}`);
}

/** Every campaign the command can print: its id, where it comes from, and per language its salutations. */
export async function campaignList(app: AppServices, withFile: boolean): Promise<string> {
  const fileIds = withFile ? await importCampaignFile(app) : [];
  const lines: string[] = [];
  for (const summary of await callOperation(app, 'listCampaigns', undefined)) {
    const campaign = await callOperation(app, 'getCampaign', { id: summary.id });
    const from = fileIds.includes(summary.id) ? 'from the file' : summary.bundled ? 'comes with the app' : 'imported';
    const title = summary.titles.en ?? Object.values(summary.titles)[0] ?? '';
    lines.push(`${summary.id}  (${from}, revision ${summary.revision}, ${summary.published})  ${title}`);
    for (const lang of summary.languages) {
      lines.push(`  --lang ${lang}: --salutation`);
      lines.push(...salutationLines(campaign, lang).map((line) => `      ${line}`));
    }
  }
  return lines.join('\n');
}

/** What --help adds for a chosen campaign and language: the salutations to pick from, or why there are none. */
export async function salutationHelp(app: AppServices, arg: string, id: string | undefined, lang: string, isFile: boolean): Promise<string> {
  const campaign = await campaignFromArg(app, arg, id, isFile ? await importCampaignFile(app) : null);
  if (!ownLetterText(campaign, lang)) return `${campaign.id} has no letter in "${lang}". It offers: ${Object.keys(campaign.languages).join(', ')}.`;
  return [`--salutation for ${campaign.id} in "${lang}":`, ...salutationLines(campaign, lang).map((line) => `  ${line}`)].join('\n');
}
