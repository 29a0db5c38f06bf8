/**
 * The Content-Security-Policy every document of the app is served with: the `app://` protocol
 * handler in main sends it as a header, and the end-to-end harness serves the renderer with the
 * same header so tests exercise the policy the members get. No Node or Electron imports: both
 * sides of the app and the harness import this file.
 *
 * Why each directive: nothing may load unless listed ('none' default); scripts, styles and fonts
 * only from the document's own origin (no inline code, so injected markup cannot run); images may
 * also be data: URLs (icons inlined by the bundler); no network at all (connect-src 'none' — the
 * app is offline, and a leak of a member's details would have nowhere to go); no plugins, no
 * <base> rewriting, no form posts, and no framing of the app by anything.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
