import { describe, expect, it, vi } from 'vitest';

// window-state.ts persists with electron-store, which needs Electron: both are mocked at the seam,
// the function under test is pure.
vi.mock('electron', () => ({ default: {} }));
vi.mock('electron-store', () => ({ default: class {} }));

const { validateWindowState, DEFAULT_SIZE, MIN_SIZE } = await import('../../main/electron/window-state');

const laptop = { x: 0, y: 0, width: 1440, height: 870 };
const rightMonitor = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('validateWindowState', () => {
  it('keeps a sound state as it is', () => {
    expect(validateWindowState({ x: 100, y: 50, width: 1200, height: 800, maximized: false }, [laptop])).toEqual({
      x: 100,
      y: 50,
      width: 1200,
      height: 800,
      maximized: false,
    });
  });

  it('keeps a window on a second monitor that is still there', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: true };
    expect(validateWindowState(saved, [laptop, rightMonitor])).toEqual(saved);
  });

  it('drops the position on a monitor that is gone (window centred on the remaining one)', () => {
    const state = validateWindowState({ x: 2000, y: 100, width: 1600, height: 1000 }, [laptop]);
    expect(state.x).toBeUndefined();
    expect(state.y).toBeUndefined();
    // …and the size shrinks to fit the laptop.
    expect(state.width).toBe(laptop.width);
    expect(state.height).toBe(laptop.height);
  });

  it('drops a position whose title bar is off every screen', () => {
    expect(validateWindowState({ x: 100, y: -500, width: 1000, height: 700 }, [laptop]).x).toBeUndefined();
    expect(validateWindowState({ x: -995, y: 10, width: 1000, height: 700 }, [laptop]).x).toBeUndefined();
  });

  it('pulls a window that hangs over the edge back onto its monitor', () => {
    const state = validateWindowState({ x: 1000, y: 400, width: 1000, height: 700 }, [laptop]);
    expect(state).toMatchObject({ width: 1000, height: 700 });
    expect(state.x! + state.width).toBeLessThanOrEqual(laptop.x + laptop.width);
    expect(state.y! + state.height).toBeLessThanOrEqual(laptop.y + laptop.height);
    expect(state.x).toBeGreaterThanOrEqual(laptop.x);
  });

  it('clamps sizes that are too small or too large', () => {
    expect(validateWindowState({ width: 10, height: 10 }, [laptop])).toMatchObject(MIN_SIZE);
    expect(validateWindowState({ width: 99999, height: 99999 }, [laptop])).toMatchObject({
      width: laptop.width,
      height: laptop.height,
    });
  });

  it('never makes the window larger than a screen smaller than the minimum size', () => {
    const tiny = { x: 0, y: 0, width: 640, height: 480 };
    expect(validateWindowState({ width: 1200, height: 900 }, [tiny])).toMatchObject({ width: 640, height: 480 });
  });

  it.each([undefined, null, 'garbage', { width: 'wide' }, { width: Number.NaN, height: 5 }, { width: Infinity, height: 800 }])(
    'falls back to the default for an unreadable state: %s',
    (saved) => {
      expect(validateWindowState(saved, [rightMonitor])).toEqual({ ...DEFAULT_SIZE, maximized: false });
    },
  );

  it('copes with no display information at all', () => {
    expect(validateWindowState({ x: 5, y: 5, width: 1000, height: 700 }, [])).toEqual({ width: 1000, height: 700, maximized: false });
  });
});
