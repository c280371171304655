/**
 * The site server survives any request and serves its folder only: a table of hostile requests,
 * each with the status it must get, and afterwards the site still answers.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { connect } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir } from './staticServer'

const work = mkdtempSync(join(tmpdir(), 'static-server-'))
const dist = join(work, 'dist')
let origin: string
let port: number
let close: () => Promise<void>

beforeAll(async () => {
  mkdirSync(join(dist, 'toolbox', 'vraagbaak'), { recursive: true })
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Start</title>')
  writeFileSync(join(dist, '404.html'), '<!doctype html><title>Niet gevonden</title>')
  writeFileSync(join(dist, 'toolbox', 'vraagbaak', 'index.html'), '<!doctype html><title>VraagBaak</title>')
  writeFileSync(join(dist, '.env'), 'GEHEIM=1')
  // A sibling folder (the previous build) and a file beside the site: never served.
  mkdirSync(join(work, 'dist.old'))
  writeFileSync(join(work, 'dist.old', 'geheim.txt'), 'GEHEIM')
  writeFileSync(join(work, 'geheim.txt'), 'GEHEIM')
  ;({ origin, close } = await serveDir(dist))
  port = Number(new URL(origin).port)
})
afterAll(async () => {
  await close?.()
  rmSync(work, { recursive: true, force: true })
})

/** A request exactly as written (fetch would normalise the path first). */
const raw = (method: string, path: string) =>
  new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path }, (res) => {
      let body = ''
      res.on('data', (c) => (body += c))
      res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }))
    })
    req.on('error', reject)
    req.end()
  })

const hostile: [string, string, number | number[]][] = [
  // A malformed escape names no file: serve-static answers it as not found.
  ['GET', '/%', [400, 404]],
  ['GET', '/%E0%A4%A', [400, 404]],
  ['GET', '/%zz', [400, 404]],
  ['GET', '/..%2fdist.old/geheim.txt', [403, 404]],
  ['GET', '/..%2Fgeheim.txt', [403, 404]],
  ['GET', '/%2e%2e/dist.old/geheim.txt', [403, 404]],
  ['GET', '/%2e%2e%2fdist.old%2fgeheim.txt', [403, 404]],
  ['GET', '/../dist.old/geheim.txt', [403, 404]],
  ['GET', '/../../etc/passwd', [403, 404]],
  ['GET', '/..\\dist.old\\geheim.txt', [403, 404]],
  ['GET', '/%5c..%5cdist.old%5cgeheim.txt', [403, 404]],
  ['GET', '//etc/passwd', [403, 404]],
  ['GET', '/.env', 404],
  ['GET', '/index.html%00.txt', [400, 404]],
  ['GET', `/${'a'.repeat(3000)}`, 414],
  ['GET', `/${'%'.repeat(1500)}`, [400, 404]],
  ['GET', '/toolbox/vraagbaak', 301],
  ['GET', '/bestaat-niet/', 404],
  ['HEAD', '/', 200],
  ['POST', '/', 405],
  ['PUT', '/index.html', 405],
  ['DELETE', '/index.html', 405],
  ['OPTIONS', '/', 405],
  ['TRACE', '/', 405],
  ['PATCH', '/', 405],
]

describe('the site server under hostile requests', () => {
  const cases = hostile.map(([method, path, expected]) => [method, path.length > 50 ? `${path.slice(0, 40)}… (${path.length} tekens)` : path, expected, path] as const)
  it.each(cases)('%s %s answers %s and never serves what lies beside dist/', async (method, _name, expected, path) => {
    const { status, body } = await raw(method, path)
    expect([expected].flat()).toContain(status)
    expect(body).not.toContain('GEHEIM')
  })

  it('survives a malformed request line and a client that hangs up', async () => {
    for (const garbage of ['GARBAGE\r\n\r\n', 'GET / HTTP/9.9\r\nHost: x\r\n\r\n', 'GET /\x00 HTTP/1.1\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n']) {
      await new Promise<void>((resolve) => {
        const socket = connect(port, '127.0.0.1', () => socket.end(garbage))
        socket.on('close', () => resolve())
        socket.on('error', () => resolve())
        socket.resume()
      })
    }
    const half = connect(port, '127.0.0.1', () => half.destroy())
    await new Promise((r) => setTimeout(r, 100))
  })

  it('still serves the site afterwards, with its security headers on pages and on 404s', async () => {
    for (const [path, status] of [['/', 200], ['/toolbox/vraagbaak/', 200], ['/nergens/', 404]] as const) {
      const response = await fetch(origin + path)
      expect(response.status).toBe(status)
      expect(response.headers.get('content-security-policy')).toMatch(/script-src 'self' 'wasm-unsafe-eval';/)
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'")
      expect(response.headers.get('x-content-type-options')).toBe('nosniff')
      expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
      expect(response.headers.get('permissions-policy')).toContain('camera=()')
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    expect(await (await fetch(origin + '/')).text()).toContain('<title>Start</title>')
  })
})
