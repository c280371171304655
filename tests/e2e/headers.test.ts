/**
 * Security headers of the built CMS on a real Next.js server: a CSP without 'unsafe-inline' for
 * scripts (a nonce per request) under which the admin still works in Chromium, no framing,
 * nosniff, Referrer- and Permissions-Policy; HSTS and Secure cookies where the CMS is served over https.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildCmsIfStale, serveCms } from '../../scripts/lib/cmsServer'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { freePort } from '../helpers/freePort'

const port = await freePort()
const httpsPort = await freePort()
const base = `http://127.0.0.1:${port}`
const password = 'een-lang-wachtwoord-42'
let server: ChildProcess
let httpsServer: ChildProcess
let browser: Browser
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-headers-'))
  const env = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, PAYLOAD_SECRET: 'e2e-headers-secret' }
  Object.assign(process.env, env)
  const { localPayload } = await import('../../scripts/lib/payload')
  const payload = await localPayload()
  await payload.create({ collection: 'users', data: { name: 'Beheer', email: 'beheer@samenbeter.test', password, role: 'admin' } as never })
  await payload.destroy()
  await buildCmsIfStale()
  server = await serveCms(port, env as NodeJS.ProcessEnv)
  // The same build as production behind TLS would run it (the proxy terminates https).
  httpsServer = await serveCms(httpsPort, { ...env, CMS_URL: 'https://cms.samenbeter.example' } as NodeJS.ProcessEnv)
  browser = await launchChromium()
}, 300_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  httpsServer?.kill('SIGTERM')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

const common = (headers: Headers) => {
  expect(headers.get('x-content-type-options')).toBe('nosniff')
  expect(headers.get('x-frame-options')).toBe('DENY')
  expect(headers.get('referrer-policy')).toBe('same-origin')
  expect(headers.get('permissions-policy')).toMatch(/camera=\(\).*microphone=\(\).*geolocation=\(\)/)
}

describe('CMS security headers', () => {
  it('the admin has a CSP with a fresh nonce for scripts, no unsafe-inline scripts and no framing', async () => {
    const first = await fetch(`${base}/admin/login`)
    const second = await fetch(`${base}/admin/login`)
    common(first.headers)
    const csp = first.headers.get('content-security-policy') ?? ''
    const scripts = csp.split(';').find((d) => d.trim().startsWith('script-src')) ?? ''
    expect(scripts).toMatch(/'nonce-[A-Za-z0-9+/=]+'/)
    expect(scripts).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(second.headers.get('content-security-policy')).not.toBe(csp)
    expect(first.headers.get('strict-transport-security')).toBeNull()
  })

  it('the API answers with a CSP that runs nothing', async () => {
    const r = await fetch(`${base}/api/tools`)
    common(r.headers)
    expect(r.headers.get('content-security-policy')).toMatch(/default-src 'none'.*frame-ancestors 'none'/)
  })

  it('the admin logs in and shows the dashboard in Chromium without a single CSP violation', async () => {
    const page = await browser.newPage()
    const violations: string[] = []
    page.on('console', (m) => {
      if (/Content Security Policy|Refused to (execute|load|apply)/i.test(m.text())) violations.push(m.text())
    })
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.log(`Refused to execute: ${e.violatedDirective} ${e.blockedURI}`)))
    await page.goto(`${base}/admin/login`)
    await page.locator('input[name="email"], input[type="email"]').first().fill('beheer@samenbeter.test')
    await page.locator('input[type="password"]').first().fill(password)
    await page.locator('button[type="submit"]').first().click()
    await page.waitForURL((url) => url.pathname === '/admin' || url.pathname === '/admin/', { timeout: 60_000 })
    await page.getByText(/VraagBaak|Gebruikers/).first().waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(artifactDir('headers'), 'admin-dashboard-csp.png') })
    expect(violations).toEqual([])
    await page.close()
  }, 120_000)

  it('over https: HSTS and a Secure session cookie', async () => {
    const r = await fetch(`http://127.0.0.1:${httpsPort}/admin/login`)
    expect(r.headers.get('strict-transport-security')).toMatch(/max-age=31536000/)
    const login = await fetch(`http://127.0.0.1:${httpsPort}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'beheer@samenbeter.test', password }),
    })
    expect(login.status).toBe(200)
    expect(login.headers.get('set-cookie')).toMatch(/payload-token=.*;\s*Secure/i)
    expect(login.headers.get('set-cookie')).toMatch(/HttpOnly/i)
  })
})
