/** Puts text on the clipboard; false when the system did not allow it. */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // Older ways still work where the clipboard API is refused: a selected, hidden text area.
    const area = document.createElement('textarea');
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    area.value = text;
    area.setAttribute('readonly', '');
    area.className = 'visually-hidden';
    document.body.append(area);
    area.select();
    const copied = typeof document.execCommand === 'function' && document.execCommand('copy');
    area.remove();
    back?.focus();
    return copied;
  }
}
