import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppProtocolHandler, resolveAppRequest } from '../../main/renderer-files/app-protocol-handler';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';

// The app:// protocol as pure functions of the request: no Electron needed.

// Refusals are logged on purpose; keep the test output readable.
beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

let root: string;
let roots: { rendererDir: string; resourcesDir: string };

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'appeal-protocol-'));
  roots = { rendererDir: join(root, 'renderer'), resourcesDir: join(root, 'resources') };
  mkdirSync(join(roots.rendererDir, 'assets'), { recursive: true });
  mkdirSync(join(roots.resourcesDir, 'fonts'), { recursive: true });
  writeFileSync(join(roots.rendererDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(roots.rendererDir, 'assets', 'index.js'), 'console.log(1)');
  writeFileSync(join(roots.rendererDir, '.secret'), 'hidden');
  writeFileSync(join(roots.resourcesDir, 'fonts', 'Serif.ttf'), 'font');
  // A file beside the roots: what a traversal would try to reach.
  writeFileSync(join(root, 'outside.txt'), 'outside');
});

afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('resolveAppRequest', () => {
  it('maps the two hosts onto their roots', () => {
    expect(resolveAppRequest('app://renderer/assets/index.js', roots)).toEqual({
      kind: 'file',
      filePath: join(roots.rendererDir, 'assets', 'index.js'),
    });
    expect(resolveAppRequest('app://resources/fonts/Serif.ttf', roots)).toEqual({
      kind: 'file',
      filePath: join(roots.resourcesDir, 'fonts', 'Serif.ttf'),
    });
    expect(resolveAppRequest('app://renderer/', roots)).toEqual({ kind: 'file', filePath: join(roots.rendererDir, 'index.html') });
  });

  it.each([
    'app://renderer/..%2f..%2foutside.txt',
    'app://renderer/assets/..%2F..%2F..%2Foutside.txt',
    'app://renderer/..%5c..%5coutside.txt',
    'app://renderer/assets%2f..%2f..%2f..%2foutside.txt',
    'app://resources/fonts/..%2f..%2f..%2foutside.txt',
    'app://renderer/%2e%2e%2f%2e%2e%2foutside.txt',
  ])('refuses path traversal: %s', (url) => {
    const result = resolveAppRequest(url, roots);
    expect(result).toMatchObject({ kind: 'refused', status: 403 });
  });

  it('keeps URL-normalised dot segments inside the root (never above it)', () => {
    // The URL parser folds plain ../ away before we see it: the result stays under the root.
    const result = resolveAppRequest('app://renderer/../../outside.txt', roots);
    expect(result).toEqual({ kind: 'file', filePath: join(roots.rendererDir, 'outside.txt') });
  });

  it('refuses hidden files, NUL bytes, drive letters and unknown hosts', () => {
    expect(resolveAppRequest('app://renderer/.secret', roots)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://renderer/index.html%00.js', roots)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://renderer/C:%5cWindows%5cwin.ini', roots)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://elsewhere/index.html', roots)).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('file:///etc/passwd', roots)).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://renderer/%E0%A4%A', roots)).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://resources/', roots)).toMatchObject({ kind: 'refused', status: 404 });
  });
});

describe('the protocol handler', () => {
  const handler = () => createAppProtocolHandler(roots);

  it('serves files with their type and the CSP header', async () => {
    const response = await handler()(new Request('app://renderer/index.html'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await response.text()).toContain('<title>app</title>');

    const script = await handler()(new Request('app://renderer/assets/index.js'));
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);

    const font = await handler()(new Request('app://resources/fonts/Serif.ttf'));
    expect(font.headers.get('content-type')).toBe('font/ttf');
  });

  it('puts the CSP header on refusals and errors too', async () => {
    const cases: [Request, number][] = [
      [new Request('app://renderer/..%2f..%2foutside.txt'), 403],
      [new Request('app://renderer/missing.js'), 404],
      [new Request('app://nowhere/index.html'), 404],
      [new Request('app://renderer/index.html', { method: 'POST', body: 'x' }), 405],
    ];
    for (const [request, status] of cases) {
      const response = await handler()(request);
      expect(response.status).toBe(status);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it('never reads a file outside the roots', async () => {
    const read: string[] = [];
    const spyHandler = createAppProtocolHandler({
      ...roots,
      readFile: async (filePath) => {
        read.push(filePath);
        return new Uint8Array();
      },
    });
    await spyHandler(new Request('app://renderer/..%2f..%2foutside.txt'));
    await spyHandler(new Request('app://resources/..%5Coutside.txt'));
    expect(read).toEqual([]);
  });

  it('answers HEAD without a body', async () => {
    const response = await handler()(new Request('app://renderer/index.html', { method: 'HEAD' }));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('');
  });
});

describe('the CSP', () => {
  it('allows only the app itself and no inline code', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(directives.get('default-src')).toBe("'none'");
    expect(directives.get('script-src')).toBe("'self'");
    expect(directives.get('connect-src')).toBe("'none'");
    expect(directives.get('object-src')).toBe("'none'");
    expect(directives.get('frame-ancestors')).toBe("'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-|\*|https?:/);
  });
});
