/**
 * A text file's bytes as text — a letter (.txt) or a member list (.csv): UTF-8 (with or without
 * BOM), UTF-16 (with BOM, or without one when every other byte is zero, as Notepad's "Unicode"
 * and Excel's "Unicode text" save), else Windows-1252 (older Excel's and Windows editors' "ANSI").
 *
 * Windows-1252 is not left to Node's TextDecoder alone: since Node 20.18.3 / 22.13 it maps
 * 0x80–0x9F to C1 control characters ("Dubœuf" → "Dub\u009Cuf", "’" → "\u0092"), and letters
 * and lists are full of ’ “ ” – œ €. The table below is the WHATWG Windows-1252 index for that range.
 */
const CP1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function decodeWindows1252(bytes: Uint8Array): string {
  // Node's decoder gets 0x00–0x7F and 0xA0–0xFF right and turns 0x80–0x9F into U+0080–U+009F:
  // those are mapped here. Should a later Node decode them properly, this changes nothing.
  return new TextDecoder('windows-1252')
    .decode(bytes)
    .replace(/[\u0080-\u009F]/g, (c1) => CP1252_80_9F[c1.charCodeAt(0) - 0x80] as string);
}

export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return new TextDecoder(utf16).decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

/**
 * UTF-16 without a BOM: Latin text then has a zero in every other byte. Checked on the first
 * 4 KB; a few zeros elsewhere (a binary file) do not count.
 */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2));
  if (sample.length < 4) return null;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) zeroEven++;
    else zeroOdd++;
  }
  const pairs = sample.length / 2;
  if (zeroOdd > pairs * 0.6 && zeroEven < pairs * 0.05) return 'utf-16le';
  if (zeroEven > pairs * 0.6 && zeroOdd < pairs * 0.05) return 'utf-16be';
  return null;
}
