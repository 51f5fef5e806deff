// Headers every web shell response carries. The CSP matches the desktop app's:
// nothing but our own origin, no eval, no frames, no forms, no popups.
const BASE_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
]

/** The desktop app's policy; Electron's own sandbox and handlers stop popups and navigation. */
export const DESKTOP_CONTENT_SECURITY_POLICY = BASE_POLICY.join('; ')

/**
 * The web shell's policy adds a CSP sandbox without allow-popups, allow-forms
 * or allow-top-navigation, so the browser itself refuses window.open and forms.
 */
export const WEB_SHELL_CONTENT_SECURITY_POLICY = [
  ...BASE_POLICY,
  'sandbox allow-scripts allow-same-origin allow-downloads allow-modals',
].join('; ')

const COMMON_HEADERS: Record<string, string> = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), bluetooth=()',
  'Cache-Control': 'no-store',
}

export const WEB_SHELL_HEADERS: Record<string, string> = {
  ...COMMON_HEADERS,
  'Content-Security-Policy': WEB_SHELL_CONTENT_SECURITY_POLICY,
}

export const DESKTOP_HEADERS: Record<string, string> = {
  ...COMMON_HEADERS,
  'Content-Security-Policy': DESKTOP_CONTENT_SECURITY_POLICY,
}
