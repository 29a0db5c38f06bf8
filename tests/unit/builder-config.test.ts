import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';

/**
 * The installers cannot be built or run here (no Electron binary, no Windows or macOS), so the
 * settings that decide whether the installed app starts are checked where they are written.
 * Each one is cited to the documentation in electron-builder.yml.
 */
const config = load(readFileSync(path.join(PROJECT_ROOT, 'electron-builder.yml'), 'utf8')) as Record<string, Record<string, unknown>>;
const pkg = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as Record<string, unknown>;

describe('the installers', () => {
  it('Windows: installs for the current user only, with no install-mode page offering "all users"', () => {
    // oneClick: false with perMachine: false would show that page, which fails without admin rights.
    expect(config.nsis).toMatchObject({ oneClick: true, perMachine: false });
  });

  it('macOS: an unsigned build is re-signed ad hoc after its fuses are flipped, or it refuses to launch', () => {
    const identity = (config.mac as { identity?: unknown } | undefined)?.identity;
    expect(config.electronFuses?.resetAdHocDarwinSignature === true || identity === '-').toBe(true);
  });

  it('Linux: the window class matches the installed .desktop file', () => {
    expect(pkg.desktopName).toMatch(/^[a-z0-9-]+\.desktop$/);
    expect(config.linux).toMatchObject({ syncDesktopName: true });
  });

  it('keeps the hardening fuses', () => {
    expect(config.electronFuses).toMatchObject({ runAsNode: false, onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true });
  });
});
