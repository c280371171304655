import { readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join, resolve } from 'node:path'
import serveStatic from 'serve-static'
import { cmsUrl } from '../../cms/endpoints/origin'

/**
 * The headers of every response of the site: what a production web server in front of dist/
 * should send too (README, "Production").
 * - CSP: everything from the site's own origin; scripts only as files (no inline script runs),
 *   WebAssembly for Pagefind's search; no frames, no plugins, no form posts but to the CMS.
 * - No referrer to other sites, no sniffing of content types, no camera & co.
 */
export const siteSecurityHeaders = (cmsOrigin = cmsUrl()): Record<string, string> => ({
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self' 'wasm-unsafe-eval'",
    // The self-scan bars and the planner set a width per element (style attributes, no <style>).
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self'",
    "font-src 'self'",
    `connect-src 'self' ${new URL(cmsOrigin).origin}`,
    `form-action 'self' ${new URL(cmsOrigin).origin}`,
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'Cross-Origin-Opener-Policy': 'same-origin',
  ...(process.env.NODE_ENV === 'production' ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
})

const text = (res: ServerResponse, status: number, body: string, extra: Record<string, string> = {}) => {
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store', ...extra }).end(body)
}

/**
 * Serves dist/ like a plain static host, with serve-static (Express's file server: it refuses
 * malformed escapes and `..` with 400/403, answers HEAD and ranges, never serves outside its
 * folder). Files are looked up per request, so a rebuild of dist/ shows at once. Port 0 takes a
 * free one. No request can stop it: every failure becomes a status code.
 */
export const serveDir = async (
  dir: string,
  { port = 0, host = '127.0.0.1' }: { port?: number; host?: string } = {},
): Promise<{ origin: string; close: () => Promise<void>; server: Server }> => {
  const root = resolve(dir)
  const headers = siteSecurityHeaders()
  const files = serveStatic(root, { index: ['index.html'], redirect: true, dotfiles: 'ignore', fallthrough: true })

  const notFound = async (req: IncomingMessage, res: ServerResponse) => {
    const page = await readFile(join(root, '404.html')).catch(() => undefined)
    if (!page) return text(res, 503, 'De site wordt opnieuw gebouwd.', { 'Retry-After': '5' })
    res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(req.method === 'HEAD' ? undefined : page)
  }

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value)
    if (req.method !== 'GET' && req.method !== 'HEAD') return text(res, 405, 'Alleen GET en HEAD.', { Allow: 'GET, HEAD' })
    if ((req.url ?? '').length > 2048) return text(res, 414, 'Dit adres is te lang.')
    files(req as never, res as never, (error?: { status?: number; statusCode?: number }) => {
      if (!error) return void notFound(req, res).catch(() => text(res, 500, 'Er ging iets mis.'))
      const status = error.status ?? error.statusCode ?? 500
      text(res, status, status === 400 ? 'Dit adres is ongeldig.' : status === 403 ? 'Geen toegang.' : 'Er ging iets mis.')
    })
  })
  // A client that sends garbage or hangs up gets its socket closed; the server goes on.
  server.on('clientError', (_error, socket) => socket.destroy())
  await new Promise<void>((done, fail) => {
    server.once('error', fail)
    server.listen(port, host, done)
  })
  const bound = (server.address() as AddressInfo).port
  return {
    origin: `http://${host}:${bound}`,
    server,
    close: () => new Promise((done) => (server.closeAllConnections(), server.close(() => done()))),
  }
}
