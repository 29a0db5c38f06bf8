import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AlignmentType, Document, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import { zipSync } from 'fflate';
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { build } from 'electron-vite';
import { launchChromium } from '../../main/export/chromium-launch';
import { decodeWindows1252 } from '../../main/text/decode-text';
import { letterFileFailureText } from '../../main/letter-import/failure-text';
import { LETTER_FILE_FAILURES } from '../../main/letter-import/letter-file-result';
import { readLetterBytes, readLetterFile, readLetterText } from '../../main/letter-import/read-letter-file';
import { readPdf } from '../../main/letter-import/read-pdf';
import { requireTool } from '../support/tools';

const work = mkdtempSync(path.join(tmpdir(), 'letter-file-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(work, name);
  writeFileSync(target, bytes);
  return target;
}

async function textOf(bytes: Uint8Array, name: string): Promise<string> {
  const result = await readLetterBytes(bytes, name);
  if (!result.ok) throw new Error(`not read: ${result.reason}`);
  return result.text;
}

const WORDS = 'I am writing to you regarding the situation of the Armenian population in the region of Nagorno-Karabakh, where grave crimes were reported.';

describe('DOCX letters', () => {
  it('keeps paragraphs, address lines, and lists as "• " and "1. " items', async () => {
    const doc = new Document({
      numbering: {
        config: [
          { reference: 'numbered', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START }] },
          { reference: 'bullets', levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.START }] },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun('Mr. Ilham Aliyev'), new TextRun({ text: 'Presidential Palace', break: 1 }), new TextRun({ text: '1066 Baku', break: 1 })] }),
            new Paragraph('Dear Mr. President,'),
            new Paragraph(WORDS),
            new Paragraph({ text: 'make sure the provisions apply;', numbering: { reference: 'bullets', level: 0 } }),
            new Paragraph({ text: 'ensure freedom of religion;', numbering: { reference: 'bullets', level: 0 } }),
            new Paragraph({ text: 'to investigate;', numbering: { reference: 'numbered', level: 0 } }),
            new Paragraph({ text: 'to prosecute.', numbering: { reference: 'numbered', level: 0 } }),
            new Paragraph('I also ask you:'),
            new Paragraph({ text: 'to report.', numbering: { reference: 'numbered', level: 0 } }),
            new Paragraph('Yours respectfully,'),
          ],
        },
      ],
    });
    const text = await textOf(await Packer.toBuffer(doc), 'letter.docx');
    expect(text).toBe(
      [
        'Mr. Ilham Aliyev\nPresidential Palace\n1066 Baku',
        'Dear Mr. President,',
        WORDS,
        // Another list right after the bullets counts from 1; so does one after a paragraph.
        '• make sure the provisions apply;\n• ensure freedom of religion;\n1. to investigate;\n2. to prosecute.',
        'I also ask you:',
        '1. to report.',
        'Yours respectfully,',
      ].join('\n\n'),
    );
  });

  it('refuses a zip bomb before inflating it: huge sizes in the central directory', async () => {
    const honest = zipSync({ 'word/document.xml': new Uint8Array(60 * 1024 * 1024) }, { level: 9 });
    const started = performance.now();
    expect(await readLetterBytes(honest, 'bomb.docx')).toEqual({ ok: false, reason: 'tooLarge' });
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('refuses a zip whose entry unpacks to more than its central directory claims', async () => {
    const zip = zipSync({ 'word/document.xml': new Uint8Array(8 * 1024 * 1024) }, { level: 9 });
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const central = view.getUint32(zip.length - 22 + 16, true);
    view.setUint32(central + 24, 1000, true);
    expect(await readLetterBytes(zip, 'liar.docx')).toEqual({ ok: false, reason: 'tooLarge' });
  });

  it('says a Word file saved with a password is locked; random bytes or a zip of something else are unreadable', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(600), Buffer.from('EncryptedPackage', 'utf16le')]);
    expect(await readLetterBytes(ole, 'locked.docx')).toEqual({ ok: false, reason: 'passwordProtected' });
    expect(await readLetterBytes(randomBytes(5000), 'noise.docx')).toEqual({ ok: false, reason: 'unreadable' });
    expect(await readLetterBytes(zipSync({ 'photo.jpg': randomBytes(100) }), 'other.docx')).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('says a document without text is empty', async () => {
    const doc = new Document({ sections: [{ children: [new Paragraph(''), new Paragraph('   ')] }] });
    expect(await readLetterBytes(await Packer.toBuffer(doc), 'blank.docx')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('text letters', () => {
  it('reads Windows-1252 with ’ œ € (which Node’s own decoder turns into control characters)', async () => {
    const bytes = Buffer.from([...Buffer.from('L'), 0x92, 0x9c, ...Buffer.from('uvre de Dub'), 0x9c, ...Buffer.from('uf co'), 0xfb, ...Buffer.from('te 5 '), 0x80]);
    expect(await textOf(bytes, 'lettre.txt')).toBe('L’œuvre de Dubœuf coûte 5 €');
  });

  it('decodes every Windows-1252 byte from 0x80 to 0xFF', () => {
    const high = Uint8Array.from({ length: 128 }, (_, i) => 0x80 + i);
    const expected = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ' + String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i));
    expect(decodeWindows1252(high)).toBe(expected);
  });

  it('reads UTF-16 (with a BOM, either byte order, or little-endian without one) and UTF-8 with a BOM', async () => {
    const words = 'Sehr geehrter Herr Präsident,\r\nMit vorzüglicher Hochachtung';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(words, 'utf16le')]);
    const be = Buffer.from(le).swap16();
    const expected = 'Sehr geehrter Herr Präsident,\nMit vorzüglicher Hochachtung';
    expect(await textOf(le, 'a.txt')).toBe(expected);
    expect(await textOf(be, 'b.txt')).toBe(expected);
    expect(await textOf(Buffer.from(words, 'utf16le'), 'c.txt')).toBe(expected);
    expect(await textOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(words)]), 'd.TXT')).toBe(expected);
  });

  it('puts pasted e-mail text through the same normalisation', () => {
    const pasted = '\uFEFF  Monsieur le Président,\r\n\r\n\r\n\r\nJe vous écris\t au sujet\u00AD de…\r\n- premier point\r\n* second point\r\n\u00B7 troisième\r\n\r\n';
    expect(readLetterText(pasted)).toEqual({
      ok: true,
      kind: 'txt',
      text: 'Monsieur le Président,\n\nJe vous écris au sujet de…\n• premier point\n• second point\n• troisième',
    });
    expect(readLetterText(' \r\n\t ')).toEqual({ ok: false, reason: 'empty' });
  });

  it('refuses a binary file named .txt', async () => {
    expect(await readLetterBytes(Buffer.concat([Buffer.from('abc'), Buffer.alloc(50), randomBytes(200)]), 'x.txt')).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('PDF letters', () => {
  it('joins the lines of a wrapped paragraph, keeps an address block, lists and a paragraph across pages', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    let page = pdf.addPage([595, 842]);
    let y = 780;
    const line = (text: string, x = 70) => {
      page.drawText(text, { x, y, size: 11, font });
      y -= 14;
    };
    for (const address of ['Mr. Ilham Aliyev', 'President of the Republic of Azerbaijan', 'Istiqlaliyyat Street 19', '1066 Baku']) line(address);
    y -= 20;
    line('Dear Mr. President,');
    y -= 8;
    for (const wrapped of wrap(`${WORDS} ${WORDS} ${WORDS}`, font, 455)) line(wrapped);
    y -= 8;
    line('•  make sure the provisions apply;');
    line('•  ensure freedom of religion;');
    y -= 8;
    const long = wrap(`${WORDS} ${WORDS}`, font, 455);
    y = 80;
    line(long[0] as string);
    page = pdf.addPage([595, 842]);
    y = 780;
    for (const rest of long.slice(1)) line(rest);
    const text = await textOf(await pdf.save(), 'letter.pdf');
    expect(text).toBe(
      [
        'Mr. Ilham Aliyev\nPresident of the Republic of Azerbaijan\nIstiqlaliyyat Street 19\n1066 Baku',
        'Dear Mr. President,',
        `${WORDS} ${WORDS} ${WORDS}`,
        '• make sure the provisions apply;\n• ensure freedom of religion;',
        `${WORDS} ${WORDS}`,
      ].join('\n\n'),
    );
  });

  it.runIf(requireTool('chromium', 'chromium'))('reads a PDF printed by Chromium, the app’s own engine', async () => {
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      await page.setContent(
        `<body style="font: 11pt serif; width: 15cm">
          <p style="margin: 0; float: right">Bern, 1 May 2024</p>
          <p>Mrs Hanum Ibrahimova<br>Embassy of the Republic of Azerbaijan<br>Kramburgstrasse 10<br>3006 Bern</p>
          <p>Dear Madam Ambassador,</p><p>${WORDS} ${WORDS}</p>
          <ul style="list-style-type: '•  '"><li>first request;</li><li>second request.</li></ul>
          <ol><li>third request.</li></ol><p>Yours respectfully,</p></body>`,
      );
      const text = await textOf(await page.pdf({ format: 'A4' }), 'chromium.pdf');
      expect(text).toContain('Mrs Hanum Ibrahimova\nEmbassy of the Republic of Azerbaijan\nKramburgstrasse 10\n3006 Bern');
      // A list's default disc is drawn as a shape, not text: only a marker given as text is in the PDF's text.
      expect(text).toContain(`Dear Madam Ambassador,\n\n${WORDS} ${WORDS}\n\n• first request;\n• second request.\n1. third request.\n\nYours respectfully,`);
    } finally {
      await browser.close();
    }
  });

  it('says a PDF of scanned pages has only pictures', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawRectangle({ x: 50, y: 50, width: 400, height: 600, color: rgb(0.9, 0.9, 0.9) });
    pdf.addPage();
    expect(await readLetterBytes(await pdf.save(), 'scan.pdf')).toEqual({ ok: false, reason: 'imageOnly' });
  });

  it('says a PDF locked with a password is locked (a real RC4 encryption, checked with poppler)', async () => {
    const locked = encryptedPdf('Dear Mr. President, this letter is locked.', 'secret');
    if (requireTool('pdftotext', 'poppler-utils', ['-v'])) {
      const target = file('locked.pdf', locked);
      expect(spawnSync('pdftotext', [target, '-']).status).not.toBe(0);
      expect(spawnSync('pdftotext', ['-upw', 'secret', target, '-'], { encoding: 'utf8' }).stdout).toContain('this letter is locked');
    }
    expect(await readLetterBytes(locked, 'locked.pdf')).toEqual({ ok: false, reason: 'passwordProtected' });
  });

  it('stops after 50 pages', async () => {
    const pdf = await PDFDocument.create();
    const font = await pdf.embedFont(StandardFonts.Helvetica);
    for (let n = 1; n <= 60; n++) pdf.addPage().drawText(`This is page number ${n} of a long report.`, { x: 70, y: 700, size: 11, font });
    const text = await textOf(await pdf.save(), 'report.pdf');
    expect(text).toContain('page number 50 of');
    expect(text).not.toContain('page number 51 of');
  });

  it('gives up on a PDF that takes too long, and says random bytes are unreadable', async () => {
    const pdf = await PDFDocument.create();
    pdf.addPage().drawText('Dear Mr. President,', { x: 70, y: 700 });
    await expect(readPdf(await pdf.save(), 0)).rejects.toMatchObject({ reason: 'unreadable' });
    expect(await readLetterBytes(randomBytes(5000), 'noise.pdf')).toEqual({ ok: false, reason: 'unreadable' });
  });
});

