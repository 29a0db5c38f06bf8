import type { TextEdit } from './text-edits';

/**
 * Applies an edit to a text area the way typing does. `insertText` goes into the browser's own
 * undo history, so Ctrl+Z takes back what a button inserted; where it is missing (tests), the
 * text is set directly and React hears an input event as it would from typing.
 */
export function applyEdit(area: HTMLTextAreaElement, edit: TextEdit): void {
  area.focus();
  area.setSelectionRange(edit.start, edit.end);
  const typed = typeof document.execCommand === 'function' && document.execCommand('insertText', false, edit.text);
  if (!typed || area.value.slice(edit.start, edit.start + edit.text.length) !== edit.text) {
    area.setRangeText(edit.text, edit.start, edit.end, 'end');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
  area.setSelectionRange(edit.start + edit.select[0], edit.start + edit.select[1]);
}
