import type { LetterDocument } from '../../../shared/letter/model';
import type { PrintPageApi, PrintPageGlobal } from '../../../shared/letter/print-page';
import { loadLetterFonts, mountLetters, type MountOptions } from '../preview/mount-letters';
import '../preview/letter.css';
import './print.css';

/**
 * The print page: main (a hidden window) or the command line (headless Chromium) hands it the
 * composed letters, it lays them out with the preview's own code, and resolves once every font
 * has loaded — the print engine then takes the page as it stands. No fixed waits.
 */
async function render(docs: LetterDocument[], options: MountOptions = {}): Promise<number> {
  const root = document.getElementById('letters');
  if (!root) throw new Error('print page has no #letters element');
  await loadLetterFonts();
  const pages = mountLetters(root, docs, options);
  await document.fonts.ready;
  return pages;
}

(window as unknown as PrintPageGlobal).appealPrint = { render } satisfies PrintPageApi;
