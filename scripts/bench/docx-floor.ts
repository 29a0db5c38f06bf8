import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { libreofficeToPdf } from './libreoffice';

/** Debian's Python, which has python-docx (python3-docx). */
const PYTHON = '/usr/bin/python3';
const PLAIN_DOCX_SCRIPT = fileURLToPath(new URL('./plain-docx.py', import.meta.url));

/**
 * LibreOffice's time on our DOCX and on a plain DOCX of the same paragraphs, one after the other
 * in the same run: their ratio is docx-lo-vs-plain, which holds across machines and loads where
 * the seconds do not.
 */
export async function libreofficeOursAndPlain(ours: string, outDir: string): Promise<{ oursSeconds: number; plainSeconds: number }> {
  const plain = ours.replace(/\.docx$/, '-plain.docx');
  execFileSync(PYTHON, [PLAIN_DOCX_SCRIPT, ours, plain], { stdio: ['ignore', 'ignore', 'inherit'] });
  const oursSeconds = await libreofficeToPdf(ours, outDir);
  const plainSeconds = await libreofficeToPdf(plain, outDir);
  return { oursSeconds, plainSeconds };
}
