/**
 * A rebuild that fails is never silent and breaks nothing: the built CMS on a real Next.js
 * server, a site build made to fail, then made to work. While it fails, content/ and the served
 * site stay exactly as they were and the admin dashboard says what failed; the next publish
 * tries again and brings both up to date. And a publish and a question survive a crash of the
 * CMS: the rebuild and the confirmation mail are jobs in the database, run after the restart, and
 * each mail arrives once (a real SMTP peer).
 */
import type { ChildProcess } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveCms } from '../../scripts/lib/cmsServer'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { freePort } from '../helpers/freePort'
import { seededCms } from '../helpers/seededCms'
import { restApi } from '../helpers/restApi'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { killHard } from '../helpers/processTree'

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-publish-failure-'))
const content = path.join(work, 'content')
const dist = path.join(work, 'dist')
const buildWorks = path.join(work, 'build-works')
const editor = { email: 'eva@samenbeter.test', password: 'een-lang-wachtwoord-42', name: 'Eva Redacteur' }
const shots = artifactDir('publish-failure')

let server: ChildProcess
let env: NodeJS.ProcessEnv
let browser: Browser
let token = ''
let toolId = 0
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>

/** Every file of a folder with its bytes, as one hash: equal when nothing changed. */
const treeHash = (dir: string) => {
  const hash = createHash('sha256')
  for (const file of fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile()).map((f) => path.join(f.parentPath, f.name)).sort()) {
    hash.update(path.relative(dir, file)).update(fs.readFileSync(file))
  }
  return hash.digest('hex')
}

const exited = (child: ChildProcess) => new Promise((r) => (child.exitCode !== null || child.signalCode !== null ? r(null) : child.once('exit', r)))

const api = (method: string, url: string, body?: unknown) => restApi(base)(method, url, token, body)

const status = () => JSON.parse(fs.readFileSync(path.join(work, 'data', 'site-publication.json'), 'utf8').toString() || 'null')
const publicationEnds = async (startedAfter: string) => {
  for (let waited = 0; waited < 120_000; waited += 250) {
    const s = fs.existsSync(path.join(work, 'data', 'site-publication.json')) ? status() : undefined
    if (s && s.state !== 'running' && s.startedAt > startedAfter) return s
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('no publication finished')
}

beforeAll(async () => {
  smtp = await startSmtpPeer()
  fs.cpSync('content', content, { recursive: true })
  fs.mkdirSync(dist)
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>De site van gisteren</title>')
  env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: path.join(work, 'data'),
    PAYLOAD_SECRET: 'e2e-publish-failure',
    SITE_CONTENT_DIR: content,
    SITE_OUT_DIR: dist,
    SITE_REBUILD_DEBOUNCE_MS: '300',
    // A job the crash leaves marked as running is taken up again after this long.
    JOBS_STALE_SECONDS: '2',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_STARTTLS: 'false',
    // The build fails with an error line until the test lets it work; then it writes a new site.
    SITE_REBUILD_COMMAND: `if [ -f "${buildWorks}" ]; then mkdir -p "$SITE_OUT_DIR" && echo '<title>De site van vandaag</title>' > "$SITE_OUT_DIR/index.html"; else echo 'vite: transforming...' && echo 'Error: de bouw is kapot (ingebouwd in de test)' >&2 && exit 3; fi`,
  }
  server = await seededCms(port, env, async (payload) => {
    await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } as never, overrideAccess: true })
    const tool = await payload.create({
      collection: 'tools',
      data: { title: 'Een tool om te publiceren', kind: 'machine', _status: 'published' } as never,
      context: { skipRebuild: true },
    })
    toolId = tool.id as number
  })
  token = (await api('POST', '/users/login', { email: editor.email, password: editor.password })).token
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  await smtp?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

const dashboard = async (name: string) => {
  const page = await browser.newPage()
  await page.goto(`${base}/admin/login`)
  await page.locator('input[name="email"]').fill(editor.email)
  await page.locator('input[name="password"]').fill(editor.password)
  await page.locator('button[type="submit"]').click()
  await page.waitForURL((url) => !url.pathname.endsWith('/login'))
  const section = page.locator('section.site-publication')
  await section.waitFor()
  await page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })
  const text = await section.textContent()
  await page.close()
  return text ?? ''
}

