/**
 * Preview before publish, and the page on the site after it, in Chromium as the people who do it:
 * an editor previews a draft of a tool (hostile text included) and, after publishing, follows its
 * state until the rebuild has put it on the site; a kwartiermaker previews their own proeftuin's
 * draft and is refused another's; an anonymous visitor gets nothing. The built CMS on a real
 * Next.js server over the seed corpus; the preview is a real build of the site's own pages.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { siteSecurityHeaders } from '../../scripts/lib/staticServer'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { adminLogin } from '../helpers/adminLogin'
import { openDocument } from '../helpers/documentLock'
import { freePort } from '../helpers/freePort'
import { seededCms } from '../helpers/seededCms'

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const siteUrl = 'https://toolbox.samenbeter.test'
const password = 'een-lang-wachtwoord-42'
const shots = artifactDir('preview')
// Typed by an editor: it must reach the page as these characters, never as elements.
// (No quotes: the site's typography makes them curly, on the site as in the preview.)
const hostile = '<img src=x onerror=alert(1)> <script>alert(2)</script> {naam} 6*7 en a < b'
const draftSummary = 'Concepttekst 4711: de buurtapp krijgt een spreekuur op dinsdag.'

let server: ChildProcess
let browser: Browser
let dataDir: string
let work: string
const ids: Record<string, number | string> = {}
let toolSlug = ''

/** A listing of a folder with sizes and times: equal before and after means nothing was written. */
const snapshot = (dir: string) =>
  fs.existsSync(dir)
    ? fs
        .readdirSync(dir, { recursive: true, withFileTypes: true })
        .map((e) => path.join(e.parentPath, e.name))
        .sort()
        .map((f) => `${f} ${fs.statSync(f).size} ${fs.statSync(f).mtimeMs}`)
        .join('\n')
    : 'none'
let repoBefore: string
let dialogs = 0

const lexical = (...paragraphs: string[]) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: paragraphs.map((text) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] })),
  },
})

async function session(email: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await adminLogin(page, base, { email, password })
  // Any alert() would mean typed text ran as script.
  page.context().on('dialog', (dialog) => {
    dialogs++
    void dialog.dismiss()
  })
  return page
}

/** Fills a field until the form takes it (typed before the page is interactive, the words are lost). */
async function fillWhenReady(page: Page, selector: string, text: string) {
  const field = page.locator(selector)
  await field.waitFor()
  await expect.poll(async () => {
    await field.fill(text)
    await page.waitForTimeout(300)
    return field.inputValue()
  }, { timeout: 30_000, interval: 500 }).toBe(text)
}

/** Clicks "Voorbeeld" and returns the tab it opens, loaded. */
async function openPreview(page: Page) {
  // The tab counts as opened once its first response came, that is once the preview is built
  // (seconds here, a minute when the machine is busy with other builds).
  const [tab] = await Promise.all([page.context().waitForEvent('page', { timeout: 180_000 }), page.getByRole('link', { name: 'Voorbeeld' }).click()])
  await tab.waitForLoadState('load', { timeout: 180_000 })
  return tab
}

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-preview-'))
  dataDir = path.join(work, 'data')
  repoBefore = `${snapshot('content')}\n${snapshot('dist')}`
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'e2e-preview-secret',
    CMS_URL: base,
    SITE_URL: siteUrl,
    // The rebuild after a publish runs (export into this test's own content folder), its build is a no-op:
    // what is tested is when the admin says the page is on the site.
    SITE_CONTENT_DIR: path.join(work, 'content'),
    SITE_OUT_DIR: path.join(work, 'dist'),
    SITE_REBUILD_COMMAND: 'true',
    SITE_REBUILD_DEBOUNCE_MS: '3000',
  }
  server = await seededCms(port, env, async (payload) => {
    const { seedIfEmpty } = await import('../../scripts/lib/seedIfEmpty')
    expect(await seedIfEmpty(payload, 'content', () => {})).toBe(true)
    const bySlug = async (collection: 'proeftuinen' | 'tools', slug: string) =>
      (await payload.find({ collection, where: { slug: { equals: slug } }, depth: 0, overrideAccess: true })).docs[0]
    const own = await bySlug('proeftuinen', 'roermond')
    const other = await bySlug('proeftuinen', 'rotterdam')
    const tool = (await payload.find({ collection: 'tools', depth: 0, limit: 1, sort: 'slug', overrideAccess: true })).docs[0]
    ids.own = own.id
    ids.other = other.id
    ids.tool = tool.id
    toolSlug = String(tool.slug)
    const user = (role: string, name: string, email: string, extra = {}) =>
      payload.create({ collection: 'users', data: { role, name, email, password, ...extra } as never, overrideAccess: true })
    await user('editor', 'Eva Redacteur', 'eva@samenbeter.test')
    await user('kwartiermaker', 'Kees Kwartiermaker', 'kees@samenbeter.test', { proeftuin: own.id })
    // Another proeftuin's draft, which Kees must not see.
    await payload.update({ collection: 'proeftuinen', id: other.id, draft: true, data: { summary: 'Geheim concept van Rotterdam.' } as never, context: { skipRebuild: true }, overrideAccess: true })
    // The editor's draft body, with text typed as HTML and braces (the summary is typed in the browser below).
    await payload.update({ collection: 'tools', id: tool.id, draft: true, data: { body: lexical('Nieuw in dit concept: het spreekuur.', hostile) } as never, context: { skipRebuild: true }, overrideAccess: true })
  })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

