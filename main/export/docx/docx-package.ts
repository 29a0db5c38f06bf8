/**
 * The parts of the DOCX package that docx writes: styles, the bulleted list's numbering, the
 * page-label footers, settings, relationships and content types. The body (word/document.xml)
 * and the embedded fonts are ours (see embedded-fonts.ts); the body names the footers and the
 * list by the ids read here.
 */
import { Document, Footer, PageNumber, Paragraph, SimpleField, TextRun } from 'docx';
import type { LetterDocument } from '../../../shared/letter/model';
import { estimatePageCount } from '../../../shared/letter/page-estimate';
import { pageLabelParts } from './page-label';
import { BULLET_REFERENCE, STYLE, letterNumbering, letterStyles } from './styles';

export interface PackageIds {
  /** Relationship id of the footer for a page label (see footerKey). */
  footers: Map<string, string>;
  /** The same label's footer for even pages; empty unless the letters are padded (see letter.ts). */
  evenFooters: Map<string, string>;
  /** Each letter's footer key, in the letters' order. */
  footerKeys: string[];
  /** The w:num of the bulleted list. */
  bulletNumId: number;
}

interface Labelled {
  letter: LetterDocument;
  /** The letter's page count, as its SECTIONPAGES field stores it for LibreOffice (page-label.ts). */
  pages: number;
}

/** Letters share a footer when they have the same label in the same language and the same page count. */
function footerKey({ letter, pages }: Labelled): string {
  return `${letter.lang}\n${letter.pageLabel}\n${pages}`;
}

function pageLabelFooter({ letter, pages }: Labelled): Footer {
  const language = { value: letter.lang };
  const children = pageLabelParts(letter.pageLabel).map((part) => {
    if ('text' in part) return new TextRun({ text: part.text, language });
    if (part.field === 'page') return new TextRun({ children: [PageNumber.CURRENT], language });
    return new SimpleField('SECTIONPAGES', String(pages));
  });
  return new Footer({ children: [new Paragraph({ style: STYLE['page-label'], children })] });
}

/**
 * padToEven turns on different odd and even page footers (w:evenAndOddHeaders) and gives every
 * label an even-page footer as well as its default one: see letter.ts for why that pads letters.
 */
export function createPackage(letters: LetterDocument[], padToEven = false): { document: Document; ids: PackageIds } {
  const all = letters.map((letter) => ({ letter, pages: estimatePageCount(letter) }));
  const labelled = new Map<string, Labelled>();
  for (const one of all) if (!labelled.has(footerKey(one))) labelled.set(footerKey(one), one);
  const document = new Document({
    creator: 'Appeal Letters',
    title: letters.length === 1 ? 'Letter' : `${letters.length} letters`,
    styles: letterStyles,
    numbering: letterNumbering,
    evenAndOddHeaderAndFooters: padToEven,
    // One placeholder section per footer, only so that docx writes the footer parts: the writer
    // replaces word/document.xml as a whole.
    sections: [...labelled.values()].map((letter) => ({
      footers: padToEven ? { default: pageLabelFooter(letter), even: pageLabelFooter(letter) } : { default: pageLabelFooter(letter) },
      children: [new Paragraph({})],
    })),
  });
  document.Numbering.createConcreteNumberingInstance(BULLET_REFERENCE, 0);
  const bullets = document.Numbering.ConcreteNumbering.find((n) => n.reference === BULLET_REFERENCE && n.instance === 0);
  const perSection = padToEven ? 2 : 1;
  if (!bullets || document.Footers.length !== labelled.size * perSection) throw new Error('docx wrote a different package than expected');
  // docx makes a section's footers in the order default, even; the sections' one after the other.
  const footers = new Map<string, string>();
  const evenFooters = new Map<string, string>();
  const rId = (i: number) => `rId${document.Footers[i]?.View.ReferenceId}`;
  [...labelled.keys()].forEach((key, i) => {
    footers.set(key, rId(i * perSection));
    if (padToEven) evenFooters.set(key, rId(i * perSection + 1));
  });
  return { document, ids: { footers, evenFooters, footerKeys: all.map(footerKey), bulletNumId: bullets.numId } };
}
