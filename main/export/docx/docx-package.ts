/**
 * The parts of the DOCX package that docx writes: styles, the bulleted list's numbering, the
 * embedded fonts, the page-number footer, settings, relationships and content types. Only the
 * body (word/document.xml) is ours; it refers to the footer and the list by the ids read here.
 */
import { Document, Footer, PageNumber, Paragraph, TextRun } from 'docx';
import type { PackageIds } from './letter';
import type { FontFaces } from './embedded-fonts';
import { BULLET_REFERENCE, STYLE, letterNumbering, letterStyles } from './styles';

export function createPackage(fonts: FontFaces, title: string): { document: Document; ids: PackageIds } {
  const document = new Document({
    creator: 'Appeal Letters',
    title,
    styles: letterStyles,
    numbering: letterNumbering,
    fonts: [fonts],
    sections: [
      {
        footers: {
          default: new Footer({
            children: [new Paragraph({ style: STYLE.pageNumber, children: [new TextRun({ children: [PageNumber.CURRENT] })] })],
          }),
        },
        // Placeholder body: the writer replaces word/document.xml as a whole.
        children: [new Paragraph({})],
      },
    ],
  });
  document.Numbering.createConcreteNumberingInstance(BULLET_REFERENCE, 0);
  const bullets = document.Numbering.ConcreteNumbering.find((n) => n.reference === BULLET_REFERENCE && n.instance === 0);
  const footer = document.Footers[0];
  if (!bullets || !footer || document.Footers.length !== 1) throw new Error('docx package layout changed: footer or list missing');
  return { document, ids: { pageNumberFooter: `rId${footer.View.ReferenceId}`, bulletNumId: bullets.numId } };
}
