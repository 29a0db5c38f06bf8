import { inflateEntry, ZipLimitError, type ZipEntry } from '../text/zip-limits';
import { localName, XmlScanner, type XmlHandlers } from './xml-scan';

/**
 * The parts of an .xlsx a member list needs, each read as a stream of XML events straight from
 * the inflating zip entry: no part is ever held whole, and a sheet can be left half read.
 */

/** Streams one entry through the scanner. A handler may throw to stop reading there. */
export function streamXml(bytes: Uint8Array, entry: ZipEntry, handlers: XmlHandlers): void {
  const scanner = new XmlScanner(handlers);
  const decoder = new TextDecoder('utf-8');
  inflateEntry(bytes, entry, (chunk) => {
    scanner.write(decoder.decode(chunk, { stream: true }));
  });
  scanner.write(decoder.decode());
  scanner.close();
}

/** A workbook's shared strings could be millions of tiny ones: more than any list holds is refused. */
const MAX_SHARED_STRINGS = 1_000_000;
const MAX_SHARED_CHARACTERS = 32 * 1024 * 1024;

/** The shared string table: each `<si>`'s text, rich-text runs joined, phonetic guides left out. */
export function readSharedStrings(bytes: Uint8Array, entry: ZipEntry | undefined): string[] {
  const strings: string[] = [];
  if (!entry) return strings;
  let current: string | null = null;
  let inText = false;
  let phonetic = 0;
  let characters = 0;
  streamXml(bytes, entry, {
    open(name) {
      if (name === 'si') current = '';
      else if (name === 'rPh') phonetic++;
      else if (name === 't' && phonetic === 0) inText = true;
    },
    text(text) {
      if (!inText || current === null) return;
      characters += text.length;
      if (characters > MAX_SHARED_CHARACTERS) throw new ZipLimitError('tooLarge');
      current += text;
    },
    close(name) {
      if (name === 't') inText = false;
      else if (name === 'rPh') phonetic--;
      else if (name === 'si' && current !== null) {
        if (strings.push(current) > MAX_SHARED_STRINGS) throw new ZipLimitError('tooLarge');
        current = null;
      }
    },
  });
  return strings;
}

/** Excel's built-in number formats that matter here: 1 is "0" (a whole number). */
const BUILT_IN_FORMATS: Record<string, string> = { '1': '0' };

/** Each cell style's number format code, by the style index a cell's `s` attribute gives. */
export function readNumberFormats(bytes: Uint8Array, entry: ZipEntry | undefined): string[] {
  const formats: string[] = [];
  if (!entry) return formats;
  const custom = new Map<string, string>();
  const formatIds: string[] = [];
  let inCellXfs = false;
  streamXml(bytes, entry, {
    open(name, attributes) {
      if (name === 'numFmt' && attributes.numFmtId !== undefined) custom.set(attributes.numFmtId, attributes.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      // Only the cell formats count; the `xf`s of cellStyleXfs are named styles, not indexed by `s`.
      else if (name === 'xf' && inCellXfs) formatIds.push(attributes.numFmtId ?? '0');
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  for (const id of formatIds) formats.push(custom.get(id) ?? BUILT_IN_FORMATS[id] ?? '');
  return formats;
}

/** The zip path of the first worksheet, as Excel orders the tabs (workbook.xml and its relationships). */
export function firstSheetPath(bytes: Uint8Array, workbook: ZipEntry | undefined, rels: ZipEntry | undefined): string | undefined {
  if (!workbook || !rels) return undefined;
  let sheetId: string | undefined;
  streamXml(bytes, workbook, {
    open(name, attributes) {
      if (name !== 'sheet' || sheetId !== undefined) return;
      sheetId = Object.entries(attributes).find(([key]) => key.includes(':') && localName(key) === 'id')?.[1];
    },
  });
  let target: string | undefined;
  streamXml(bytes, rels, {
    open(name, attributes) {
      if (name === 'Relationship' && attributes.Id === sheetId) target = attributes.Target;
    },
  });
  if (!target) return undefined;
  // Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute ("/xl/worksheets/sheet1.xml").
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}
