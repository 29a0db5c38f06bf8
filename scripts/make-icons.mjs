#!/usr/bin/env node
/**
 * Renders the app's icons from their SVG sources (resources/icons/icon.svg and appeal-file.svg)
 * with headless Chromium and writes what electron-builder and the window need:
 *   icon.ico / icon.icns          the app (Windows / macOS)
 *   appeal-file.ico / .icns       the .appeal file association
 *   png/<N>x<N>.png               the app on Linux (electron-builder reads the folder), and
 *                                 png/512x512.png as the window icon
 *   appeal-file.png               the file type on Linux (512 px)
 * ICO and ICNS hold PNG-compressed images, which every supported Windows and macOS reads.
 *
 * Run it after changing an SVG: `node scripts/make-icons.mjs` (needs Chromium: Debian's
 * `chromium`, or CHROMIUM_PATH). The outputs are committed, so packaging does not need Chromium.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const iconsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'resources', 'icons');
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
// ICNS chunk types holding PNG data, by pixel size (the @2x types reuse the doubled bitmap).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['icp6', 64],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  const found = candidates.find((candidate) => candidate && existsSync(candidate));
  if (!found) {
    process.stderr.write('Chromium was not found: install the Debian package "chromium" or set CHROMIUM_PATH.\n');
    process.exit(1);
  }
  return found;
}

async function renderSizes(browser, svg, sizes) {
  const page = await browser.newPage();
  const dataUrl = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const pngs = new Map();
  try {
    for (const size of [...new Set(sizes)]) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<html><body style="margin:0;background:transparent"><img src="${dataUrl}" width="${size}" height="${size}" style="display:block"></body></html>`,
      );
      await page.locator('img').evaluate((img) => img.decode());
      pngs.set(size, await page.screenshot({ omitBackground: true, type: 'png' }));
    }
  } finally {
    await page.close();
  }
  return pngs;
}

/** ICONDIR + one ICONDIRENTRY per image, then the PNGs. */
function ico(pngs) {
  const entries = ICO_SIZES.map((size) => ({ size, data: pngs.get(size) }));
  const header = Buffer.alloc(6 + 16 * entries.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(entries.length, 4);
  let offset = header.length;
  entries.forEach(({ size, data }, index) => {
    const at = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2);
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...entries.map(({ data }) => data)]);
}

/** 'icns' + total length, then typed chunks (type, length including its 8-byte header, PNG). */
function icns(pngs) {
  const chunks = ICNS_TYPES.map(([type, size]) => {
    const data = pngs.get(size);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(data.length + 8, 4);
    return Buffer.concat([head, data]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const browser = await chromium.launch({
  executablePath: chromiumPath(),
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
try {
  const allSizes = [...ICO_SIZES, ...LINUX_SIZES, ...ICNS_TYPES.map(([, size]) => size)];
  const app = await renderSizes(browser, await readFile(path.join(iconsDir, 'icon.svg'), 'utf8'), allSizes);
  const file = await renderSizes(browser, await readFile(path.join(iconsDir, 'appeal-file.svg'), 'utf8'), allSizes);

  await mkdir(path.join(iconsDir, 'png'), { recursive: true });
  for (const size of LINUX_SIZES) await writeFile(path.join(iconsDir, 'png', `${size}x${size}.png`), app.get(size));
  await writeFile(path.join(iconsDir, 'icon.ico'), ico(app));
  await writeFile(path.join(iconsDir, 'icon.icns'), icns(app));
  await writeFile(path.join(iconsDir, 'appeal-file.ico'), ico(file));
  await writeFile(path.join(iconsDir, 'appeal-file.icns'), icns(file));
  await writeFile(path.join(iconsDir, 'appeal-file.png'), file.get(512));
  process.stdout.write(`Icons written to ${iconsDir}\n`);
} finally {
  await browser.close();
}