describe('files the reader refuses', () => {
  it('refuses a file over 20 MB from its size, without reading it', async () => {
    const target = file('huge.pdf', '');
    truncateSync(target, 21 * 1024 * 1024);
    const probe = await open(target, 'r');
    const readFile = vi.spyOn(Object.getPrototypeOf(probe) as { readFile: () => Promise<Buffer> }, 'readFile');
    await probe.close();
    try {
      expect(await readLetterFile(target)).toEqual({ ok: false, reason: 'tooLarge' });
      expect(readFile).not.toHaveBeenCalled();
    } finally {
      readFile.mockRestore();
    }
  });

  it('says an empty file is empty, a picture is not a letter file, and a missing file cannot be read', async () => {
    expect(await readLetterFile(file('empty.docx', ''))).toEqual({ ok: false, reason: 'empty' });
    expect(await readLetterFile(file('empty.txt', '\r\n  \r\n'))).toEqual({ ok: false, reason: 'empty' });
    expect(await readLetterFile(file('photo.png', randomBytes(100)))).toEqual({ ok: false, reason: 'unsupportedType' });
    expect(await readLetterFile(path.join(work, 'gone.txt'))).toEqual({ ok: false, reason: 'unreadable' });
  });

  it('words every failure in the member’s language, English for any other', () => {
    for (const reason of LETTER_FILE_FAILURES) {
      const sentences = ['en', 'fr', 'de', 'it'].map((lang) => letterFileFailureText(reason, lang));
      expect(new Set(sentences).size).toBe(4);
      for (const sentence of sentences) expect(sentence).toMatch(/^\S.{30,}[.!]$/);
      expect(letterFileFailureText(reason, 'es')).toBe(sentences[0]);
    }
    expect(letterFileFailureText('imageOnly', 'fr-CH')).toMatch(/^Ce PDF/);
  });
});

