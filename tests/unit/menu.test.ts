import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({ app: {}, dialog: {}, Menu: {}, shell: {} }));

const { menuTemplate } = await import('../../main/electron/menu');
const { MENU_LABELS } = await import('../../main/electron/menu-labels');

function allItems(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? allItems(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('sends the text-size commands to the app instead of zooming Chromium behind its back', () => {
    const sent: string[] = [];
    const items = allItems(
      menuTemplate(MENU_LABELS.en, { importCampaign: () => {}, showAbout: () => {}, sendCommand: (c) => sent.push(c) }, 'linux'),
    );
    expect(items.map((i) => i.role)).not.toContain('zoomIn');
    expect(items.map((i) => i.role)).not.toContain('resetZoom');
    for (const accelerator of ['CmdOrCtrl+Plus', 'CmdOrCtrl+=', 'CmdOrCtrl+-', 'CmdOrCtrl+0']) {
      const item = items.find((i) => i.accelerator === accelerator);
      (item?.click as () => void)();
    }
    expect(sent).toEqual(['text-larger', 'text-larger', 'text-smaller', 'text-normal']);
  });

  it('is labelled in each of the four UI languages', () => {
    for (const language of ['en', 'fr', 'de', 'it'] as const) {
      const labels = menuTemplate(MENU_LABELS[language], { importCampaign: () => {}, showAbout: () => {}, sendCommand: () => {} }, 'linux')
        .map((item) => item.label);
      expect(labels.every((label) => typeof label === 'string' && label.length > 0)).toBe(true);
    }
    expect(MENU_LABELS.de.zoomIn).toBe('Grösserer Text');
    expect(MENU_LABELS.fr.zoomIn).not.toBe(MENU_LABELS.en.zoomIn);
  });
});
