import { useEffect } from 'react';
import type { MenuCommand } from '../../../shared/api/contract';
import { api } from '../api';
import { largerZoom, smallerZoom } from './zoom';
import { ZOOM_COMMAND_EVENT, zoomCommandOf } from './zoom-keys';

function nextZoom(zoom: number, command: MenuCommand): number {
  if (command === 'text-larger') return largerZoom(zoom);
  if (command === 'text-smaller') return smallerZoom(zoom);
  return 1;
}

/**
 * The app's text size from Ctrl + / Ctrl − / Ctrl 0 and the same commands from the View menu.
 * A part of the screen with a zoom of its own (the letter preview) handles the keys first and
 * marks them handled (defaultPrevented), so the text size stays as it is while the focus is there.
 */
export function useZoomShortcuts(zoom: number | undefined, setZoom: (zoom: number) => void): void {
  useEffect(() => {
    if (zoom === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      const command = zoomCommandOf(event);
      if (command === null || event.defaultPrevented) return;
      event.preventDefault();
      const next = nextZoom(zoom, command);
      if (next !== zoom) setZoom(next);
    };
    window.addEventListener('keydown', onKey);
    const unsubscribe = api.onMenuCommand((command) => {
      const focused = document.activeElement;
      if (focused && focused !== document.body) {
        const event = new CustomEvent(ZOOM_COMMAND_EVENT, { detail: command, bubbles: true, cancelable: true });
        // Not cancelled: nothing around the focus zooms on its own, so the text size changes.
        if (!focused.dispatchEvent(event)) return;
      }
      const next = nextZoom(zoom, command);
      if (next !== zoom) setZoom(next);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [zoom, setZoom]);
}
