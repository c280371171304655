import { readFile, stat } from 'node:fs/promises'
import { createServer, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  '.pf_fragment': 'application/octet-stream',
  '.pf_index': 'application/octet-stream',
  '.pf_filter': 'application/octet-stream',
}

/**
 * A static file server for dist/, like a plain static host: no cookies, no other origin. Files are
 * looked up per request, so a rebuild of dist/ shows at once. Port 0 takes a free one.
 */
export const serveDir = async (
  dir: string,
  { port = 0, host = '127.0.0.1' }: { port?: number; host?: string } = {},
): Promise<{ origin: string; close: () => Promise<void>; server: Server }> => {
  const send = async (res: ServerResponse, status: number, file: string) => {
    const body = await readFile(file)
    res.writeHead(status, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(body)
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir)) {
      res.writeHead(403).end()
      return
    }
    try {
      if ((await stat(file).catch(() => undefined))?.isDirectory()) file = join(file, 'index.html')
      await send(res, 200, file).catch(() => send(res, 404, join(dir, '404.html')))
    } catch {
      // dir/ is being rebuilt (or was never built): say so rather than drop the connection.
      res.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' }).end('De site wordt opnieuw gebouwd.')
    }
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, host, resolve)
  })
  const bound = (server.address() as AddressInfo).port
  return { origin: `http://${host}:${bound}`, server, close: () => new Promise((r) => server.close(() => r())) }
}
