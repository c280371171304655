/**
 * Issue 18, part 2 (and part 3 in the admin), end to end: a new proeftuin joins using only the
 * site, the mails and the admin. The built CMS on a real Next.js server (schema from the committed
 * migrations), the seed corpus imported, the site really built (export + astro + Pagefind, the
 * default rebuild command) and served as static files, a real SMTP peer, Chromium for everything a
 * person does:
 *
 * self-scan → "Meld je proeftuin aan" → the editor approves in "Aanmeldingen" → invitation mail →
 * password chosen on the admin's reset page → the kwartiermaker takes over their scan and
 * completes the draft → "Ter beoordeling aanbieden" → the editor publishes → after the rebuild the
 * proeftuin is on the matrix, in the list and in the search; the contact's address is nowhere on
 * the site. Screenshots in test-results/join/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir } from '../../cms/env/paths'
import { buildCmsIfStale, serveCms } from '../../scripts/lib/cmsServer'
import { serveDir } from '../../scripts/lib/staticServer'
import { siteBuildArgs } from '../../scripts/lib/site/buildCommand'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { adminLogin } from '../helpers/adminLogin'
import { clickUntil } from '../helpers/clickUntil'
import { openDocument, takeOverIfLocked } from '../helpers/documentLock'
import { freePort } from '../helpers/freePort'
import { startSmtpPeer } from '../helpers/smtpPeer'

const cmsPort = await freePort()
const sitePort = await freePort()
const base = `http://127.0.0.1:${cmsPort}`
const site = `http://127.0.0.1:${sitePort}`
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-join-'))
const content = path.join(work, 'content')
const dist = path.join(work, 'dist')
const shots = artifactDir('join')
const editor = { email: 'eva@samenbeter.test', password: 'een-lang-wachtwoord-42', name: 'Eva Redacteur' }
// The kwartiermaker of a proeftuin already in the network, who reviews the new one.
const reviewer = { email: 'wim@samenbeter.test', password: 'een-lang-wachtwoord-43', name: 'Wim Westerpark' }
const contact = { name: 'Karin Kwartier', email: 'karin.kwartier@example.org', password: 'mijn-eigen-lange-wachtwoord' }
// Typed as a person might: quotes, an ampersand, a "<3" that is not a tag.
const title = 'Proeftuin Kruidenwijk & "De Maten"'

let server: ChildProcess
let closeSite: () => Promise<void>
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let browser: Browser
let env: NodeJS.ProcessEnv
let proeftuinId = 0

const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, name), fullPage: true })
const waitFor = async <T,>(what: string, probe: () => T | undefined | Promise<T | undefined>, ms = 30_000): Promise<T> => {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    const value = await probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}
const login = async (email: string, password: string) => {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await adminLogin(page, base, { email, password })
  return page
}
const api = async (url: string) => {
  const token = (await (await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: editor.email, password: editor.password }) })).json()).token
  return (await fetch(`${base}/api${url}`, { headers: { authorization: `JWT ${token}` } })).json()
}
const buildSite = () =>
  new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, siteBuildArgs('--quiet', '--content', content, '--out', dist), { cwd: rootDir, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout!.on('data', (d) => (output += d))
    child.stderr!.on('data', (d) => (output += d))
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`site build failed (${code}):\n${output}`))))
  })
const filesUnder = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]))

beforeAll(async () => {
  smtp = await startSmtpPeer()
  fs.cpSync(path.join(rootDir, 'content'), content, { recursive: true })
  env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: path.join(work, 'data'),
    PAYLOAD_SECRET: 'e2e-join-secret',
    CMS_URL: base,
    SITE_URL: site,
    SITE_CONTENT_DIR: content,
    SITE_OUT_DIR: dist,
    SITE_CACHE_DIR: path.join(work, 'astro-cache'),
    SITE_REBUILD_DEBOUNCE_MS: '500',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_STARTTLS: 'false',
    // A person types for longer than this; the test's browser does not.
    ASK_MIN_SECONDS: '1',
  }
  // The default rebuild: export, astro build and Pagefind, as in production.
  delete env.SITE_REBUILD_COMMAND
  Object.assign(process.env, env)
  const { localPayload } = await import('../../scripts/lib/payload')
  const { seedIfEmpty } = await import('../../scripts/lib/seedIfEmpty')
  const payload = await localPayload()
  expect(await seedIfEmpty(payload, content, () => {})).toBe(true)
  await payload.create({ collection: 'users', data: { ...editor, role: 'editor' } as never, overrideAccess: true })
  const westerpark = (await payload.find({ collection: 'proeftuinen', where: { slug: { equals: 'amsterdam-westerpark' } }, depth: 0 })).docs[0]
  await payload.create({ collection: 'users', data: { ...reviewer, role: 'kwartiermaker', proeftuin: westerpark.id } as never, overrideAccess: true })
  await payload.destroy()
  // The site as it is before the new proeftuin: its forms post to this CMS.
  await buildSite()
  ;({ close: closeSite } = await serveDir(dist, { port: sitePort }))
  await buildCmsIfStale()
  server = await serveCms(cmsPort, env)
  browser = await launchChromium()
}, 900_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  await closeSite?.()
  await smtp?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('a new proeftuin joins, using only the site, the mails and the admin', () => {
  let invitation = ''

  it('fills in the self-scan and takes it along into "Meld je proeftuin aan", which the CMS accepts', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    await page.goto(`${site}/mvp/zelfscan/`)
    await page.locator('input[name="ecommunity"][value="present"]').check()
    await page.locator('input[name="kwartiermaker"][value="present"]').check()
    await page.locator('input[name="vraagbaak"][value="in-progress"]').check()
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click()
    await expect.poll(() => page.locator('#aanmelden-met-scan').getAttribute('href')).toContain('ecommunity=present')
    await shot(page, '01-zelfscan.png')
    await page.locator('#aanmelden-met-scan').click()
    await page.waitForURL(/\/proeftuinen\/aanmelden\//)
    await expect(page.locator('#join-scan-ecommunity').inputValue()).resolves.toBe('present')
    await expect(page.locator('#join-scan-vraagbaak').inputValue()).resolves.toBe('in-progress')
    await page.locator('#join-title').fill(title)
    await page.locator('#join-city').fill('Zwolle')
    await page.locator('#join-neighbourhood').fill('Kruidenwijk')
    await page.locator('#join-motivation').fill('Zes bewoners, de huisarts en de woningcorporatie.')
    await page.locator('#join-contactName').fill(contact.name)
    await page.locator('#join-contactEmail').fill(contact.email)
    // First without consent: the form says why, in Dutch, and sends nothing.
    await page.getByRole('button', { name: 'Meld je proeftuin aan' }).click()
    await expect(page.locator('[data-error-for="consent"]').innerText()).resolves.toMatch(/toestemming/)
    await page.locator('#join-consent').check()
    await shot(page, '02-aanmelding-ingevuld.png')
    await page.waitForTimeout(1_100)
    await page.getByRole('button', { name: 'Meld je proeftuin aan' }).click()
    await expect.poll(() => page.locator('[data-join-status]').innerText(), { timeout: 15_000 }).toMatch(/Dank je! De aanmelding van “Proeftuin Kruidenwijk & "De Maten"” is ontvangen/)
    await shot(page, '03-aanmelding-verstuurd.png')
    await page.close()
    const { docs } = await api('/join-requests?depth=0')
    expect(docs).toHaveLength(1)
    expect(docs[0]).toMatchObject({ title, status: 'new', contactEmail: contact.email, scan: { ecommunity: 'present', kwartiermaker: 'present', vraagbaak: 'in-progress' } })
  })

  it('the editors hear of it, and an editor approves it in "Aanmeldingen"', async () => {
    const mail = await waitFor('the editors’ mail', () => smtp.mails.find((m) => m.subject.startsWith('Nieuwe aanmelding')))
    expect(mail.to).toContain(editor.email)
    expect(mail.text).not.toContain(contact.email)
    const page = await login(editor.email, editor.password)
    await page.goto(`${base}/admin`)
    await expect(page.locator('[data-stat="join-requests"]').innerText()).resolves.toBe('1')
    await page.goto(`${base}/admin/collections/join-requests`)
    const row = page.locator('[data-join-request-row]', { hasText: title })
    await row.waitFor()
    await expect(row.innerText()).resolves.toMatch(/Kruidenwijk, Zwolle[\s\S]*Karin Kwartier[\s\S]*3 onderdelen ingevuld/)
    await shot(page, '04-aanmeldingen.png')
    await row.getByRole('button', { name: 'Goedkeuren' }).click()
    await page.locator('[data-sonner-toast]', { hasText: 'Goedgekeurd' }).first().waitFor()
    await row.waitFor({ state: 'detached' })
    await page.close()
    const [request] = (await api('/join-requests?depth=0')).docs
    expect(request.status).toBe('approved')
    proeftuinId = request.proeftuin
    const draft = await api(`/proeftuinen/${proeftuinId}?draft=true&depth=0`)
    expect(draft).toMatchObject({ title, city: 'Zwolle', neighbourhood: 'Kruidenwijk', _status: 'draft' })
    expect(draft.scorecard).toHaveLength(3)
    expect((await fetch(`${base}/api/proeftuinen/${proeftuinId}`)).status).toBe(404)
  })

  it('the contact gets the invitation, and chooses a password on the admin’s own page', async () => {
    const mail = await waitFor('the invitation', () => smtp.mails.find((m) => m.subject.startsWith('Welkom bij SamenBeter')))
    expect(mail.to).toContain(contact.email)
    invitation = new RegExp(`${base.replace(/[.]/g, '\\.')}/admin/reset/[0-9a-f]+`).exec(mail.text)![0]
    const letter = await browser.newPage({ viewport: { width: 800, height: 900 } })
    await letter.setContent(mail.html as string)
    await shot(letter, '05-uitnodiging.png')
    await letter.close()

    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
    await page.goto(invitation)
    // Typed before the admin's form is interactive, the words would not reach it.
    await page.waitForLoadState('networkidle')
    await page.locator('input[name="password"]').fill(contact.password)
    await page.locator('input[name="confirm-password"]').fill(contact.password)
    await shot(page, '06-wachtwoord-kiezen.png')
    await page.locator('button[type="submit"]').click()
    await page.waitForURL((url) => !url.pathname.includes('/reset'))
    await page.close()
    // The link worked once; the password is theirs.
    const again = await fetch(`${base}/api/users/reset-password`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token: invitation.split('/').at(-1), password: 'nog-een-ander-wachtwoord' }) })
    expect(again.status).toBe(403)
    const loggedIn = await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: contact.email, password: contact.password }) })
    expect(loggedIn.status).toBe(200)
  })

  it('the kwartiermaker takes over a newer scan, completes the draft and offers it for review', async () => {
    const page = await login(contact.email, contact.password)
    // Part 3: the scan the site keeps in its link, copied into their own draft.
    const scan = `${site}/mvp/zelfscan/?ecommunity=present&kwartiermaker=present&vraagbaak=present&huis-van-de-wijk=in-progress`
    await page.goto(`${base}/admin/zelfscan?scan=${encodeURIComponent(scan)}`)
    await page.getByRole('button', { name: 'Overnemen in mijn concept' }).click()
    await expect.poll(() => page.locator('.zelfscan-form [role="status"]').innerText(), { timeout: 15_000 }).toMatch(/staat in het concept van .*: 4 onderdelen/)
    await shot(page, '07-zelfscan-overnemen.png')

    await openDocument(page, base, 'proeftuinen', proeftuinId, '#field-summary')
    const summary = page.locator('#field-summary')
    await expect(page.getByRole('button', { name: 'Publiceer wijzigingen' }).count()).resolves.toBe(0)
    await summary.fill('Bewoners en de huisarts bouwen samen een Huis van de Wijk in de Kruidenwijk.')
    await page.getByRole('button', { name: 'Ter beoordeling aanbieden' }).click()
    await page.locator('[data-review-status="submitted"]').waitFor()
    await shot(page, '08-ter-beoordeling.png')
    await page.goto('about:blank')
    await page.close()
    const draft = await api(`/proeftuinen/${proeftuinId}?draft=true&depth=0`)
    expect(draft).toMatchObject({ reviewStatus: 'submitted', _status: 'draft' })
    expect(draft.scorecard).toHaveLength(4)
  })

  it('the editor publishes it from "Wacht op beoordeling"; after the rebuild it is on the matrix, in the list and in the search', async () => {
    const page = await login(editor.email, editor.password)
    await page.goto(`${base}/admin`)
    const panel = page.locator('.review-dashboard')
    await panel.locator('a', { hasText: 'Kruidenwijk' }).click()
    await takeOverIfLocked(page, base, '[data-review-status="submitted"]')
    await clickUntil(page.getByRole('button', { name: 'Publiceer wijzigingen' }), page.locator('[data-review-status="none"]'))
    await shot(page, '09-gepubliceerd.png')
    await page.close()

    const visitor = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    // The rebuild (export, astro, Pagefind) runs a little after the publish.
    await waitFor(
      'the proeftuin on the rebuilt site',
      async () => (await fetch(`${site}/proeftuinen/`).then((r) => r.text(), () => '')).includes('Kruidenwijk'),
      300_000,
    )
    await visitor.goto(`${site}/mvp/`)
    const column = visitor.locator('table.matrix thead th', { hasText: 'Kruidenwijk' })
    await column.waitFor()
    await expect(column.innerText()).resolves.toContain('Proeftuin Kruidenwijk & "De Maten"')
    await shot(visitor, '10-matrix.png')
    await visitor.goto(`${site}/proeftuinen/`)
    await visitor.locator('main a', { hasText: 'Kruidenwijk' }).first().waitFor()
    await shot(visitor, '11-proeftuinen.png')
    await visitor.goto(`${site}/zoeken/`)
    await visitor.locator('#zoekterm').fill('Kruidenwijk')
    await visitor.locator('.search-result > h3 a', { hasText: 'Kruidenwijk' }).first().waitFor({ timeout: 15_000 })
    await shot(visitor, '12-zoeken.png')
    await visitor.close()
  }, 400_000)

  // Issue 18, part 1: the new proeftuin is reviewed by another, in the admin.
  let reviewId = 0
  const doubt = 'Twijfel: werkt de eCommunity al buiten de <b>kern</b> van de wijk?'
  const reply = 'Nog niet: we starten in maart in de Maten.'

  it('Westerpark\'s kwartiermaker reviews the new proeftuin: per MVP part eens or twijfel, saved as a draft and offered for review', async () => {
    const page = await login(reviewer.email, reviewer.password)
    await page.goto(`${base}/admin/collections/peer-reviews/create`)
    await page.locator('#field-about .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Kruidenwijk' }).click()
    await expect(page.locator('#field-by').innerText()).resolves.toContain('Westerpark')
    await page.getByRole('button', { name: 'Voeg Oordeel toe' }).click()
    await page.locator('#field-verdicts__0__part .rs__control').click()
    await page.locator('.rs__option', { hasText: 'eCommunity' }).click()
    await page.locator('#field-verdicts__0__verdict .rs__control').click()
    await page.locator('.rs__option', { hasText: 'Twijfel' }).click()
    await page.locator('#field-verdicts__0__comment').fill(doubt)
    await page.locator('#field-onWhatWorks').fill('De koppeling met de huisarts werkt ook bij ons.')
    await page.locator('#action-save-draft').click()
    await page.waitForURL(/\/admin\/collections\/peer-reviews\/\d+/)
    reviewId = Number(/peer-reviews\/(\d+)/.exec(page.url())![1])
    await takeOverIfLocked(page, base, '.review-panel')
    await clickUntil(page.getByRole('button', { name: 'Ter beoordeling aanbieden' }), page.locator('[data-review-status="submitted"]'))
    await shot(page, '13-review-geschreven.png')
    await page.goto('about:blank')
    await page.close()
    const draft = await api(`/peer-reviews/${reviewId}?draft=true&depth=0`)
    expect(draft).toMatchObject({ about: proeftuinId, _status: 'draft', reviewStatus: 'submitted', title: 'Review van Proeftuin Kruidenwijk & "De Maten" door Proeftuin Westerpark' })
    expect(draft.verdicts).toMatchObject([{ verdict: 'doubt', comment: doubt }])
  })

  it('the new proeftuin\'s kwartiermaker reads the review of their proeftuin and replies; its words they cannot change', async () => {
    // Offered for review, the review is mailed to them, with the way to it.
    const mail = await waitFor('the mail to the reviewed proeftuin', () => smtp.mails.find((m) => m.subject.startsWith('Een peer review van jullie proeftuin')))
    expect(mail.to).toContain(contact.email)
    expect(mail.subject).toBe('Een peer review van jullie proeftuin: Review van Proeftuin Kruidenwijk & "De Maten" door Proeftuin Westerpark')
    expect(mail.text).toContain(`${base}/admin/collections/peer-reviews/${reviewId}`)
    expect(mail.html).toContain('Kruidenwijk &amp; "De Maten"')
    const page = await login(contact.email, contact.password)
    await openDocument(page, base, 'peer-reviews', reviewId, '#field-reply')
    await expect(page.locator('#field-onWhatWorks').isEditable()).resolves.toBe(false)
    await page.locator('#field-reply').fill(reply)
    await clickUntil(page.locator('#action-save-draft'), page.getByText('Concept opgeslagen.'))
    await shot(page, '14-reactie.png')
    await page.goto('about:blank')
    await page.close()
    expect(await api(`/peer-reviews/${reviewId}?draft=true&depth=0`)).toMatchObject({ reply, onWhatWorks: 'De koppeling met de huisarts werkt ook bij ons.' })
  })

  it('the editor finds the review under "Wacht op beoordeling" and publishes it; after the rebuild the case page shows it, with the reply, and the matrix marks the doubted cell', async () => {
    const page = await login(editor.email, editor.password)
    await page.goto(`${base}/admin`)
    await page.locator('.review-dashboard a', { hasText: 'Review van Proeftuin Kruidenwijk' }).click()
    await takeOverIfLocked(page, base, '[data-review-status="submitted"]')
    await clickUntil(page.getByRole('button', { name: 'Publiceer wijzigingen' }), page.locator('[data-review-status="none"]'))
    await page.close()
    const { slug } = await api(`/peer-reviews/${reviewId}?depth=0`)
    const reviewPage = `${site}/peer-reviews/${slug}/`
    await waitFor('the review on the rebuilt site', async () => (await fetch(reviewPage)).ok, 300_000)
    const visitor = await browser.newPage({ viewport: { width: 1200, height: 900 } })
    await visitor.goto(reviewPage)
    const main = visitor.locator('main')
    await expect(main.innerText()).resolves.toContain(reply)
    await expect(main.innerText()).resolves.toContain(doubt)
    // Typed markup stays text.
    await expect(main.locator('b', { hasText: 'kern' }).count()).resolves.toBe(0)
    await shot(visitor, '15-review-op-de-site.png')
    const { slug: caseSlug } = await api(`/proeftuinen/${proeftuinId}?depth=0`)
    await visitor.goto(`${site}/proeftuinen/${caseSlug}/`)
    await visitor.locator(`main a[href*="/peer-reviews/${slug}/"]`).first().waitFor()
    await expect(visitor.locator('main').innerText()).resolves.toContain('Westerpark')
    await shot(visitor, '16-case-met-review.png')
    await visitor.goto(`${site}/mvp/`)
    const doubted = visitor.locator('table.matrix tbody tr', { hasText: 'eCommunity' }).locator('td:has(.peer-doubt)')
    await expect(doubted.count()).resolves.toBe(1)
    await expect(doubted.textContent()).resolves.toContain('twijfel van Proeftuin Westerpark')
    await expect(doubted.locator('a').getAttribute('href')).resolves.toContain(`/proeftuinen/${caseSlug}/`)
    await shot(visitor, '17-matrix-met-review.png')
    await visitor.close()
  }, 400_000)

  it('the contact’s name and address are nowhere on the site, its data or its search index', async () => {
    const zlib = await import('node:zlib')
    for (const file of filesUnder(dist)) {
      let bytes = fs.readFileSync(file)
      if (/\.pf_(fragment|index|meta)$/.test(file)) {
        try {
          bytes = zlib.gunzipSync(bytes)
        } catch {}
      }
      expect(bytes.includes(contact.email), file).toBe(false)
      expect(bytes.includes(contact.name), file).toBe(false)
    }
    for (const file of filesUnder(content)) expect(fs.readFileSync(file, 'utf8'), file).not.toContain(contact.email)
  })
})
