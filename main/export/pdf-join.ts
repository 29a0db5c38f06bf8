/**
 * Joins PDFs (the slices of a large batch) into one while holding little more than the output's
 * bytes. pdf-lib's own way — copy every slice's pages into one document, then save() — keeps
 * every object of every slice parsed until the end: ~400 MB of Node heap for 5,000 letters.
 *
 * Here each slice's pages are copied by pdf-lib's copier into a scratch document whose object
 * numbers continue after those already written, serialised at once, and dropped. Only each
 * object's byte offset (for the cross-reference table) and the pages' references stay; the page
 * tree and catalogue (objects 1 and 2) are written last, when every page is known.
 */
import {
  PDFContext,
  PDFCrossRefSection,
  PDFDict,
  PDFDocument,
  PDFHeader,
  PDFName,
  PDFRef,
  PDFTrailer,
  PDFTrailerDict,
  type PDFObject,
} from 'pdf-lib';

const PAGES = PDFRef.of(1);
const CATALOG = PDFRef.of(2);
const latin1 = (text: string) => Buffer.from(text, 'latin1');

/** `n 0 obj … endobj` for each object, in one buffer, as pdf-lib's writer lays them out. */
function serialise(objects: [PDFRef, PDFObject][], startOffset: number, offsets: number[]): Uint8Array {
  const heads = objects.map(([ref]) => latin1(`${ref.objectNumber} ${ref.generationNumber} obj\n`));
  const tail = latin1('\nendobj\n\n');
  const size = objects.reduce((sum, [, object], i) => sum + (heads[i] as Buffer).length + object.sizeInBytes() + tail.length, 0);
  const out = new Uint8Array(size);
  let at = 0;
  objects.forEach(([ref, object], i) => {
    offsets[ref.objectNumber] = startOffset + at;
    const head = heads[i] as Buffer;
    out.set(head, at);
    at += head.length;
    at += object.copyBytesInto(out, at);
    out.set(tail, at);
    at += tail.length;
  });
  return out;
}

export class PdfJoiner {
  private readonly chunks: Uint8Array[] = [];
  private size = 0;
  /** Byte offset of each object written, by object number. */
  private readonly offsets: number[] = [];
  private readonly pages: PDFRef[] = [];
  private largestObjectNumber = CATALOG.objectNumber;
  /** The first slice's document information (Chromium's producer and date), as one slice has it. */
  private info: PDFRef | null = null;
  private state: 'open' | 'appending' | 'finished' = 'open';

  constructor() {
    const header = PDFHeader.forVersion(1, 7);
    const bytes = new Uint8Array(header.sizeInBytes() + 2);
    const written = header.copyBytesInto(bytes, 0);
    bytes.set(latin1('\n\n'), written);
    this.push(bytes);
  }

  private push(bytes: Uint8Array): void {
    this.chunks.push(bytes);
    this.size += bytes.length;
  }

  get pageCount(): number {
    return this.pages.length;
  }

  /** Appends every page of a PDF, in order. One call at a time: each continues the numbering. */
  async append(pdf: Uint8Array): Promise<void> {
    if (this.state !== 'open') throw new Error(`cannot append to a PDF join that is ${this.state}`);
    this.state = 'appending';
    try {
      const part = await PDFDocument.load(pdf, { updateMetadata: false });
      const scratch = await PDFDocument.create({ updateMetadata: false });
      const own = new Set(scratch.context.enumerateIndirectObjects().map(([ref]) => ref));
      // The copier numbers what it copies from here on: unique across the whole joined file.
      scratch.context.largestObjectNumber = this.largestObjectNumber;
      const copied = await scratch.copyPages(part, part.getPageIndices());
      for (const page of copied) {
        page.node.set(PDFName.of('Parent'), PAGES);
        this.pages.push(page.ref);
      }
      const info = part.context.lookup(part.context.trailerInfo.Info);
      if (this.info === null && info instanceof PDFDict) this.info = scratch.context.register(info.clone(scratch.context));
      const objects = scratch.context.enumerateIndirectObjects().filter(([ref]) => !own.has(ref));
      this.push(serialise(objects, this.size, this.offsets));
      this.largestObjectNumber = scratch.context.largestObjectNumber;
    } finally {
      this.state = 'open';
    }
  }

  /** The joined PDF. */
  finish(): Uint8Array {
    if (this.state !== 'open') throw new Error(`cannot finish a PDF join that is ${this.state}`);
    if (this.pages.length === 0) throw new Error('no pages to join');
    this.state = 'finished';
    // Builds the last objects only (page tree, catalogue, trailer): nothing of the slices.
    const context = PDFContext.create();
    const pageTree = context.obj({ Type: 'Pages', Kids: this.pages, Count: this.pages.length });
    const catalog = context.obj({ Type: 'Catalog', Pages: PAGES });
    this.push(serialise([[PAGES, pageTree], [CATALOG, catalog]], this.size, this.offsets));

    // A number the copier allotted but nothing used (a dangling reference in a slice) is a free
    // entry; free entries form a list from entry 0, each naming the next (ISO 32000-1, 7.5.4).
    const free = [0];
    for (let n = 1; n <= this.largestObjectNumber; n++) if (this.offsets[n] === undefined) free.push(n);
    const xref = PDFCrossRefSection.createEmpty();
    let nextFree = 1;
    for (let n = 0; n <= this.largestObjectNumber; n++) {
      const offset = this.offsets[n];
      if (offset !== undefined) xref.addEntry(PDFRef.of(n), offset);
      else xref.addDeletedEntry(PDFRef.of(n, n === 0 ? 65535 : 1), free[nextFree++] ?? 0);
    }
    const xrefOffset = this.size;
    const trailer = { Size: this.largestObjectNumber + 1, Root: CATALOG, ...(this.info ? { Info: this.info } : {}) };
    const trailerDict = PDFTrailerDict.of(context.obj(trailer));
    const startXref = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    const end = new Uint8Array(xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + startXref.sizeInBytes());
    let at = xref.copyBytesInto(end, 0);
    end.set(latin1('\n'), at++);
    at += trailerDict.copyBytesInto(end, at);
    end.set(latin1('\n\n'), at);
    at += 2;
    startXref.copyBytesInto(end, at);
    this.push(end);
    return Buffer.concat(this.chunks, this.size);
  }
}
