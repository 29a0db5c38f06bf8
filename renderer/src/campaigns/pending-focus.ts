/**
 * Focus for an element that is about to appear: after "Undo" the campaign's card is shown again
 * only once the list has been read anew, so focus waits until the list has rendered it.
 */
let pendingId: string | null = null;

export function focusWhenShown(domId: string): void {
  pendingId = domId;
  focusPending();
}

/** Called after each render of the list. */
export function focusPending(): void {
  if (pendingId === null) return;
  const element = document.getElementById(pendingId);
  if (!element) return;
  pendingId = null;
  element.focus();
}
