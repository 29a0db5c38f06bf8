/**
 * The DOCX package's zip file. fflate's streaming Zip lays out the archive; the DEFLATE itself is
 * Node's zlib: native code, several times faster than fflate's JavaScript compressor (which
 * docx's Packer uses, and where most of a 500-letter export's time went), run on libuv's thread
 * pool.
 *
 * The body is added as a stream of XML pieces, compressed a quarter-megabyte at a time as they
 * come, so a 5,000-letter batch never holds its whole WordprocessingML (tens of megabytes).
 *
 * fflate's streaming Zip writes every entry with a data descriptor (sizes after the data), which
 * Word, LibreOffice and python-docx read; the package stays far below zip's 4 GiB limits.
 */
import { once } from 'node:events';
import { promisify } from 'node:util';
import { crc32, createDeflateRaw, deflateRaw, deflateRawSync } from 'node:zlib';
import { Zip, type AsyncFlateStreamHandler, type ZipInputFile } from 'fflate';

/** A part already compressed: what a cached part (the embedded fonts) keeps between exports. */
export interface DeflatedPart {
  deflated: Uint8Array;
  /** Size and CRC-32 of the uncompressed bytes, as the zip's directory records them. */
  size: number;
  crc: number;
}

const DEFLATE = 8;
const LEVEL = 6;
/** Pieces of XML are joined up to this many characters before each write to the compressor. */
const WRITE_CHARS = 1 << 18;
/**
 * How much uncompressed XML may wait for the compressor before the writer waits for it. Larger
 * than the stream's own 16 KB mark: each wait is a round trip to the thread pool.
 */
const MAX_WAITING_BYTES = 1 << 23;
const deflateRawAsync = promisify(deflateRaw);

export async function deflatePart(bytes: Uint8Array): Promise<DeflatedPart> {
  return { deflated: await deflateRawAsync(bytes, { level: LEVEL }), size: bytes.byteLength, crc: crc32(bytes) };
}

/** An entry whose compressed bytes this module hands to fflate itself (fflate only frames them). */
class DeflatedEntry implements ZipInputFile {
  readonly compression = DEFLATE;
  // A fixed date: the same letters give the same bytes, whenever they are exported.
  readonly mtime = new Date(2000, 0, 1);
  size = 0;
  crc = 0;
  ondata?: AsyncFlateStreamHandler;

  constructor(readonly filename: string) {}

  push(chunk: Uint8Array, final: boolean): void {
    if (!this.ondata) throw new Error(`zip entry ${this.filename} was not added`);
    // fflate's types ask for an ArrayBuffer-backed array; zlib's Buffers are, at run time.
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

export class PackageZip {
  private readonly chunks: Uint8Array[] = [];
  private readonly zip: Zip;
  private failure: Error | null = null;
  private finished = false;

  constructor() {
    this.zip = new Zip((error, chunk, final) => {
      if (error) this.failure = error;
      else this.chunks.push(chunk);
      if (final) this.finished = true;
    });
  }

  addDeflated(path: string, part: DeflatedPart): void {
    const entry = new DeflatedEntry(path);
    entry.size = part.size;
    entry.crc = part.crc;
    this.zip.add(entry);
    entry.push(part.deflated, true);
  }

  /** A small part (styles, settings…): compressed at once, a thread-pool round trip costs more. */
  addSmall(path: string, bytes: Uint8Array): void {
    this.addDeflated(path, { deflated: deflateRawSync(bytes, { level: LEVEL }), size: bytes.byteLength, crc: crc32(bytes) });
  }

  /** A part written piece by piece (the body): compressed as it comes, never held whole. */
  async addStreamed(path: string, pieces: Iterable<string>): Promise<void> {
    const entry = new DeflatedEntry(path);
    this.zip.add(entry);
    const deflate = createDeflateRaw({ level: LEVEL });
    deflate.on('data', (chunk: Buffer) => entry.push(chunk, false));
    const ended = once(deflate, 'end');
    // Awaited below; until then a failure surfaces through the write that meets it.
    ended.catch(() => undefined);
    let size = 0;
    let crc = 0;
    const write = async (text: string) => {
      const bytes = Buffer.from(text, 'utf8');
      size += bytes.byteLength;
      crc = crc32(bytes, crc);
      deflate.write(bytes);
      if (deflate.writableLength > MAX_WAITING_BYTES) await once(deflate, 'drain');
    };
    try {
      let pending = '';
      for (const piece of pieces) {
        pending += piece;
        if (pending.length >= WRITE_CHARS) {
          await write(pending);
          pending = '';
        }
      }
      if (pending) await write(pending);
      deflate.end();
      await ended;
    } catch (error) {
      // A piece that failed to build, or zlib failing: free the compressor now, not at GC.
      deflate.destroy();
      throw error;
    }
    entry.size = size;
    entry.crc = crc;
    entry.push(new Uint8Array(0), true);
  }

  /** The whole zip file; every entry must have been added (and awaited) before. */
  finish(): Uint8Array {
    this.zip.end();
    if (this.failure) throw this.failure;
    if (!this.finished) throw new Error('the DOCX package was not complete');
    return Buffer.concat(this.chunks);
  }
}
