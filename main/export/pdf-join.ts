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

  /** Appends every page of a PDF, in order. */
  async append(pdf: Uint8Array): Promise<void> {
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
    const objects = scratch.context.enumerateIndirectObjects().filter(([ref]) => !own.has(ref));
    this.push(serialise(objects, this.size, this.offsets));
    this.largestObjectNumber = scratch.context.largestObjectNumber;
  }

  /** The joined PDF. */
  finish(): Uint8Array {
    if (this.pages.length === 0) throw new Error('no pages to join');
    // Builds the last objects only (page tree, catalogue, trailer): nothing of the slices.
    const context = PDFContext.create();
    const pageTree = context.obj({ Type: 'Pages', Kids: this.pages, Count: this.pages.length });
    const catalog = context.obj({ Type: 'Catalog', Pages: PAGES });
    this.push(serialise([[PAGES, pageTree], [CATALOG, catalog]], this.size, this.offsets));

    const xref = PDFCrossRefSection.create();
    for (let n = 1; n <= this.largestObjectNumber; n++) {
      const offset = this.offsets[n];
      if (offset === undefined) xref.addDeletedEntry(PDFRef.of(n, 65535), 0);
      else xref.addEntry(PDFRef.of(n), offset);
    }
    const xrefOffset = this.size;
    const trailerDict = PDFTrailerDict.of(context.obj({ Size: this.largestObjectNumber + 1, Root: CATALOG }));
    const trailer = PDFTrailer.forLastCrossRefSectionOffset(xrefOffset);
    const end = new Uint8Array(xref.sizeInBytes() + 1 + trailerDict.sizeInBytes() + 2 + trailer.sizeInBytes());
    let at = xref.copyBytesInto(end, 0);
    end.set(latin1('\n'), at++);
    at += trailerDict.copyBytesInto(end, at);
    end.set(latin1('\n\n'), at);
    at += 2;
    trailer.copyBytesInto(end, at);
    this.push(end);
    return Buffer.concat(this.chunks, this.size);
  }
}
