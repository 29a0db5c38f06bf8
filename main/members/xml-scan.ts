import { SaxesParser } from 'saxes';

/**
 * The parts of an .xlsx as a stream of XML events, fed in pieces as they inflate, through saxes
 * (the streaming parser exceljs itself uses): tags with their attributes, text, and the end of
 * tags. saxes expands only XML's own entities and character references; a DOCTYPE is refused
 * here outright (Office never writes one; it is how "billion laughs" files start).
 */
export interface XmlHandlers {
  open?(name: string, attributes: Record<string, string>): void;
  text?(text: string): void;
  close?(name: string): void;
}

/** The local name of a tag or attribute: some writers prefix SpreadsheetML tags (`x:row`). */
export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

export class XmlScanner {
  private readonly parser = new SaxesParser();

  constructor(handlers: XmlHandlers) {
    const { parser } = this;
    parser.on('doctype', () => {
      throw new Error('A DOCTYPE has no place in a spreadsheet.');
    });
    parser.on('opentag', (tag) => handlers.open?.(localName(tag.name), tag.attributes as Record<string, string>));
    parser.on('closetag', (tag) => handlers.close?.(localName(tag.name)));
    parser.on('text', (text) => handlers.text?.(text));
    parser.on('cdata', (text) => handlers.text?.(text));
    // saxes reports malformed XML through its error event; unhandled, it would be ignored.
    parser.on('error', (error) => {
      throw error;
    });
  }

  write(piece: string): void {
    this.parser.write(piece);
  }

  close(): void {
    this.parser.close();
  }
}
