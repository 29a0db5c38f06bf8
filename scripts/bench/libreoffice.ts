import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * LibreOffice converting a DOCX to PDF, the way a coordinator without the app would: a fresh
 * user profile each time (as on a first run; nothing cached between runs), timed from spawn to exit.
 */
export function libreofficeToPdf(docx: string, outDir: string): Promise<number> {
  const profile = mkdtempSync(path.join(tmpdir(), 'bench-lo-profile-'));
  const started = performance.now();
  return new Promise<number>((resolve, reject) => {
    const child = spawn(
      'soffice',
      ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=file://${profile}`, '--convert-to', 'pdf', '--outdir', outDir, docx],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000;
      rmSync(profile, { recursive: true, force: true });
      if (code === 0) resolve(seconds);
      else reject(new Error(`soffice exited ${code}: ${stderr.trim()}`));
    });
  });
}
