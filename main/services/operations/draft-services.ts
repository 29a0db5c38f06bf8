import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { draftSchema, type Draft, type draftOperations, type FromLetterResult, type PublishResult, type RecognitionReport } from '../../../shared/api/operations/draft-ops';
import { checkCampaign } from '../../../shared/campaign/check-campaign';
import { draftOf, emptyLetterText, emptyPerson, MAX_DRAFT_TEXT, type CampaignDraft } from '../../../shared/campaign/draft';
import { addLanguageToDraft, draftFromRecognition, recogniseLetter } from '../../../shared/campaign/from-letter';
import type { LetterRecognition } from '../../../shared/campaign/from-letter/types';
import { CAMPAIGN_FORMAT, SUPPORTED_FORMAT_VERSION } from '../../../shared/campaign/schema';
import { localIsoDate } from '../../../shared/letter/today';
import { letterFileFailureText } from '../../letter-import/failure-text';
import { readLetterFile, readLetterText } from '../../letter-import/read-letter-file';
import { DraftStore } from '../drafts/draft-store';
import { publishedCampaign } from '../drafts/publish';
import { mainText } from '../main-text';
import { describeProblemIn } from '../problem-text';
import type { ServiceContext, ServicesFor } from '../service-context';

type LetterSource = { kind: 'file' } | { kind: 'text'; text: string };
type ReadLetter = { ok: true; text: string; fileName: string } | { ok: false; fileName: string; message: string };

function reportOf(recognition: LetterRecognition, fileName: string): RecognitionReport {
  return { fileName, parts: recognition.parts, unplaced: recognition.unplaced, senderBlanks: recognition.senderBlanks };
}

/**
 * Making campaigns: drafts from a letter, a copy or nothing, saved as the coordinator types, and
 * published into their letters. The letter's file is read here, in main; the renderer only ever
 * sees the text the app recognised in it.
 */
