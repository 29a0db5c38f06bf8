import type { MenuCommand } from '../../../shared/api/contract';

/**
 * The zoom command a key press asks for: Ctrl + / Ctrl − / Ctrl 0 (⌘ on a Mac), the keys members
 * know from their browser. Matched by character as well as by code so that "+" works on Swiss and
 * German keyboards. The app's text size and the letter preview both read keys through this.
 */
export function zoomCommandOf(event: KeyboardEvent): MenuCommand | null {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd') return 'text-larger';
  if (event.key === '-' || event.code === 'NumpadSubtract') return 'text-smaller';
  if (event.key === '0' || event.code === 'Numpad0') return 'text-normal';
  return null;
}

/**
 * In the desktop app the View menu owns the keys and sends its command instead of the key; a
 * part of the screen with a zoom of its own (the letter preview) takes it when the focus is
 * inside it, as the event below, sent to the focused element and bubbling up to that part.
 */
export const ZOOM_COMMAND_EVENT = 'appeal-zoom-command';

export function zoomCommandFromEvent(event: Event): MenuCommand | null {
  return event instanceof CustomEvent && typeof event.detail === 'string' ? (event.detail as MenuCommand) : null;
}
