/**
 * Foyer sheets: letters complete except for the sender, laid out in the church foyer or at a
 * letter-writing afternoon for members who write their name and address by hand, sign and post.
 * Composed by the one composer (compose.ts) with no sender, then given ruled lines where the
 * sender's details and signature go, so the preview, the PDF and the DOCX show the same sheet.
 * The lines are typed rules (underscores): every output draws them alike, and a test can read them.
 */
import type { Campaign } from '../campaign/schema';
import { parseTemplate } from '../campaign/template';
import { composeWithCopies } from './compose';
import { EMPTY_PROFILE } from './empty-profile';
import { formatPlaceDate, letterPhrases } from './languages';
import type { LetterBlock, LetterDocument } from './model';
import type { LetterOptions } from './options';

/** A line long enough to write a name or an address on by hand, short enough for the sender block. */
export const FILL_IN_RULE = '_'.repeat(30);
const PLACE_RULE = '_'.repeat(16);

export interface FoyerOptions extends Omit<LetterOptions, 'personalText' | 'choices'> {
  /** The text's choices picked once, or 'both' to print "member / supporter" for the writer to strike through. */
  choices: number[] | 'both';
  /** Today's place for the date line, or '' for a blank to fill in. */
  place: string;
  withCopies: boolean;
}

/** One foyer letter (and its embassy copies when asked for). */
export function composeFoyerLetters(campaign: Campaign, options: FoyerOptions): LetterDocument[] {
  const forComposer = options.choices === 'both' ? withBothOptions(campaign, options.lang) : campaign;
  const letterOptions: LetterOptions = { ...options, personalText: '', choices: options.choices === 'both' ? [] : options.choices };
  const letters = composeWithCopies({ campaign: forComposer, options: letterOptions, profile: EMPTY_PROFILE }, options.withCopies);
  return letters.map((letter) => ({ ...letter, blocks: fillInBlocks(letter, options) }));
}

function fillInBlocks(letter: LetterDocument, options: FoyerOptions): LetterBlock[] {
  const words = letterPhrases(letter.lang).fillIn;
  return letter.blocks.flatMap((block): LetterBlock[] => {
    switch (block.kind) {
      // The composer's sender block holds only the country line of a letter abroad: it stays under the rules.
      case 'sender':
        return [{ kind: 'sender', lines: [`${words.name} ${FILL_IN_RULE}`, `${words.address} ${FILL_IN_RULE}`, FILL_IN_RULE, ...block.lines] }];
      // No sender, so no return line in the window: a handwritten one would not fit it.
      case 'recipient':
        return [{ kind: 'recipient', lines: block.lines, returnAddress: '' }];
      case 'place-date':
        return [{ kind: 'place-date', text: formatPlaceDate(letter.lang, options.place.trim() || PLACE_RULE, options.date) }];
      case 'signature-space':
        return [block, { kind: 'printed-name', text: `${words.signature} ${FILL_IN_RULE}` }];
      default:
        return [block];
    }
  });
}

/** The campaign with each `{{a|b}}` choice of `lang`'s body written out as "a / b". */
function withBothOptions(campaign: Campaign, lang: string): Campaign {
  const text = campaign.languages[lang];
  if (!text) return campaign;
  const body = parseTemplate(text.body)
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (part.kind === 'choice') return part.options.join(' / ');
      return `{{${part.name}}}`;
    })
    .join('');
  return { ...campaign, languages: { ...campaign.languages, [lang]: { ...text, body } } };
}
