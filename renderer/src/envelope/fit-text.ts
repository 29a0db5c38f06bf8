/**
 * Shrinks a block of address lines until it fits its box, one half point at a time, never below
 * `minPt`. An address is never cut: if even the smallest size is too wide, the lines may wrap.
 * Called after the letter font has loaded — measuring a fallback font would fit the wrong text.
 */
export interface FitRange {
  startPt: number;
  minPt: number;
}

function overflows(box: HTMLElement, text: HTMLElement): boolean {
  return text.scrollWidth > box.clientWidth + 0.5 || text.offsetHeight > box.clientHeight + 0.5;
}

export function fitText(box: HTMLElement, text: HTMLElement, { startPt, minPt }: FitRange): number {
  let size = startPt;
  text.style.fontSize = `${size}pt`;
  while (overflows(box, text) && size > minPt) {
    size = Math.max(minPt, size - 0.5);
    text.style.fontSize = `${size}pt`;
  }
  if (overflows(box, text)) text.classList.add('fit-wrap');
  return size;
}

/** Address lines as block spans, set as text: nothing a member typed is ever read as markup. */
export function addressElement(owner: Document, className: string, lines: string[]): HTMLElement {
  const address = owner.createElement('address');
  address.className = `fit-text ${className}`;
  for (const line of lines) {
    const span = owner.createElement('span');
    span.className = 'line';
    span.textContent = line;
    address.append(span);
  }
  return address;
}

/** Places an element on its page with CSSOM (the CSP forbids style attributes, not this). */
export function placeBox(element: HTMLElement, box: { left: number; top: number; width: number; height: number }): void {
  element.style.left = `${box.left}mm`;
  element.style.top = `${box.top}mm`;
  element.style.width = `${box.width}mm`;
  element.style.height = `${box.height}mm`;
}