describe('an editor previews a draft', () => {
  let eva: Page

  it('saves a draft whose text is not on the site, opens "Voorbeeld" and sees the page as the site shows it, typed HTML as text', async () => {
    eva = await session('eva@samenbeter.test')
    await openDocument(eva, base, 'tools', ids.tool, '#field-summary')
    await fillWhenReady(eva, '#field-summary', draftSummary)
    await eva.locator('#action-save-draft').click()
    await eva.locator('[data-sonner-toast]').first().waitFor()
    const preview = await openPreview(eva)
    expect(new URL(preview.url()).pathname).toBe(`/preview/tools/${ids.tool}`)
    // The site's own page: its header and menu, breadcrumbs, the tool's title and lead, the body as prose.
    await expect(preview.locator('header.site-header .site-name').innerText()).resolves.toContain('SamenBeter')
    await expect(preview.locator('.lead').innerText()).resolves.toBe(draftSummary)
    const prose = preview.locator('section.prose')
    await expect(prose.innerText()).resolves.toContain('Nieuw in dit concept: het spreekuur.')
    await expect(prose.innerText()).resolves.toContain(hostile)
    await expect(preview.locator('section.prose img, section.prose script').count()).resolves.toBe(0)
    expect(dialogs).toBe(0)
    // Styled by the site's own stylesheet, served with the preview.
    await expect(preview.evaluate(() => [...document.styleSheets].some((s) => s.href?.includes('/preview/assets/_astro/') && s.cssRules.length > 0))).resolves.toBe(true)
    await expect(preview.locator('meta[name="robots"]').getAttribute('content')).resolves.toContain('noindex')
    await expect(preview.locator('.preview-note').innerText()).resolves.toContain('Nog niet gepubliceerd')
    // Links lead to the public site, not into the CMS.
    await expect(preview.locator('.breadcrumbs a', { hasText: 'Toolbox' }).getAttribute('href')).resolves.toBe(`${siteUrl}/toolbox/`)
    await preview.screenshot({ path: path.join(shots, 'editor-preview.png'), fullPage: true })
    await preview.close()
  })

  it('answers with the site\'s security headers and noindex, and the site itself still shows the published text', async () => {
    // In the browser: Payload takes the session cookie only from the admin's own origin or a direct navigation.
    const response = (await eva.goto(`${base}/preview/tools/${ids.tool}`))!
    expect(response.status()).toBe(200)
    const headers = response.headers()
    const site = siteSecurityHeaders(base)
    for (const name of ['Content-Security-Policy', 'X-Content-Type-Options', 'X-Frame-Options', 'Cross-Origin-Opener-Policy']) expect(headers[name.toLowerCase()], name).toBe(site[name])
    // Stricter than the site's: the CMS's, so no referrer leaves a preview.
    expect(headers['referrer-policy']).toBe('same-origin')
    for (const feature of site['Permissions-Policy'].split(', ')) expect(headers['permissions-policy']).toContain(feature)
    expect(headers['x-robots-tag']).toContain('noindex')
    expect(headers['cache-control']).toContain('no-store')
    const published = await (await fetch(`${base}/api/tools/${ids.tool}?depth=0`)).json()
    expect(published.summary).not.toBe(draftSummary)
  })
})

