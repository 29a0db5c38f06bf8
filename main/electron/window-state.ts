import type { BrowserWindow, Rectangle } from 'electron';
import Store from 'electron-store';
import { z } from 'zod';

/**
 * Remembers the main window's size and position between runs. What is stored is checked against
 * the monitors present now (validateWindowState): a laptop that was docked to a second screen last
 * time must not open its window on a screen that is gone.
 */

export interface WindowState {
  width: number;
  height: number;
  /** Absent: let the system centre the window. */
  x?: number;
  y?: number;
  maximized: boolean;
}

export const DEFAULT_SIZE = { width: 1200, height: 860 } as const;
export const MIN_SIZE = { width: 800, height: 600 } as const;
/** How much of the window's title bar must lie on a monitor for the member to grab it. */
const GRAB = { width: 120, height: 32 } as const;

const savedStateSchema = z.object({
  width: z.number().finite(),
  height: z.number().finite(),
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
  maximized: z.boolean().optional(),
});

function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/**
 * Pure: the saved state (anything read from disk) made safe for the monitors' work areas now.
 * - unreadable or missing → default size, centred;
 * - a position whose title bar is on no present monitor → dropped (centred instead);
 * - a size → clamped between MIN_SIZE and the monitor's work area (the monitor it sits on, or the
 *   primary — first — one), and a kept position shifted so the whole window is on that monitor.
 */
export function validateWindowState(saved: unknown, displays: readonly Rectangle[]): WindowState {
  const parsed = savedStateSchema.safeParse(saved);
  const primary = displays[0];
  const state = parsed.success ? parsed.data : { ...DEFAULT_SIZE, maximized: false };
  const maximized = state.maximized ?? false;

  let home: Rectangle | undefined;
  if (state.x !== undefined && state.y !== undefined) {
    const titleBar = { x: Math.round(state.x), y: Math.round(state.y), width: Math.round(state.width), height: GRAB.height };
    home = displays.find((display) => {
      const shared = overlap(titleBar, display);
      return shared.width >= Math.min(GRAB.width, titleBar.width) && shared.height >= GRAB.height / 2;
    });
  }

  const area = home ?? primary;
  const maxWidth = area ? area.width : Number.POSITIVE_INFINITY;
  const maxHeight = area ? area.height : Number.POSITIVE_INFINITY;
  // On a monitor smaller than MIN_SIZE the monitor wins: a window larger than the screen is worse.
  const width = Math.round(clamp(state.width, Math.min(MIN_SIZE.width, maxWidth), maxWidth));
  const height = Math.round(clamp(state.height, Math.min(MIN_SIZE.height, maxHeight), maxHeight));

  if (!home || state.x === undefined || state.y === undefined) return { width, height, maximized };
  return {
    width,
    height,
    x: Math.round(clamp(state.x, home.x, home.x + home.width - width)),
    y: Math.round(clamp(state.y, home.y, home.y + home.height - height)),
    maximized,
  };
}

interface WindowStateFile {
  mainWindow?: unknown;
}

let store: Store<WindowStateFile> | null = null;

function windowStateStore(): Store<WindowStateFile> {
  // Only window geometry lives in this file, never a member's data: if it is corrupt, starting
  // over with defaults loses nothing worth keeping (unlike the library, which must never be reset).
  store ??= new Store<WindowStateFile>({ name: 'window-state', clearInvalidConfig: true });
  return store;
}

/** The state to open the main window with (needs the app to be ready: it reads the screens). */
export function loadWindowState(displays: readonly Rectangle[]): WindowState {
  return validateWindowState(windowStateStore().get('mainWindow'), displays);
}

/** Saves the window's normal (un-maximised) bounds and maximised flag when it closes. */
export function trackWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    const bounds = window.getNormalBounds();
    windowStateStore().set('mainWindow', { ...bounds, maximized: window.isMaximized() });
  });
}
