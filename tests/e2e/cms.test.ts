/**
 * The built CMS on a real Next.js server and a real SQLite file: the admin shows a login page in
 * Chromium, and the REST API serves published documents only.
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
const base = `http://127.0.0.1:${port}`
let server: ChildProcess
let browser: Browser
let dataDir: string

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-cms-'))
  // As `npm start` runs it: production mode, the schema from the committed migrations.
  // No rebuild: this suite is about the admin and the API, and must not export into content/.
  const env = { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir, PAYLOAD_SECRET: 'e2e-secret', SITE_REBUILD_COMMAND: '' }
  Object.assign(process.env, env)
  const { localPayload } = await import('../../scripts/lib/payload')
  const payload = await localPayload()
  await payload.create({ collection: 'tools', data: { title: 'VraagBaak', kind: 'machine', _status: 'published' } })
  await payload.create({ collection: 'tools', data: { title: 'Geheim concept', kind: 'method', _status: 'draft' }, draft: true })
  await payload.destroy()
  await buildCmsIfStale()
  server = await serveCms(port, env as NodeJS.ProcessEnv)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('the CMS server', () => {
  it('answers /api/tools with JSON holding the published tools only', async () => {
    const response = await fetch(`${base}/api/tools?limit=100`)
    expect(response.headers.get('content-type')).toMatch(/application\/json/)
    const body = await response.json()
    expect(body.docs.map((d: { title: string }) => d.title)).toEqual(['VraagBaak'])
  })

  it('hides drafts from the REST API even when asked for them', async () => {
    const body = await (await fetch(`${base}/api/tools?draft=true&limit=100`)).json()
    expect(body.docs.map((d: { title: string }) => d.title)).not.toContain('Geheim concept')
  })

  it('shows a Dutch login page on /admin in Chromium', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/admin`)
    await page.waitForURL(/\/admin\/(login|create-first-user)/)
    await page.locator('input[type="email"], input[name="email"]').first().waitFor()
    await expect(page.locator('input[type="password"]').first().isVisible()).resolves.toBe(true)
    expect(await page.locator('html').getAttribute('lang')).toBe('nl')
    await page.screenshot({ path: path.join(artifactDir('cms'), 'admin-login.png') })
    await page.close()
  })
})