describe('a kwartiermaker previews', () => {
  it('their own proeftuin\'s draft, but is refused another proeftuin\'s', async () => {
    const kees = await session('kees@samenbeter.test')
    await openDocument(kees, base, 'proeftuinen', ids.own, '#field-summary')
    await fillWhenReady(kees, '#field-summary', 'Roermond opent een inloop in de bibliotheek (concept).')
    await kees.locator('#action-save-draft').click()
    await kees.locator('[data-sonner-toast]').first().waitFor()
    const preview = await openPreview(kees)
    await expect(preview.locator('main').innerText()).resolves.toContain('Roermond opent een inloop in de bibliotheek (concept).')
    await preview.screenshot({ path: path.join(shots, 'kwartiermaker-preview.png'), fullPage: true })
    await preview.close()

    const refused = (await kees.goto(`${base}/preview/proeftuinen/${ids.other}`))!
    expect(refused.status()).toBe(403)
    expect(await refused.text()).not.toContain('Geheim concept')
    await expect(kees.locator('h1').innerText()).resolves.toBe('Geen toegang')
    await kees.screenshot({ path: path.join(shots, 'kwartiermaker-refused.png') })
  })
})

describe('an anonymous request', () => {
  it('gets 401 for a preview and for the site state, with or without a forged cookie, and never the draft', async () => {
    for (const headers of [{}, { cookie: 'payload-token=forged.token.value' }, { authorization: 'JWT forged' }] as Record<string, string>[]) {
      const preview = await fetch(`${base}/preview/tools/${ids.tool}`, { headers })
      expect(preview.status).toBe(401)
      const text = await preview.text()
      expect(text).not.toContain('Concepttekst 4711')
      expect(text).toContain('Log eerst in')
      expect(preview.headers.get('x-robots-tag')).toContain('noindex')
      expect((await fetch(`${base}/preview/status/tools/${ids.tool}`, { headers })).status).toBe(401)
    }
    // Questions have drafts and a preview like the rest; users and the outbox have none.
    expect((await fetch(`${base}/preview/questions/1`)).status).toBe(401)
    expect((await fetch(`${base}/preview/users/1`)).status).toBe(404)
    expect((await fetch(`${base}/preview/mails/1`)).status).toBe(404)
  })
})

describe('after publishing', () => {
  it('the edit view links to the page on the site, says "wordt bijgewerkt…" and then since when it is there', async () => {
    const eva = await session('eva@samenbeter.test')
    await openDocument(eva, base, 'tools', ids.tool, '#field-summary')
    // Published with the seed, before this session: on the site, since before the CMS remembers.
    const link = eva.locator('.site-link a', { hasText: 'Bekijk op de site' })
    await link.waitFor()
    await expect(link.getAttribute('href')).resolves.toBe(`${siteUrl}/toolbox/${toolSlug}/`)
    const state = eva.locator('.site-link__state')
    await expect(state.innerText()).resolves.toBe('staat op de site')
    await eva.getByRole('button', { name: 'Publiceer wijzigingen' }).click()
    await eva.locator('.site-link[data-state="updating"]').waitFor()
    await expect(state.innerText()).resolves.toBe('wordt bijgewerkt…')
    await eva.screenshot({ path: path.join(shots, 'published-updating.png') })
    await eva.locator('.site-link[data-state="live"]').waitFor({ timeout: 120_000 })
    await expect(state.innerText()).resolves.toMatch(/^staat op de site sinds \d{2}:\d{2}$/)
    // The time is when the first rebuild that started after the publish finished, on the editor's clock.
    const { updatedAt } = await (await fetch(`${base}/api/tools/${ids.tool}?depth=0`)).json()
    const { recent } = JSON.parse(fs.readFileSync(path.join(dataDir, 'site-publication.json'), 'utf8')) as { recent: { startedAt: string; finishedAt: string }[] }
    const rebuild = recent.find((r) => r.startedAt >= updatedAt)!
    const shown = await eva.evaluate((iso) => new Intl.DateTimeFormat('nl-NL', { timeStyle: 'short' }).format(new Date(iso)), rebuild.finishedAt)
    await expect(state.innerText()).resolves.toBe(`staat op de site sinds ${shown}`)
    await eva.screenshot({ path: path.join(shots, 'published-live.png') })
    // The rebuild exported what was published: the test's own content folder has the new summary.
    expect(fs.readFileSync(path.join(work, 'content', 'tools', `${toolSlug}.md`), 'utf8')).toContain(draftSummary)
  })

  it('the preview never wrote into the repository\'s content/ or dist/', () => {
    expect(`${snapshot('content')}\n${snapshot('dist')}`).toBe(repoBefore)
  })
})
