/**
 * `npm start` as a user runs it, driven in headless Chromium: the newcomer's path through the
 * site, the VraagBaak from question to published answer, a kwartiermaker in the admin, and the
 * programme planner. Every step leaves a screenshot in test-results/start/.
 *
 * The run gets its own database, content copy and site output (DATA_DIR, SITE_CONTENT_DIR,
 * SITE_OUT_DIR), so publishing here never rewrites the repository's content/.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { adminLogin } from '../helpers/adminLogin'
import { clickUntil } from '../helpers/clickUntil'
import { openDocument } from '../helpers/documentLock'
import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { freePort } from '../helpers/freePort'
import { commandLine, descendants, killHard } from '../helpers/processTree'

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-start-'))
const cmsPort = await freePort()
let sitePort = await freePort()
while (sitePort === cmsPort) sitePort = await freePort()
const cms = `http://localhost:${cmsPort}`
const site = `http://localhost:${sitePort}`
const shots = artifactDir('start')
const admin = { email: 'beheer@samenbeter.test', password: 'beheer-wachtwoord-1' }
const people = {
  editor: { email: 'redactie@samenbeter.test', password: 'redactie-wachtwoord-1', name: 'Rita Redactie', role: 'editor' },
  expert: { email: 'expert@samenbeter.test', password: 'expert-wachtwoord-1', name: 'Eva Expert', role: 'expert' },
  kwartiermaker: { email: 'kwartier@samenbeter.test', password: 'kwartier-wachtwoord-1', name: 'Kees Kwartier', role: 'kwartiermaker' },
}
const asker = { name: 'Vera Vrager', email: 'vera.vrager@example.org' }

let server: ChildProcess
let output = ''
let browser: Browser
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>

/** How many site rebuilds the CMS server has reported finished. */
const rebuildsDone = () => output.split('site rebuild: done').length - 1
const shot = (page: Page, name: string) => page.screenshot({ path: path.join(shots, `${name}.png`), fullPage: true })