describe('pdf.js inside the main bundle', () => {
  it('reads a PDF through a bundle made like the app’s (electron-vite, dependencies bundled, no node_modules beside it)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'letter-bundle-'));
    try {
      const reader = path.resolve(import.meta.dirname, '../../main/letter-import/read-letter-file.ts');
      writeFileSync(path.join(dir, 'package.json'), '{ "type": "module" }');
      const entry = `import { readLetterFile } from ${JSON.stringify(reader)};
        const results = [];
        for (const file of process.argv.slice(2)) results.push(await readLetterFile(file));
        process.stdout.write(JSON.stringify(results));`;
      writeFileSync(path.join(dir, 'entry.ts'), entry);
      const config = { main: { build: { externalizeDeps: false, outDir: path.join(dir, 'out'), rollupOptions: { input: { index: path.join(dir, 'entry.ts') } } } } };
      writeFileSync(path.join(dir, 'electron.vite.config.mjs'), `export default ${JSON.stringify(config)};\n`);
      await build({ configFile: path.join(dir, 'electron.vite.config.mjs'), root: dir, logLevel: 'error' });

      const pdf = await PDFDocument.create();
      pdf.addPage().drawText('Dear Mr. President, the bundle reads this.', { x: 70, y: 700, size: 11 });
      const docx = await Packer.toBuffer(new Document({ sections: [{ children: [new Paragraph('Dear Mr. President,'), new Paragraph('So does Word.')] }] }));
      const letters = [file('bundled.pdf', await pdf.save()), file('bundled.docx', docx)];
      const run = spawnSync(process.execPath, [path.join(dir, 'out', 'index.js'), ...letters], { cwd: dir, encoding: 'utf8', timeout: 60_000 });
      expect(run.stderr).toBe('');
      expect(JSON.parse(run.stdout)).toEqual([
        { ok: true, kind: 'pdf', text: 'Dear Mr. President, the bundle reads this.' },
        { ok: true, kind: 'docx', text: 'Dear Mr. President,\n\nSo does Word.' },
      ]);
      // pdf.js and its worker are chunks of their own, loaded only when a PDF is read.
      expect(readdirSync(path.join(dir, 'out', 'chunks')).join(' ')).toMatch(/pdf\.min-.*pdf\.worker\.min-/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});

function randomBytes(length: number): Uint8Array {
  return Uint8Array.from({ length }, (_, i) => (i * 7919 + 13) % 251);
}

function wrap(text: string, font: { widthOfTextAtSize(text: string, size: number): number }, width: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(' ')) {
    const last = lines.at(-1);
    if (last !== undefined && font.widthOfTextAtSize(`${last} ${word}`, 11) <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

/**
 * A one-page PDF encrypted as Acrobat did with a user password (standard security handler,
 * revision 2: RC4 with a 40-bit key, PDF 1.7 § 7.6.3). Made by hand: pdf-lib cannot encrypt.
 */
function encryptedPdf(sentence: string, password: string): Uint8Array {
  const PAD = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
  const padded = (pw: string) => Buffer.concat([Buffer.from(pw, 'latin1'), PAD]).subarray(0, 32);
  const md5 = (...parts: Uint8Array[]) => createHash('md5').update(Buffer.concat(parts)).digest();
  const id = Buffer.from('0123456789abcdef0123456789abcdef', 'hex');
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(-44);
  const owner = rc4(md5(padded('owner-' + password)).subarray(0, 5), padded(password));
  const key = md5(padded(password), owner, permissions, id).subarray(0, 5);
  const user = rc4(key, PAD);
  const objectKey = md5(key, Buffer.from([4, 0, 0, 0, 0])).subarray(0, 10);
  const content = rc4(objectKey, Buffer.from(`BT /F1 12 Tf 70 700 Td (${sentence}) Tj ET`, 'latin1'));
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P -44 >>`,
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let length = parts[0]!.length;
  objects.forEach((body, i) => {
    const part = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), Buffer.from(body), Buffer.from('\nendobj\n')]);
    offsets.push(length);
    parts.push(part);
    length += part.length;
  });
  const xref = ['xref', `0 ${objects.length + 1}`, '0000000000 65535 f ', ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `)].join('\n');
  const hexId = id.toString('hex');
  const trailer = `\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Encrypt 6 0 R /ID [<${hexId}> <${hexId}>] >>\nstartxref\n${length}\n%%EOF\n`;
  return Buffer.concat([...parts, Buffer.from(xref), Buffer.from(trailer)]);
}

function rc4(key: Uint8Array, data: Uint8Array): Buffer {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 255;
    j = (j + s[i]!) & 255;
    [s[i], s[j]] = [s[j]!, s[i]!];
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 255]!;
  }
  return out;
}
