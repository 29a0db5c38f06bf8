import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { LetterDocument } from '../../../shared/letter/model';
import { loadLetterFonts } from './mount-letters';
import { PreviewSheets } from './preview-sheets';
import type { PreviewZoom } from './preview-zoom';
import { useFitZoom } from './use-fit-zoom';
import './letter.css';
import './letter-preview.css';

/** Set each time the preview shows a new version of the letter (swapped in place or laid out anew). */
const PREVIEW_UPDATED_MARK = 'preview-updated';

interface LetterPreviewProps {
  doc: LetterDocument;
  /** 1 = true size (A4 at 96 dpi); 'fit': as wide as the preview's column. */
  zoom: PreviewZoom;
  label?: string;
}

/** The real A4 page(s), laid out by the same code and CSS as the print job. */
export function LetterPreview({ doc, zoom, label }: LetterPreviewProps) {
  const viewportRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  const fitted = useFitZoom(viewportRef);
  const shown = zoom === 'fit' ? fitted : zoom;
  const [fontsLoaded, setFontsLoaded] = useState(false);
  const sheets = useRef<PreviewSheets | null>(null);

  useEffect(() => {
    let live = true;
    void loadLetterFonts().then(() => live && setFontsLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  // Before the layout below, which then lays the letter out afresh: breaks found before the fonts
  // were in are wrong, and heights measured at another zoom do not compare.
  useLayoutEffect(() => {
    sheets.current?.forget();
  }, [fontsLoaded, shown]);

  // Laid out again once the fonts are in: page breaks depend on the real glyph widths.
  useLayoutEffect(() => {
    if (!pagesRef.current) return;
    sheets.current ??= new PreviewSheets(pagesRef.current);
    sheets.current.show(doc);
    // `npm run bench` times typing to the painted preview from this mark. Only the latest is
    // kept, so a long session does not fill the performance buffer.
    performance.clearMarks(PREVIEW_UPDATED_MARK);
    performance.mark(PREVIEW_UPDATED_MARK);
  }, [doc, fontsLoaded]);

  useLayoutEffect(() => {
    pagesRef.current?.style.setProperty('zoom', String(shown));
  }, [shown]);

  return (
    <div className="preview-viewport" ref={viewportRef} role="document" aria-label={label} tabIndex={0}>
      <div className="preview-pages" ref={pagesRef} />
    </div>
  );
}
