import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LetterDocument } from '../../../shared/letter/model';
import { loadLetterFonts, mountLetters } from './mount-letters';
import './letter.css';
import './letter-preview.css';

/** Set each time the preview has been laid out anew. */
const PREVIEW_UPDATED_MARK = 'preview-updated';

interface LetterPreviewProps {
  doc: LetterDocument;
  /** 1 = true size (A4 at 96 dpi). */
  zoom: number;
  label?: string;
}

/** The real A4 page(s), laid out by the same code and CSS as the print job. */
export function LetterPreview({ doc, zoom, label }: LetterPreviewProps) {
  const pagesRef = useRef<HTMLDivElement>(null);
  const [fontsLoaded, setFontsLoaded] = useState(false);

  useEffect(() => {
    let live = true;
    void loadLetterFonts().then(() => live && setFontsLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  // Laid out again once the fonts are in: page breaks depend on the real glyph widths.
  useLayoutEffect(() => {
    if (!pagesRef.current) return;
    mountLetters(pagesRef.current, [doc]);
    // `npm run bench` times typing to the painted preview from this mark. Only the latest is
    // kept, so a long session does not fill the performance buffer.
    performance.clearMarks(PREVIEW_UPDATED_MARK);
    performance.mark(PREVIEW_UPDATED_MARK);
  }, [doc, fontsLoaded]);

  useLayoutEffect(() => {
    pagesRef.current?.style.setProperty('zoom', String(zoom));
  }, [zoom]);

  return (
    <div className="preview-viewport" role="document" aria-label={label} tabIndex={0}>
      <div className="preview-pages" ref={pagesRef} />
    </div>
  );
}
