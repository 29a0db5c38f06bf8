import { useEffect } from 'react';
import { api } from '../api';
import { largerZoom, smallerZoom } from './zoom';

/**
 * Ctrl + / Ctrl − / Ctrl 0 (⌘ on a Mac), the keys members know from their browser, and the same
 * commands from the View menu. The keys
 * are matched by character as well as by code so that "+" works on Swiss and German keyboards.
 */
export function useZoomShortcuts(zoom: number | undefined, setZoom: (zoom: number) => void): void {
  useEffect(() => {
    if (zoom === undefined) return;
    const onKey = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      let next: number | null = null;
      if (event.key === '+' || event.key === '=' || event.code === 'NumpadAdd') next = largerZoom(zoom);
      else if (event.key === '-' || event.code === 'NumpadSubtract') next = smallerZoom(zoom);
      else if (event.key === '0' || event.code === 'Numpad0') next = 1;
      if (next === null) return;
      event.preventDefault();
      if (next !== zoom) setZoom(next);
    };
    window.addEventListener('keydown', onKey);
    // In the desktop app the View menu owns these keys and sends its command instead.
    const unsubscribe = api.onMenuCommand((command) => {
      const next = command === 'text-larger' ? largerZoom(zoom) : command === 'text-smaller' ? smallerZoom(zoom) : 1;
      if (next !== zoom) setZoom(next);
    });
    return () => {
      window.removeEventListener('keydown', onKey);
      unsubscribe();
    };
  }, [zoom, setZoom]);
}
