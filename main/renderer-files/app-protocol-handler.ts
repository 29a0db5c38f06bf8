import { readFile as fsReadFile } from 'node:fs/promises';
import { extname, isAbsolute, join, relative } from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/security/csp';
import { APP_SCHEME, RENDERER_HOST, RESOURCES_HOST } from './app-urls';

/**
 * What the app:// protocol answers, as plain functions of the request: no Electron here, so unit
 * tests drive it with WHATWG Requests. main/electron/protocol.ts plugs it into Electron.
 */

export interface ProtocolRoots {
  /** The built UI (out/renderer): app://renderer/… */
  rendererDir: string;
  /** The bundled resources folder: app://resources/… */
  resourcesDir: string;
}

export type ResolvedRequest =
  | { kind: 'file'; filePath: string }
  | { kind: 'refused'; status: 400 | 403 | 404; reason: string };

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.webp': 'image/webp',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

export function contentTypeFor(filePath: string): string {
  return CONTENT_TYPES[extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Headers on every answer of the protocol, errors included. */
export function responseHeaders(contentType: string): Headers {
  return new Headers({
    'Content-Type': contentType,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Chromium must not guess a script out of a font or a text file.
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    // After an update the new UI must load, never a cached old one.
    'Cache-Control': 'no-cache',
  });
}

/**
 * Maps an app:// URL onto a file inside one of the two roots. Anything that could leave the root —
 * `..` segments (also percent-encoded or with backslashes), absolute or drive paths, NUL bytes — is
 * refused, as are hidden files; an unknown host is not found.
 */
export function resolveAppRequest(url: string, roots: ProtocolRoots): ResolvedRequest {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed URL' };
  }
  if (parsed.protocol !== `${APP_SCHEME}:`) return { kind: 'refused', status: 400, reason: 'wrong scheme' };

  // Chromium lower-cases the host of a standard scheme; Node's URL does not for unknown schemes.
  const host = parsed.hostname.toLowerCase();
  const root = host === RENDERER_HOST ? roots.rendererDir : host === RESOURCES_HOST ? roots.resourcesDir : null;
  if (root === null) return { kind: 'refused', status: 404, reason: 'unknown host' };

  let decoded: string;
  try {
    decoded = decodeURIComponent(parsed.pathname);
  } catch {
    return { kind: 'refused', status: 400, reason: 'malformed path' };
  }
  if (decoded.includes('\0')) return { kind: 'refused', status: 403, reason: 'NUL in path' };

  // Split on both separators: on Windows a backslash is one, and a decoded %5C must not sneak past.
  const segments = decoded.split(/[\\/]+/).filter((segment) => segment !== '' && segment !== '.');
  if (segments.some((segment) => segment === '..')) return { kind: 'refused', status: 403, reason: 'path traversal' };
  if (segments.some((segment) => segment.startsWith('.'))) return { kind: 'refused', status: 403, reason: 'hidden file' };
  if (segments.some((segment) => segment.includes(':'))) return { kind: 'refused', status: 403, reason: 'drive or stream' };

  if (segments.length === 0 || decoded.endsWith('/')) {
    if (host !== RENDERER_HOST) return { kind: 'refused', status: 404, reason: 'no index' };
    segments.push('index.html');
  }

  const filePath = join(root, ...segments);
  // Belt and braces: whatever the rules above missed, the result must still lie inside the root.
  const fromRoot = relative(root, filePath);
  if (fromRoot === '' || fromRoot.startsWith('..') || isAbsolute(fromRoot)) {
    return { kind: 'refused', status: 403, reason: 'outside root' };
  }
  return { kind: 'file', filePath };
}

export interface ProtocolHandlerOptions extends ProtocolRoots {
  /** Injected for tests; in the app Node's fs (which also reads inside app.asar). */
  readFile?: (filePath: string) => Promise<Uint8Array>;
}

function refusal(status: number, reason: string): Response {
  return new Response(reason, { status, headers: responseHeaders('text/plain; charset=utf-8') });
}

export function createAppProtocolHandler(options: ProtocolHandlerOptions): (request: Request) => Promise<Response> {
  const readFile = options.readFile ?? ((filePath: string) => fsReadFile(filePath));
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method not allowed');
    const withBody = request.method === 'GET';

    const resolved = resolveAppRequest(request.url, options);
    if (resolved.kind === 'refused') {
      if (resolved.status === 403) console.warn(`[protocol] refused a request: ${resolved.reason}`);
      return refusal(resolved.status, resolved.reason);
    }
    try {
      const body = await readFile(resolved.filePath);
      return new Response(withBody ? new Uint8Array(body) : null, {
        status: 200,
        headers: responseHeaders(contentTypeFor(resolved.filePath)),
      });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return refusal(404, 'not found');
      console.error(`[protocol] could not read a file: ${code ?? 'unknown error'}`);
      return refusal(500, 'could not read file');
    }
  };
}