describe('a site rebuild that fails', () => {
  it('leaves content/ and the served site as they were, and the admin says what failed', async () => {
    const contentBefore = treeHash(content)
    const distBefore = treeHash(dist)
    const before = new Date().toISOString()
    await api('PATCH', `/tools/${toolId}`, { title: 'Een tool met een nieuwe naam', _status: 'published' })
    const failed = await publicationEnds(before)
    expect(failed).toMatchObject({ state: 'failed', error: 'Error: de bouw is kapot (ingebouwd in de test)' })
    expect(treeHash(content)).toBe(contentBefore)
    expect(treeHash(dist)).toBe(distBefore)
    expect(fs.existsSync(`${content}.staging`)).toBe(false)
    const text = await dashboard('1-failed')
    expect(text).toContain('Mislukt op')
    expect(text).toContain('de bouw is kapot')
    expect(text).toContain('De site toont nog de vorige versie')
  })

  it('the next publish tries again, and then content/ and the site are up to date', async () => {
    fs.writeFileSync(buildWorks, '')
    const before = new Date().toISOString()
    await api('PATCH', `/tools/${toolId}`, { summary: 'Nu met een samenvatting.', _status: 'published' })
    expect(await publicationEnds(before)).toMatchObject({ state: 'succeeded' })
    const exported = fs.readFileSync(path.join(content, 'tools', 'een-tool-om-te-publiceren.md'), 'utf8')
    expect(exported).toContain('title: Een tool met een nieuwe naam')
    expect(exported).toContain('summary: Nu met een samenvatting.')
    expect(fs.readFileSync(path.join(dist, 'index.html'), 'utf8')).toContain('De site van vandaag')
    expect(await dashboard('2-succeeded')).toContain('Gelukt op')
  })
})

describe('a publish the CMS acknowledged', () => {
  it('reaches the site, and every acknowledged question its asker once, even when the CMS is killed right after', async () => {
    // A quiet period long enough to kill the server inside it.
    server.kill('SIGTERM')
    await exited(server)
    const slow = { ...env, SITE_REBUILD_DEBOUNCE_MS: '4000' }
    server = await serveCms(port, slow)
    const before = new Date().toISOString()
    await api('PATCH', `/tools/${toolId}`, { summary: 'Gepubliceerd vlak voor de crash.', _status: 'published' })
    // A burst of questions, each acknowledged with its kenmerk, and at once the crash.
    const asks = await Promise.all(
      [1, 2, 3, 4, 5].map(async (n) => {
        const response = await fetch(`${base}/api/questions/ask`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', origin: 'http://localhost:4321' },
          body: JSON.stringify({ title: `Vraag ${n} vlak voor de crash: hoe start je een VraagBaak?`, name: `Vrager ${n}`, email: `vrager${n}@example.org`, consent: true, shownAt: Date.now() - 10_000 }),
        })
        return { status: response.status, reference: ((await response.json()) as { reference?: string }).reference }
      }),
    )
    killHard(server.pid!)
    await exited(server)
    expect(status().startedAt < before).toBe(true)
    server = await serveCms(port, slow)
    expect(await publicationEnds(before)).toMatchObject({ state: 'succeeded' })
    expect(fs.readFileSync(path.join(content, 'tools', 'een-tool-om-te-publiceren.md'), 'utf8')).toContain('summary: Gepubliceerd vlak voor de crash.')
    expect(asks.map((a) => a.status)).toEqual([201, 201, 201, 201, 201])
    const confirmations = (reference: string) => smtp.mails.filter((m) => m.subject === `Je vraag aan de VraagBaak is ontvangen (${reference})`)
    for (let waited = 0; waited < 60_000 && !asks.every((a) => confirmations(a.reference!).length > 0); waited += 250) await new Promise((r) => setTimeout(r, 250))
    // A few more runs of the mail queue: nothing goes out twice.
    await new Promise((r) => setTimeout(r, 5_000))
    expect(asks.map((a) => confirmations(a.reference!).length)).toEqual([1, 1, 1, 1, 1])
  })
})
