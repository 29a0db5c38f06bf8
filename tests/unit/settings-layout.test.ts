import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Conf from 'conf';
import { afterEach, describe, expect, it } from 'vitest';
import { ProfileService } from '../../main/services/profile-service';

/** The settings file as the app writes it (conf, in a profile folder of its own). */
function servicesIn(dir: string): ProfileService {
  const store = (name: string) => new Conf({ cwd: dir, configName: name, projectName: 'appeal-letters' });
  return new ProfileService(store('profile'), store('settings'));
}

const SETTINGS_FILE = 'settings.json';
const dirs: string[] = [];
function profileDir(settingsFile?: unknown): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'appeal-settings-'));
  dirs.push(dir);
  if (settingsFile !== undefined) writeFileSync(path.join(dir, SETTINGS_FILE), JSON.stringify(settingsFile));
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const OLD_FILE = { settings: { uiLanguage: 'de', theme: 'high-contrast', zoom: 1.5, welcomeSeen: true, sharedComputer: true } };

describe('the envelope and printer set-up in the settings file', () => {
  it('loads a settings file of an older version, which has no set-up, without losing anything', () => {
    const settings = servicesIn(profileDir(OLD_FILE)).getSettings();
    expect(settings).toEqual({ ...OLD_FILE.settings });
    expect(settings.layout).toBeUndefined();
  });

  it('keeps the set-up across a restart', () => {
    const dir = profileDir(OLD_FILE);
    const layout = { preset: 'din-a' as const, offsetMm: { x: -1.5, y: 3 }, foldMarks: false };
    servicesIn(dir).saveSettings({ ...servicesIn(dir).getSettings(), layout });
    expect(JSON.parse(readFileSync(path.join(dir, SETTINGS_FILE), 'utf8')).settings.layout).toEqual(layout);
    expect(servicesIn(dir).getSettings()).toEqual({ ...OLD_FILE.settings, layout });
  });

  it('drops a broken set-up (hand-edited, or from a newer version) and keeps the other settings', () => {
    const broken = { settings: { ...OLD_FILE.settings, layout: { preset: 'ch-diagonal', offsetMm: { x: 99, y: 0 }, foldMarks: 'yes' } } };
    expect(servicesIn(profileDir(broken)).getSettings()).toEqual({ ...OLD_FILE.settings });
  });
});
