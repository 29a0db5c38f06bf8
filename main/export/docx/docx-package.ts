/**
 * The parts of the DOCX package that docx writes: styles, the bulleted list's numbering, the
 * embedded fonts, the page-label footers, settings, relationships and content types. Only the
 * body (word/document.xml) is ours; it names the footers and the list by the ids read here.
 */
import { Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { LetterDocument } from '../../../shared/letter/model';
import type { FontFaces } from './embedded-fonts';
import { pageLabelParts } from './page-label';
import { BULLET_REFERENCE, STYLE, letterNumbering, letterStyles } from './styles';

export interface PackageIds {
  /** Relationship id of the footer for a letter's page label (see footerKey). */
  footers: Map<string, string>;
  /** The w:num of the bulleted list. */
  bulletNumId: number;
}

/** Letters share a footer when they have the same label in the same language. */
export function footerKey(letter: LetterDocument): string {
  return `${letter.lang}\n${letter.pageLabel}`;
}

function pageLabelFooter(letter: LetterDocument): Footer {
  const { before, after } = pageLabelParts(letter.pageLabel);
  const language = { value: letter.lang };
  const runs = [
    ...(before ? [new TextRun({ text: before, language })] : []),
    new TextRun({ children: [PageNumber.CURRENT], language }),
    ...(after ? [new TextRun({ text: after, language })] : []),
  ];
  return new Footer({ children: [new Paragraph({ style: STYLE.pageLabel, children: runs })] });
}

export function createPackage(letters: LetterDocument[], fonts: FontFaces): { document: Document; ids: PackageIds } {
  const labelled = new Map<string, LetterDocument>();
  for (const letter of letters) if (!labelled.has(footerKey(letter))) labelled.set(footerKey(letter), letter);
  const document = new Document({
    creator: 'Appeal Letters',
    title: letters.length === 1 ? 'Letter' : `${letters.length} letters`,
    styles: letterStyles,
    numbering: letterNumbering,
    fonts: [fonts],
    // One placeholder section per footer, only so that docx writes the footer parts: the writer
    // replaces word/document.xml as a whole.
    sections: [...labelled.values()].map((letter) => ({
      footers: { default: pageLabelFooter(letter) },
      children: [new Paragraph({})],
    })),
  });
  document.Numbering.createConcreteNumberingInstance(BULLET_REFERENCE, 0);
  const bullets = document.Numbering.ConcreteNumbering.find((n) => n.reference === BULLET_REFERENCE && n.instance === 0);
  if (!bullets || document.Footers.length !== labelled.size) throw new Error('docx wrote a different package than expected');
  // docx makes one footer per section, in the order of the sections.
  const footers = new Map<string, string>();
  [...labelled.keys()].forEach((key, i) => footers.set(key, `rId${document.Footers[i]?.View.ReferenceId}`));
  return { document, ids: { footers, bulletNumId: bullets.numId } };
}
