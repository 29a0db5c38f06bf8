import { documentText, type LetterDocument } from '../../../shared/letter/model';

/**
 * Stands in for the lead's A4 preview (which needs real layout and fonts): the composed
 * letter's lines as text, which is what these tests check.
 */
export function LetterPreview({ doc, label }: { doc: LetterDocument; zoom: number; label?: string }) {
  return (
    <div role="document" aria-label={label}>
      {documentText(doc).map((line, i) => (
        <p key={i}>{line}</p>
      ))}
    </div>
  );
}
