/**
 * Security headers of the CMS (admin and REST), shared by next.config.mjs (static headers) and
 * proxy.ts (the admin's CSP with a nonce). Plain JS: next.config.mjs loads it without a build step.
 */

/** The admin page: scripts only from here or with this request's nonce; styles inline (Payload's UI sets style attributes). */
export const adminCsp = (nonce) =>
  [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ')

/** JSON and files from the API: nothing in them may run or be framed. */
export const apiCsp = "default-src 'none'; frame-ancestors 'none'; sandbox"

/** HSTS only where the CMS is served over https (browsers ignore it on http, and it would pin localhost). */
export const servesHttps = (env = process.env) => env.NODE_ENV === 'production' && /^https:\/\//i.test(env.CMS_URL ?? '')

const baseline = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
]

/** For every response, decided when the request comes (HSTS follows the running server's settings). */
export const runtimeHeaders = (env = process.env) => [
  ...baseline,
  ...(servesHttps(env) ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' }] : []),
]

/** next.config.mjs `headers()`: fixed at build, so only what does not depend on the environment. */
export const staticHeaders = () => [{ source: '/:path*', headers: baseline }]
