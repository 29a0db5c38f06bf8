import type { EnvelopeDocument } from '../../../shared/envelope/model';
import { envelopeLayout } from '../../../shared/envelope/sizes';
import { addressElement, fitText, placeBox } from './fit-text';

/**
 * Lays envelopes out, one page each at the envelope's own size (a named CSS page per size in
 * envelope.css): the return address top left, the recipient lower right, both from
 * shared/envelope/sizes.ts. The stamp and the coding strip stay blank.
 */

const RECIPIENT_FIT = { startPt: 12, minPt: 8 };
const RETURN_FIT = { startPt: 9, minPt: 7 };

function fieldWith(owner: Document, className: string, lines: string[]) {
  const field = owner.createElement('div');
  field.className = `envelope-field ${className}`;
  const text = addressElement(owner, `${className}__text`, lines);
  field.append(text);
  return { field, text };
}

function mountOne(container: HTMLElement, doc: EnvelopeDocument): void {
  const owner = container.ownerDocument;
  const layout = envelopeLayout(doc.size);
  const envelope = owner.createElement('section');
  envelope.className = 'envelope';
  envelope.lang = doc.lang;
  envelope.dataset.size = doc.size;
  envelope.style.width = `${layout.size.width}mm`;
  envelope.style.height = `${layout.size.height}mm`;

  const back = fieldWith(owner, 'envelope-return', doc.returnAddress);
  placeBox(back.field, layout.returnAddress);
  const to = fieldWith(owner, 'envelope-recipient', doc.recipient);
  placeBox(to.field, layout.recipient);
  envelope.append(back.field, to.field);
  container.append(envelope);

  // Measured in place: only a laid-out element has a width.
  fitText(back.field, back.text, RETURN_FIT);
  fitText(to.field, to.text, RECIPIENT_FIT);
}

/** Replaces the container's content with the envelopes; returns the number of pages. */
export function mountEnvelopes(container: HTMLElement, docs: EnvelopeDocument[]): number {
  container.replaceChildren();
  for (const doc of docs) mountOne(container, doc);
  return docs.length;
}