export function draftServices(ctx: ServiceContext): ServicesFor<typeof draftOperations> {
  const drafts = new DraftStore(path.join(ctx.deps.userDataDir, 'drafts'));
  const words = (key: Parameters<typeof mainText>[1], params?: Record<string, string>) => mainText(ctx.uiLanguage(), key, params);

  const draftOrThrow = (id: string): Draft => {
    const draft = drafts.get(id);
    if (!draft) throw new Error(words('draftMissing'));
    return draft;
  };

  /** The publisher of the newest campaign the member has: a group's campaigns come from one organisation. */
  const usualPublisher = () => ctx.library.list()[0]?.publisher ?? '';

  const readSource = async (source: LetterSource): Promise<ReadLetter | null> => {
    const file = source.kind === 'file' ? await ctx.deps.dialogs.showOpenLetter() : '';
    if (file === null) return null;
    const fileName = file && path.basename(file);
    // Pasted text goes through the same normalisation as a file's.
    const read = source.kind === 'text' ? readLetterText(source.text) : await readLetterFile(file);
    return read.ok ? { ok: true, text: read.text, fileName } : { ok: false, fileName, message: letterFileFailureText(read.reason, ctx.uiLanguage()) };
  };

  /** Reads and recognises a letter; a text with nothing of a letter in it is said, not made a draft. */
  const recognise = async (source: LetterSource, language: string | undefined) => {
    const read = await readSource(source);
    if (!read || !read.ok) return read;
    const recognition = recogniseLetter(read.text, { language });
    if (!recognition.body.trim() && !recognition.recipient) {
      return { ok: false as const, fileName: read.fileName, message: words('letterNotRecognised') };
    }
    // Bounded like every draft: a text far longer than a letter is said, not cut off silently.
    const report = draftSchema.shape.recognition.safeParse({ [recognition.language]: reportOf(recognition, read.fileName) });
    if (!report.success || recognition.body.length > MAX_DRAFT_TEXT) {
      return { ok: false as const, fileName: read.fileName, message: words('letterTooLong') };
    }
    return { ok: true as const, recognition, fileName: read.fileName };
  };

  return {
    listDrafts: async () => drafts.list(),
    getDraft: async ({ id }) => draftOrThrow(id),

    newDraft: async ({ from }) => {
      if (from.kind === 'blank') {
        return drafts.save({ id: randomUUID(), origin: { kind: 'blank' }, campaign: blankCampaign(usualPublisher(), ctx.uiLanguage()), recognition: {} });
      }
      const campaign = ctx.library.get(from.campaignId);
      if (!campaign) throw new Error(words('draftMissing'));
      const bundled = ctx.library.list().some((summary) => summary.id === from.campaignId && summary.bundled);
      // A campaign that came with the app is never replaced by an edit: it is copied instead.
      if (from.kind === 'edit' && !bundled) {
        return drafts.save({ id: randomUUID(), origin: { kind: 'edit', campaignId: campaign.id }, campaign: draftOf(campaign), recognition: {} });
      }
      // A copy is a new campaign: it gets its own id when it is published, and starts at revision 1.
      const copy: CampaignDraft = { ...draftOf(campaign), id: '', revision: 1, published: localIsoDate() };
      return drafts.save({ id: randomUUID(), origin: { kind: 'copy', campaignId: campaign.id }, campaign: copy, recognition: {} });
    },

    draftFromLetter: async ({ source, language }): Promise<FromLetterResult | null> => {
      const read = await recognise(source, language);
      if (!read || !read.ok) return read;
      const { recognition, fileName } = read;
      // No id yet: publishing names the campaign after its title and date as they are then.
      const campaign = { ...draftFromRecognition(recognition, { published: localIsoDate(), publisher: usualPublisher() }), id: '' };
      const draft = drafts.save({
        id: randomUUID(),
        origin: { kind: 'letter' },
        campaign,
        recognition: { [recognition.language]: reportOf(recognition, fileName) },
        place: { section: 'recipient', language: recognition.language },
      });
      return { ok: true, draft, recipientDifferences: [] };
    },

    addLetterLanguage: async ({ id, source, language }): Promise<FromLetterResult | null> => {
      const draft = draftOrThrow(id);
      const read = await recognise(source, language);
      if (!read || !read.ok) return read;
      const { recognition, fileName } = read;
      const code = language ?? recognition.language;
      const added = addLanguageToDraft(draft.campaign, { ...recognition, language: code });
      const saved = drafts.save({
        ...draft,
        campaign: added.draft,
        recognition: { ...draft.recognition, [code]: reportOf(recognition, fileName) },
        place: { section: 'text', language: code },
      });
      return { ok: true, draft: saved, recipientDifferences: added.recipientDifferences };
    },

    saveDraft: async ({ draft }) => {
      try {
        return { ok: true, updated: drafts.save(draft).updated };
      } catch {
        return { ok: false, message: words('draftSaveFailed') };
      }
    },

    deleteDraft: async ({ id }) => {
      drafts.delete(id);
      return { ok: true };
    },

    publishDraft: async ({ id }): Promise<PublishResult> => {
      const draft = draftOrThrow(id);
      const candidate = publishedCampaign(draft, ctx.library);
      const checked = checkCampaign(candidate as unknown as Record<string, unknown>);
      if (!checked.ok) return { ok: false, message: words('publishNeedsWork', { problem: describeProblemIn(ctx.uiLanguage())(checked.problem) }) };
      if (ctx.library.revisionOf(checked.campaign.id) !== checked.campaign.revision || draft.origin.kind !== 'edit') {
        ctx.library.saveOwn(checked.campaign);
      }
      // From now on the draft edits the published campaign: publishing again makes the next revision.
      drafts.save({ ...draft, campaign: draftOf(checked.campaign), origin: { kind: 'edit', campaignId: checked.campaign.id } });
      return { ok: true, campaignId: checked.campaign.id, revision: checked.campaign.revision ?? 1 };
    },
  };
}

function blankCampaign(publisher: string, language: string): CampaignDraft {
  return {
    format: CAMPAIGN_FORMAT,
    formatVersion: SUPPORTED_FORMAT_VERSION,
    id: '',
    revision: 1,
    publisher,
    published: localIsoDate(),
    recipient: emptyPerson(),
    copies: [],
    // The coordinator's own language first; more are added in the editor.
    languages: { [language]: emptyLetterText() },
  };
}
