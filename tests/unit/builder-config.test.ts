import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths';
import { requireTool } from '../support/tools';

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

describe('the Windows uninstaller and the member’s data', () => {
  const nsis = config.nsis as { include?: string; installerLanguages?: string[] };
  const scriptPath = path.join(PROJECT_ROOT, nsis.include ?? 'build/installer.nsh');
  const script = existsSync(scriptPath) ? readFileSync(scriptPath, 'utf8') : '';
  const uninstallMacro = /!macro customUnInstall\n([\s\S]*?)!macroend/.exec(script)?.[1] ?? '';
  const code = uninstallMacro.replace(/;.*$/gm, '');

  it('adds build/installer.nsh to the installer, asking in the app’s four languages', () => {
    expect(nsis.include).toBe('build/installer.nsh');
    expect(nsis.installerLanguages).toEqual(['en_US', 'de_DE', 'fr_FR', 'it_IT']);
    // Windows language IDs: English, German, French, Italian.
    for (const lcid of [1033, 1031, 1036, 1040]) expect(script).toMatch(new RegExp(`^LangString appealDeleteDataQuestion ${lcid} "`, 'm'));
  });

  it('asks only on a real uninstall: never during an update or a silent uninstall, and No is the default', () => {
    const question = code.indexOf('MessageBox');
    expect(question).toBeGreaterThan(0);
    const before = code.slice(0, question);
    // An explicit /S on the command line (not ${Silent}: the one-click uninstaller turns silent
    // itself) and an update both turn the question off before it is asked.
    expect(before).toMatch(/\$\{GetOptions\} \$R0 "\/S" \$R1\s+\$\{ifNot\} \$\{Errors\}\s+StrCpy \$appealAskAboutData "no"/);
    expect(before).toMatch(/\$\{if\} \$\{isUpdated\}\s+StrCpy \$appealAskAboutData "no"/);
    expect(before).toMatch(/\$\{if\} \$appealAskAboutData == "yes"\s+\$\{andIf\} \$\{Cmd\} `$/);
    expect(code).toMatch(/MessageBox MB_YESNO\|MB_ICONQUESTION\|MB_DEFBUTTON2 "\$\(appealDeleteDataQuestion\)" IDYES`/);
    // The folder is removed only in the branch the Yes button opens.
    expect(code.indexOf('RMDir')).toBeGreaterThan(question);
    expect(code.match(/RMDir/g)).toHaveLength(1);
  });

  it('deletes the folder Electron keeps the app’s data in: %APPDATA%\\<productName>', () => {
    // electron-builder defines PRODUCT_NAME as package.json's productName, which is also the app's
    // name and so its userData folder, as long as main never renames the app or moves userData.
    expect(code).toContain('RMDir /r "$APPDATA\\${PRODUCT_NAME}"');
    expect(pkg.productName).toBe('Appeal Letters');
    const mainSources = readdirSync(path.join(PROJECT_ROOT, 'main'), { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => readFileSync(path.join(PROJECT_ROOT, 'main', file), 'utf8'));
    expect(mainSources.filter((source) => /\bapp\.(setName|setPath)\(/.test(source))).toEqual([]);
  });

  it.runIf(requireTool('makensis', 'nsis', ['-VERSION']))('compiles with makensis, warnings treated as errors', () => {
    // electron-builder's own script defines isUpdated, $installMode and the pages; stand-ins here.
    const work = mkdtempSync(path.join(tmpdir(), 'appeal-nsis-'));
    try {
      const wrapper = [
        'Unicode true',
        '!include LogicLib.nsh',
        '!include FileFunc.nsh',
        '!include MUI2.nsh',
        `!define PRODUCT_NAME "${String(pkg.productName)}"`,
        'Var installMode',
        '!macro _isUpdatedStandIn _a _b _t _f',
        '  StrCmp "0" "1" `${_t}` `${_f}`',
        '!macroend',
        '!define isUpdated `"" isUpdatedStandIn ""`',
        '!insertmacro MUI_UNPAGE_INSTFILES',
        ...['English', 'German', 'French', 'Italian'].map((language) => `!insertmacro MUI_LANGUAGE "${language}"`),
        `!include "${scriptPath}"`,
        'OutFile "uninstall-check.exe"',
        'RequestExecutionLevel user',
        'Section "Install"',
        '  WriteUninstaller "$TEMP\\uninstall-check.exe"',
        'SectionEnd',
        'Section "un.Uninstall"',
        '  StrCpy $installMode "CurrentUser"',
        '  !insertmacro customUnInstall',
        'SectionEnd',
      ].join('\n');
      writeFileSync(path.join(work, 'wrapper.nsi'), wrapper);
      const result = spawnSync('makensis', ['-INPUTCHARSET', 'UTF8', '-WX', '-V2', 'wrapper.nsi'], { cwd: work, encoding: 'utf8', timeout: 60_000 });
      expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
      expect(statSync(path.join(work, 'uninstall-check.exe')).size).toBeGreaterThan(0);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  });
});