async function api(pathname: string, init: RequestInit & { token?: string } = {}) {
  const response = await fetch(`${cms}/api${pathname}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', ...(init.token ? { Authorization: `JWT ${init.token}` } : {}), ...init.headers },
  })
  const body = await response.json().catch(() => ({}))
  if (!response.ok) throw new Error(`${init.method ?? 'GET'} ${pathname}: ${response.status} ${JSON.stringify(body)}`)
  return body
}
const login = async (who: { email: string; password: string }) =>
  (await api('/users/login', { method: 'POST', body: JSON.stringify(who) })).token as string


beforeAll(async () => {
  fs.cpSync('content', path.join(work, 'content'), { recursive: true })
  smtp = await startSmtpPeer()
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATA_DIR: path.join(work, 'data'),
    SITE_CONTENT_DIR: path.join(work, 'content'),
    SITE_OUT_DIR: path.join(work, 'dist'),
    CMS_PORT: String(cmsPort),
    SITE_PORT: String(sitePort),
    ADMIN_EMAIL: admin.email,
    ADMIN_PASSWORD: admin.password,
    SITE_REBUILD_DEBOUNCE_MS: '500',
    ASK_MIN_SECONDS: '1',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_STARTTLS: 'false',
  }
  // As on a fresh machine: no secret, no mode, the embedded database.
  delete (env as Record<string, string | undefined>).NODE_ENV
  delete env.PAYLOAD_SECRET
  delete env.DATABASE_URL
  server = spawn('npm', ['start'], { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  server.stdout!.on('data', (d) => (output += d))
  server.stderr!.on('data', (d) => (output += d))
  for (let waited = 0; !output.includes('is running'); waited += 500) {
    if (server.exitCode !== null || waited > 540_000) throw new Error(`npm start did not come up:\n${output}`)
    await new Promise((r) => setTimeout(r, 500))
  }
  const token = await login(admin)
  const { docs } = await api('/proeftuinen?where[slug][equals]=roermond', { token })
  for (const person of Object.values(people)) {
    await api('/users', { method: 'POST', token, body: JSON.stringify({ ...person, ...(person.role === 'kwartiermaker' ? { proeftuin: docs[0].id } : {}) }) })
  }
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  // npm start may have ended already (the last test stops it).
  if (server?.pid && server.exitCode === null) {
    process.kill(-server.pid, 'SIGINT')
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.on('exit', r)))
  }
  await smtp?.close()
  fs.rmSync(work, { recursive: true, force: true })
})

describe('npm start', () => {
  it('seeded the database from content/ and printed both addresses', async () => {
    expect(output).toContain(`${site}/`)
    expect(output).toContain(`${cms}/admin`)
    const { totalDocs } = await api('/proeftuinen')
    expect(totalDocs).toBe(5)
  })

  it('a newcomer finds their way: home → RoughGuide → MVP matrix → a proeftuin → its tool, then searches', async () => {
    const page = await browser.newPage()
    await page.goto(`${site}/`)
    await shot(page, '1-home')
    await page.getByRole('link', { name: 'Lees de RoughGuide' }).click()
    await expect(page.locator('h1').textContent()).resolves.toBeTruthy()
    await shot(page, '1-guide-chapter')
    await page.goto(`${site}/mvp/`)
    await shot(page, '1-mvp-matrix')
    await page.locator('main a[href^="/proeftuinen/"]').first().click()
    await page.waitForURL(/\/proeftuinen\/[a-z-]+\/$/)
    await shot(page, '1-proeftuin')
    await page.locator('main a[href^="/toolbox/"]').first().click()
    await page.waitForURL(/\/toolbox\/[a-z0-9-]+\/$/)
    await shot(page, '1-tool')

    await page.locator('header input[type="search"]').fill('roermond ecommunity')
    await page.locator('header input[type="search"]').press('Enter')
    await page.waitForURL(/\/zoeken\//)
    const results = page.locator('main ol li a, main .result a, main [data-result] a')
    await results.first().waitFor()
    await page.getByRole('checkbox', { name: /Proeftuin/ }).first().check()
    await page.waitForURL(/proeftuin/i)
    await results.first().waitFor()
    await shot(page, '1-search-filtered')
    await results.first().click()
    await page.waitForURL(/\/proeftuinen\/[a-z-]+\/$/)
    await shot(page, '1-search-result')
    await page.close()
  })

  it('the VraagBaak: ask on the site, assign, answer, publish; the answer is on the rebuilt site without the asker', async () => {
    const question = 'Hoe hebben de proeftuinen de VraagBaak in de wijk bekend gemaakt bij bewoners?'
    const page = await browser.newPage()
    await page.goto(`${site}/vraagbaak/`)
    await page.locator('#ask-title').fill(question)
    await page.locator('#ask-name').fill(asker.name)
    await page.locator('#ask-email').fill(asker.email)
    await page.locator('#ask-consent').check()
    await page.waitForTimeout(1200) // the form refuses answers sent faster than a person types
    await page.getByRole('button', { name: 'Verstuur je vraag' }).click()
    await page.getByText(/VB-[A-Z0-9]{4}-[A-Z0-9]{4}/).waitFor()
    await shot(page, '2-asked')
    const reference = /VB-[A-Z0-9]{4}-[A-Z0-9]{4}/.exec((await page.locator('main').textContent())!)![0]
    const mailTo = async (subject: RegExp) => {
      for (let waited = 0; waited < 30_000; waited += 250) {
        const mail = smtp.mails.find((m) => m.to.includes(asker.email) && subject.test(m.subject))
        if (mail) return mail
        await new Promise((r) => setTimeout(r, 250))
      }
      throw new Error(`no mail ${subject} to the asker; got ${JSON.stringify(smtp.mails.map((m) => m.subject))}`)
    }
    expect((await mailTo(/ontvangen/)).text).toContain(reference)

    // The editor accepts the question and assigns the expert.
    const editorToken = await login(people.editor)
    const { docs } = await api(`/questions?where[status][equals]=new&depth=0`, { token: editorToken })
    const asked = docs.find((d: { title: string }) => d.title === question)
    expect(asked).toBeTruthy()
    const editorPage = await browser.newPage()
    await adminLogin(editorPage, cms, people.editor)
    await openDocument(editorPage, cms, 'questions', asked.id, '#field-status')
    await editorPage.locator('#field-status').click()
    await editorPage.getByText('Geaccepteerd', { exact: true }).click()
    await editorPage.locator('#field-assignedTo').click()
    await editorPage.getByText(people.expert.name, { exact: true }).click()
    // "Concept opslaan": a question not yet published is saved in place, so the expert sees it now.
    await editorPage.locator('#action-save-draft').click()
    await editorPage.getByText(/opgeslagen|bijgewerkt|aangepast/i).first().waitFor()
    await shot(editorPage, '2-assigned')
    // Done, the editor leaves the document, as a person closes the tab: a form left open takes
    // Payload's lock again on its next round trip, and the expert's form would turn read-only.
    await editorPage.goto('about:blank')

    // The expert writes the answer.
    const expertPage = await browser.newPage()
    await adminLogin(expertPage, cms, people.expert)
    await openDocument(expertPage, cms, 'questions', asked.id, '[data-lexical-editor="true"]')
    const editor = expertPage.locator('[data-lexical-editor="true"]').first()
    await editor.click()
    await expertPage.locator('#field-answeredBy').fill(people.expert.name)
    await editor.pressSequentially('Met een wijkkrant, bij de huisarts en via de ambassadeurs van de wijk.')
    // The editor hands its state to the form a moment after the last key.
    await expertPage.waitForTimeout(1000)
    await clickUntil(expertPage.locator('#action-save'), expertPage.getByText(/opgeslagen|bijgewerkt|aangepast/i).first())
    await shot(expertPage, '2-answered')
    await expertPage.goto('about:blank')

    // The editor publishes.
    const rebuildsBefore = rebuildsDone()
    // The editor publishes: Payload's own Publiceren, as in every collection.
    await openDocument(editorPage, cms, 'questions', asked.id, '#field-status')
    await clickUntil(editorPage.locator('#action-save'), editorPage.getByText(/opgeslagen|bijgewerkt|aangepast/i).first())
    await shot(editorPage, '2-published')

    // After the rebuild (the CMS server reports it done) the question has its page and is found by search.
    const published = await api(`/questions/${asked.id}?depth=0`)
    const url = `${site}/vraagbaak/${published.slug}/`
    for (let waited = 0; rebuildsDone() === rebuildsBefore; waited += 1000) {
      if (waited > 300_000) throw new Error(`no site rebuild finished\n${output.slice(-3000)}`)
      await new Promise((r) => setTimeout(r, 1000))
    }
    expect((await mailTo(/beantwoord/)).text).toContain(url)
    await page.goto(url)
    await expect(page.locator('main').textContent()).resolves.toContain('ambassadeurs van de wijk')
    await shot(page, '2-on-the-site')
    await page.goto(`${site}/zoeken/?q=${encodeURIComponent('vraagbaak bekend gemaakt bewoners')}`)
    await page.locator(`main a[href*="/vraagbaak/${published.slug}/"]`).first().waitFor()
    await shot(page, '2-found-by-search')

    // The export the rebuild made holds the question and answer, never the asker.
    const exported = fs.readFileSync(path.join(work, 'content', 'questions', `${published.slug}.md`), 'utf8')
    expect(exported).toContain(question)
    expect(exported).toContain('ambassadeurs van de wijk')
    expect(exported).not.toContain(asker.email)
    expect(exported).not.toContain(asker.name)

    const dist = path.join(work, 'dist')
    const files = fs.readdirSync(dist, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
    for (const file of files) {
      const text = fs.readFileSync(path.join(file.parentPath, file.name), 'latin1')
      expect(text, file.name).not.toContain(asker.email)
      expect(text, file.name).not.toContain(asker.name)
    }
    await Promise.all([page.close(), editorPage.close(), expertPage.close()])
  })

  it('a kwartiermaker saves a draft of their own case and cannot edit another', async () => {
    const rebuildsBefore = output.split('site rebuild:').length
    const page = await browser.newPage()
    await adminLogin(page, cms, people.kwartiermaker)
    const token = await login(people.kwartiermaker)
    const own = (await api('/proeftuinen?where[slug][equals]=roermond', { token })).docs[0]
    const other = (await api('/proeftuinen?where[slug][equals]=rotterdam', { token })).docs[0]
    await page.goto(`${cms}/admin/collections/proeftuinen/${own.id}`)
    await page.locator('#field-summary').fill('Roermond werkt aan een nieuwe start (concept).')
    await page.locator('#action-save-draft').click()
    await page.getByText(/opgeslagen|concept/i).first().waitFor()
    await shot(page, '3-own-draft')
    const draft = await api(`/proeftuinen/${own.id}?draft=true&depth=0`, { token })
    expect(draft.summary).toBe('Roermond werkt aan een nieuwe start (concept).')
    expect((await api(`/proeftuinen/${own.id}?depth=0`)).summary).not.toContain('(concept)')
    // A draft changes nothing public: the site is not rebuilt (the quiet period here is 0.5 s).
    await page.waitForTimeout(2000)
    expect(output.split('site rebuild:').length).toBe(rebuildsBefore)

    await page.goto(`${cms}/admin/collections/proeftuinen/${other.id}`)
    await page.locator('#field-summary').waitFor()
    await expect(page.locator('#field-summary').isEditable()).resolves.toBe(false)
    await expect(page.locator('#action-save-draft').count()).resolves.toBe(0)
    await shot(page, '3-other-read-only')
    await page.close()
  })

  it('an editor takes a tool offline: after the rebuild its page is gone and pages that linked to it keep the words', async () => {
    const token = await login(people.editor)
    const tool = (await api('/tools?where[slug][equals]=zero-badge&depth=0', { token })).docs[0]
    const rebuildsBefore = rebuildsDone()
    const page = await browser.newPage()
    await adminLogin(page, cms, people.editor)
    await openDocument(page, cms, 'tools', tool.id, '#action-save')
    // "Publicatie ongedaan maken" sits in the menu behind the three dots.
    await page.locator('.doc-controls__dots').click()
    await page.locator('#action-unpublish').click()
    await page.getByRole('button', { name: 'Bevestigen' }).click()
    await page.getByText('Succesvol niet-gepubliceerd.').waitFor()
    await shot(page, '5-unpublished')
    for (let waited = 0; rebuildsDone() === rebuildsBefore; waited += 1000) {
      if (waited > 300_000) throw new Error(`no site rebuild finished\n${output.slice(-3000)}`)
      await new Promise((r) => setTimeout(r, 1000))
    }
    expect((await fetch(`${site}/toolbox/zero-badge/`)).status).toBe(404)
    // The rebuild's link check found nothing pointing to the page that is gone.
    expect(output.match(/Linkcheck: .*/g)!.at(-1)).toMatch(/ 0 problemen\.$/)
    await page.goto(`${site}/gids/eigenaarschap-en-commons/`)
    await expect(page.locator('main').textContent()).resolves.toContain('Zero Badge')
    await expect(page.locator('main a[href*="/toolbox/zero-badge/"]').count()).resolves.toBe(0)
    await page.goto(`${site}/toolbox/`)
    await expect(page.locator('main a[href*="/toolbox/zero-badge/"]').count()).resolves.toBe(0)
    await shot(page, '5-toolbox-without-it')
    await page.close()
  })

  it('the planner turns a start date into an agenda and an .ics with one event per phase', async () => {
    const page = await browser.newPage()
    await page.goto(`${site}/programmas/100-dagenlijn/`)
    await page.locator('input[name="start"]').fill('2027-03-01')
    await page.getByRole('button', { name: 'Maak mijn agenda' }).click()
    await page.locator('.agenda').waitFor()
    await shot(page, '4-agenda')
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics]').click()])
    const ics = fs.readFileSync((await download.path())!, 'utf8')
    const phases = (await api('/programmes?where[slug][equals]=100-dagenlijn')).docs[0].phases
    expect(ics).toMatch(/^BEGIN:VCALENDAR/)
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(phases.length)
    expect(ics).toContain('DTSTART;VALUE=DATE:20270301')
    for (const phase of phases) expect(ics.replace(/\r\n /g, '')).toContain(phase.name)
    await page.close()
  })

  // Last: it ends npm start. Issue 11: `npm start` never leaves one server orphaned.
  it('a CMS that dies is started again; one that dies three times within a minute stops the site too, with one line', async () => {
    const cmsProcess = () => descendants(server.pid!).find((pid) => commandLine(pid).includes('serve-cms'))
    const restarts = () => output.split('CMS: running again').length - 1
    // The status of a GET on a connection of its own to the address the servers listen on, or why
    // nothing answered (ECONNREFUSED, ECONNRESET, …): no pooled socket to a killed server and no
    // name lookup stand between the test and what it checks, and a failure says which it was.
    const answers = (url: string) =>
      new Promise<number | string>((resolve) => {
        http
          .get(url.replace('//localhost:', '//127.0.0.1:'), { agent: false }, (response) => (response.resume(), resolve(response.statusCode!)))
          .on('error', (error: NodeJS.ErrnoException) => resolve(`no answer: ${error.code ?? error.message}`))
      })
    const until = async (what: string, done: () => unknown) => {
      for (let waited = 0; !done(); waited += 250) {
        if (waited > 120_000) throw new Error(`${what}:\n${output.slice(-2000)}`)
        await new Promise((r) => setTimeout(r, 250))
      }
    }
    const first = cmsProcess()!
    killHard(first)
    await until('the CMS did not come back', () => restarts() === 1)
    expect(output).toContain('CMS stopped (SIGKILL); starting it again…')
    // Back means answering within a few seconds and not stopping again (on a loaded machine a first
    // try has once gone unanswered; what it got is printed, so a real fault still shows).
    let back: number | string = 0
    for (let tries = 0; back !== 200 && tries < 5; tries++) {
      if (tries) await new Promise((r) => setTimeout(r, 1000))
      back = await answers(`${cms}/api/tools?limit=1`)
      if (back !== 200) console.warn(`the CMS that was started again: ${back}`)
    }
    expect(back, output.slice(-2000)).toBe(200)
    expect(output.split('CMS stopped').length - 1, 'the CMS stopped again after it came back').toBe(1)
    expect(await answers(`${site}/`)).toBe(200)
    // Twice more, each as soon as it is started again: three crashes within the minute.
    const second = cmsProcess()!
    killHard(second)
    await until('no CMS was started after the second crash', () => cmsProcess() && cmsProcess() !== second)
    killHard(cmsProcess()!)
    await new Promise((r) => (server.exitCode !== null ? r(null) : server.once('exit', r)))
    expect(output).toContain('CMS stopped (SIGKILL) three times within a minute; the site stops too.')
    // Both are gone: nothing is left to answer on either port.
    expect(await answers(`${site}/`)).toBe('no answer: ECONNREFUSED')
    expect(await answers(`${cms}/api/tools?limit=1`)).toBe('no answer: ECONNREFUSED')
    expect(cmsProcess()).toBeUndefined()
  }, 300_000)
})
