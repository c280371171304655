/**
 * The daily work in the admin, in Chromium, each path as the role that does it: the editor
 * moderates through the queue, the expert finds and answers their question, and everyone meets a
 * Dutch, SamenBeter-branded admin. The built CMS on a real Next.js server, a real SMTP peer.
 * Clicks are counted per path (only clicks, not typing) and named in the test titles.
 */
import type { ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { adminLogin } from '../helpers/adminLogin'
import { takeOverIfLocked } from '../helpers/documentLock'
import { freePort } from '../helpers/freePort'
import { seededCms } from '../helpers/seededCms'
import { startSmtpPeer } from '../helpers/smtpPeer'

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const password = 'een-lang-wachtwoord-42'
const shots = artifactDir('admin')
const HOUR = 3_600_000

let server: ChildProcess
let browser: Browser
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let dataDir: string
const ids: Record<string, number> = {}

const lexical = (text: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }],
  },
})

const waitFor = async <T,>(what: string, probe: () => T | undefined, ms = 10_000): Promise<T> => {
  for (let waited = 0; waited < ms; waited += 100) {
    const value = probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

const stored = async (id: number) => {
  const login = await (await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'eva@samenbeter.test', password }) })).json()
  return (await fetch(`${base}/api/questions/${id}?depth=0`, { headers: { authorization: `JWT ${login.token}` } })).json()
}

/** A page with a click counter: every click a person makes goes through `click`. */
async function session(email: string) {
  const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } })
  await adminLogin(page, base, { email, password })
  let clicks = 0
  const click = async (locator: ReturnType<Page['locator']>) => {
    clicks++
    await locator.click()
  }
  return { page, click, clicks: () => clicks, reset: () => (clicks = 0) }
}

/** The toast that says `text` (Sonner keeps earlier toasts on screen for a while). */
const toastSaying = (page: Page, text: string | RegExp) => page.locator('[data-sonner-toast]', { hasText: text }).first().waitFor()

beforeAll(async () => {
  smtp = await startSmtpPeer()
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-admin-'))
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'e2e-admin-secret',
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_STARTTLS: 'false',
    SITE_REBUILD_COMMAND: '',
  }
  server = await seededCms(port, env, async (payload) => {
    const user = async (role: string, name: string, email: string) =>
      (await payload.create({ collection: 'users', data: { role, name, email, password } as never, overrideAccess: true })).id as number
    ids.editor = await user('editor', 'Eva Redacteur', 'eva@samenbeter.test')
    ids.expert = await user('expert', 'Erik Expert', 'erik@samenbeter.test')
    ids.otherExpert = await user('expert', 'Olga Expert', 'olga@samenbeter.test')
    ids.proeftuin = (await payload.create({ collection: 'proeftuinen', data: { title: 'Nieuwland', city: 'Amersfoort', summary: 'Op de site.', sources: ['003_1842e49be4ba4d82.txt'], _status: 'published' } as never, context: { skipRebuild: true } })).id as number
    ids.kwartiermaker = (
      await payload.create({ collection: 'users', data: { role: 'kwartiermaker', name: 'Kees Kwartiermaker', email: 'kees@samenbeter.test', password, proeftuin: ids.proeftuin } as never, overrideAccess: true })
    ).id as number
    const question = async (title: string, hoursAgo: number, extra: Record<string, unknown> = {}) =>
      (
        await payload.create({
          collection: 'questions',
          data: { title, askerName: 'Bea Vrager', askerEmail: 'bea@example.org', askedAt: new Date(Date.now() - hoursAgo * HOUR).toISOString(), ...extra } as never,
          context: { skipMail: true, skipRebuild: true },
        })
      ).id as number
    // Created newest first: the queue must put the oldest first all the same.
    ids.spam = await question('Koop goedkope horloges via deze link nu meteen', 1)
    ids.fresh = await question('Hoe vind je bewoners die mee willen doen aan een proeftuin?', 3)
    ids.answered = await question('Wat kost een VraagBaak per jaar aan uren?', 10, {
      status: 'accepted', assignedTo: ids.otherExpert, body: lexical('Reken op vier uur per week.'), answeredBy: 'Olga Expert',
    })
    ids.forExpert = await question('Welke zorgverzekeraar doet mee in Roermond?', 5, { status: 'accepted', assignedTo: ids.expert })
    ids.overdue = await question('Een oude vraag die nog op een antwoord wacht', 48)
    // Its deadline passed a day ago: the mail queue told the editors (tests/int/mails.test.ts sends it; here it is the record).
    await payload.create({
      collection: 'mails',
      data: { key: `escalation:${ids.overdue}`, kind: 'escalation', question: ids.overdue, status: 'sent', to: 'eva@samenbeter.test', sentAt: new Date(Date.now() - 24 * HOUR).toISOString(), attempts: 1 } as never,
      overrideAccess: true,
    })
    await payload.create({ collection: 'mails', data: { key: 'received:refused', kind: 'received', status: 'failed', attempts: 5, lastError: '451 Tijdelijk niet beschikbaar' } as never, overrideAccess: true })
    for (let i = 0; i < 3; i++) {
      await payload.create({
        collection: 'questions',
        data: { title: `Een eerder gepubliceerde vraag nummer ${i + 1}`, _status: 'published', body: lexical('Antwoord.'), askedAt: new Date(Date.now() - 30 * 24 * HOUR).toISOString() } as never,
        context: { skipMail: true, skipRebuild: true },
      })
    }
  })
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  await smtp?.close()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('the editor moderates through the queue', () => {
  let editor: Awaited<ReturnType<typeof session>>
  beforeAll(async () => {
    editor = await session('eva@samenbeter.test')
  })

  it('shows all open work above the list, oldest first, the overdue question marked late, each with its action', async () => {
    const { page } = editor
    await page.goto(`${base}/admin/collections/questions`)
    const rows = page.locator('.vraagbaak-queue tbody tr')
    await rows.first().waitFor()
    const titles = await rows.locator('td:first-child a').allInnerTexts()
    expect(titles).toEqual([
      'Een oude vraag die nog op een antwoord wacht',
      'Wat kost een VraagBaak per jaar aan uren?',
      'Welke zorgverzekeraar doet mee in Roermond?',
      'Hoe vind je bewoners die mee willen doen aan een proeftuin?',
      'Koop goedkope horloges via deze link nu meteen',
    ])
    const overdue = page.locator('.vraagbaak-queue tr[data-overdue]')
    await expect(overdue.count()).resolves.toBe(1)
    await expect(overdue.innerText()).resolves.toMatch(/Een oude vraag[\s\S]*1 dag[\s\S]*te laat/)
    await expect(page.locator(`.vraagbaak-queue tr[data-question="${ids.forExpert}"]`).innerText()).resolves.toMatch(/bij Erik Expert[\s\S]*nog 1[89] uur/)
    await expect(page.locator(`.vraagbaak-queue tr[data-question="${ids.answered}"] [data-action="publish"] button.btn`).isVisible()).resolves.toBe(true)
    await expect(page.locator(`.vraagbaak-queue tr[data-question="${ids.fresh}"] [data-action="accept"] button.btn`).isVisible()).resolves.toBe(true)
    // The list below sorts open work first too: no published question before an open one.
    const list = await page.locator('.collection-list table tbody tr td.cell-status').allInnerTexts()
    expect(list.slice(0, 5).every((s) => s !== 'Gepubliceerd')).toBe(true)
    await page.screenshot({ path: path.join(shots, 'queue.png'), fullPage: true })
  })

  it('refuses to accept without an expert, in Dutch', async () => {
    const { page, click } = editor
    await click(page.locator(`.vraagbaak-queue tr[data-question="${ids.fresh}"] [data-action="accept"] button.btn`))
    await toastSaying(page, 'Wijs een expert toe om de vraag te accepteren.')
    expect((await stored(ids.fresh)).status).toBe('new')
    await page.screenshot({ path: path.join(shots, 'queue-refusal.png') })
  })

  it('accepts a question with an expert picked in place: 3 clicks', async () => {
    const { page, click, clicks, reset } = editor
    reset()
    const row = page.locator(`.vraagbaak-queue tr[data-question="${ids.fresh}"]`)
    await click(row.locator('[data-action="accept"] .rs__control'))
    await click(page.locator('.rs__option', { hasText: 'Erik Expert' }))
    await click(row.locator('[data-action="accept"] button.btn'))
    await toastSaying(page, 'Geaccepteerd')
    expect(clicks()).toBe(3)
    await page.locator(`.vraagbaak-queue tr[data-question="${ids.fresh}"][data-status="accepted"]`, { hasText: 'bij Erik Expert' }).waitFor()
    const doc = await stored(ids.fresh)
    expect(doc).toMatchObject({ status: 'accepted', assignedTo: ids.expert })
    await page.screenshot({ path: path.join(shots, 'queue-accepted.png'), fullPage: true })
  })

  it('rejects a question with a reason picked in place: 3 clicks', async () => {
    const { page, click, clicks, reset } = editor
    reset()
    const row = page.locator(`.vraagbaak-queue tr[data-question="${ids.spam}"]`)
    await click(row.locator('[data-action="reject"] .rs__control'))
    await click(page.locator('.rs__option', { hasText: 'Onzin of spam' }))
    await click(row.locator('[data-action="reject"] button.btn'))
    await toastSaying(page, 'Afgewezen')
    expect(clicks()).toBe(3)
    await page.locator(`.vraagbaak-queue tr[data-question="${ids.spam}"]`).waitFor({ state: 'detached' })
    expect(await stored(ids.spam)).toMatchObject({ status: 'rejected', rejectionReason: 'nonsense' })
  })

  it('publishes an answered question: 1 click', async () => {
    const { page, click, clicks, reset } = editor
    reset()
    await click(page.locator(`.vraagbaak-queue tr[data-question="${ids.answered}"] [data-action="publish"] button.btn`))
    await toastSaying(page, 'Gepubliceerd')
    expect(clicks()).toBe(1)
    await page.locator(`.vraagbaak-queue tr[data-question="${ids.answered}"]`).waitFor({ state: 'detached' })
    expect((await stored(ids.answered))._status).toBe('published')
    await page.screenshot({ path: path.join(shots, 'queue-after.png'), fullPage: true })
  })

  it('sees the VraagBaak on the dashboard as cards, with the overdue count', async () => {
    const { page } = editor
    await page.goto(`${base}/admin`)
    const dashboard = page.locator('.vraagbaak-dashboard')
    await dashboard.waitFor()
    await expect(dashboard.locator('[data-status="accepted"]').innerText()).resolves.toBe('2')
    await expect(dashboard.locator('[data-stat="overdue"]').innerText()).resolves.toBe('1')
    // Who was told when it ran past its deadline, and the mail the server kept refusing.
    await expect(dashboard.locator(`[data-escalation="${ids.overdue}"]`).innerText()).resolves.toMatch(/termijn verlopen, gemeld op .* aan eva@samenbeter\.test/)
    await expect(dashboard.locator('[data-stat="failed-mails"]').innerText()).resolves.toMatch(/^1 mail kon niet verstuurd worden/)
    await page.screenshot({ path: path.join(shots, 'dashboard-editor.png'), fullPage: true })
  })
})

describe('the expert finds and answers their question', () => {
  it('sees "Mijn vragen" with the deadline on the dashboard, opens one and sends the answer in: 2 clicks', async () => {
    const expert = await session('erik@samenbeter.test')
    const { page, click, clicks } = expert
    await page.goto(`${base}/admin`)
    const mine = page.locator('.vraagbaak-mine')
    await mine.waitFor()
    const text = await mine.innerText()
    expect(text).toMatch(/Mijn vragen \(2 te beantwoorden\)/)
    // Oldest first: the one assigned in the seed (5 hours ago), then the one the editor just accepted.
    expect(text.indexOf('Welke zorgverzekeraar')).toBeLessThan(text.indexOf('Hoe vind je bewoners'))
    expect(text).toMatch(/nog 1[89] uur/)
    await page.screenshot({ path: path.join(shots, 'dashboard-expert.png'), fullPage: true })

    await click(mine.locator('a', { hasText: 'Welke zorgverzekeraar' }))
    await page.waitForURL(new RegExp(`/questions/${ids.forExpert}$`))
    const editorBox = page.locator('[data-lexical-editor="true"]').first()
    await editorBox.waitFor()
    // Nothing they may not read: no empty asker box.
    await expect(page.getByText('Vrager (nooit openbaar)').count()).resolves.toBe(0)
    await editorBox.focus()
    await page.keyboard.type('VGZ en CZ doen mee; vraag het wijkteam naar de contactpersoon.')
    const submit = page.getByRole('button', { name: 'Antwoord insturen' })
    await click(submit)
    await toastSaying(page, /Opgeslagen/)
    expect(clicks()).toBe(2)
    const doc = await stored(ids.forExpert)
    expect(doc.status).toBe('answered')
    expect(JSON.stringify(doc.body)).toContain('VGZ en CZ')
    await page.screenshot({ path: path.join(shots, 'expert-answered.png'), fullPage: true })

    const mail = await waitFor('the mail to the editors', () => smtp.mails.find((m) => m.subject.startsWith('Antwoord ingestuurd')))
    expect(mail.to).toContain('eva@samenbeter.test')
    expect(mail.text).toContain('Welke zorgverzekeraar doet mee in Roermond?')
    expect(mail.text).not.toContain('bea@example.org')
  })

  it('has their open questions first in the questions list', async () => {
    const { page } = await session('erik@samenbeter.test')
    await page.goto(`${base}/admin/collections/questions`)
    await page.locator('.vraagbaak-mine').waitFor()
    const first = await page.locator('.collection-list table tbody tr td.cell-title').first().innerText()
    expect(first).not.toMatch(/eerder gepubliceerde/)
    await page.screenshot({ path: path.join(shots, 'list-expert.png'), fullPage: true })
  })
})

/**
 * The review is a hand-off between two people: whoever is done leaves, as a person closes the
 * tab, and whoever comes next takes the lock over when Payload asks (tests/helpers/documentLock.ts).
 * Not counted as clicks of the path.
 */
const leave = (page: Page) => page.goto('about:blank')

describe('review of a kwartiermaker\'s draft', () => {
  const draftOf = async () => {
    const login = await (await fetch(`${base}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'eva@samenbeter.test', password }) })).json()
    return (await fetch(`${base}/api/proeftuinen/${ids.proeftuin}?draft=true&depth=0`, { headers: { authorization: `JWT ${login.token}` } })).json()
  }
  let kees: Awaited<ReturnType<typeof session>>
  let eva: Awaited<ReturnType<typeof session>>

  it('the kwartiermaker sees no publish button and offers the draft for review: 1 click', async () => {
    kees = await session('kees@samenbeter.test')
    const { page, click, clicks } = kees
    await page.goto(`${base}/admin/collections/proeftuinen/${ids.proeftuin}`)
    const summary = page.locator('#field-summary')
    await summary.waitFor()
    await expect(page.getByRole('button', { name: 'Publiceer wijzigingen' }).count()).resolves.toBe(0)
    await summary.fill('Nieuw concept: spreekuur op dinsdag.')
    await click(page.getByRole('button', { name: 'Ter beoordeling aanbieden' }))
    await page.locator('[data-review-status="submitted"]').waitFor()
    expect(clicks()).toBe(1)
    const draft = await draftOf()
    expect(draft).toMatchObject({ reviewStatus: 'submitted', summary: 'Nieuw concept: spreekuur op dinsdag.', _status: 'draft' })
    await page.screenshot({ path: path.join(shots, 'review-submitted.png'), fullPage: true })
    await leave(page)
  })

  it('the editor sees "Wacht op beoordeling" with a count and sends it back with a comment: 2 clicks', async () => {
    eva = await session('eva@samenbeter.test')
    const { page, click, clicks } = eva
    await page.goto(`${base}/admin`)
    const panel = page.locator('.review-dashboard')
    await panel.waitFor()
    await expect(panel.locator('[data-stat="review"]').innerText()).resolves.toBe('1')
    await page.screenshot({ path: path.join(shots, 'review-dashboard.png'), fullPage: true })
    await click(panel.locator('a', { hasText: 'Nieuwland' }))
    await takeOverIfLocked(page, base, '.review-panel')
    const comment = page.locator('.review-panel textarea')
    await comment.waitFor()
    const sendBack = page.getByRole('button', { name: 'Terugsturen' })
    // Typed before the page is interactive, the words would not reach the form: type until the
    // button takes them and the form still holds them a moment later.
    const words = 'Noem ook het tijdstip van het spreekuur.'
    await expect
      .poll(async () => {
        if ((await comment.inputValue()) !== words) await comment.fill(words)
        await page.waitForTimeout(1_000)
        return (await comment.inputValue()) === words && (await sendBack.isEnabled())
      }, { timeout: 30_000, interval: 500 })
      .toBe(true)
    await click(sendBack)
    await page.locator('[data-review-status="sent-back"]').waitFor()
    expect(clicks()).toBe(2)
    expect(await draftOf()).toMatchObject({ reviewStatus: 'sent-back', reviewComment: 'Noem ook het tijdstip van het spreekuur.' })
    await leave(page)
  })

  it('the kwartiermaker sees the comment on their draft', async () => {
    const { page } = kees
    await page.goto(`${base}/admin/collections/proeftuinen/${ids.proeftuin}`)
    await takeOverIfLocked(page, base, '.review-panel')
    const comment = page.locator('.review-panel__comment')
    await comment.waitFor()
    await expect(comment.innerText()).resolves.toBe('Noem ook het tijdstip van het spreekuur.')
    await page.screenshot({ path: path.join(shots, 'review-sent-back.png'), fullPage: true })
  })

  it('offered again, the editor approves by publishing: the review ends', async () => {
    await kees.click(kees.page.getByRole('button', { name: 'Ter beoordeling aanbieden' }))
    await kees.page.locator('[data-review-status="submitted"]').waitFor()
    await leave(kees.page)
    const { page, click } = eva
    await page.goto(`${base}/admin/collections/proeftuinen/${ids.proeftuin}`)
    await takeOverIfLocked(page, base, '.review-panel')
    await page.locator('[data-review-status="submitted"]').waitFor()
    await click(page.getByRole('button', { name: 'Publiceer wijzigingen' }))
    await page.locator('[data-review-status="none"]').waitFor()
    const published = await (await fetch(`${base}/api/proeftuinen/${ids.proeftuin}?depth=0`)).json()
    expect(published).toMatchObject({ summary: 'Nieuw concept: spreekuur op dinsdag.', _status: 'published' })
    expect(published.reviewStatus ?? null).toBeNull()
  })

  it('the history shows who made each version', async () => {
    const { page } = eva
    await page.goto(`${base}/admin/collections/proeftuinen/${ids.proeftuin}/versions`)
    const rows = page.locator('.version-history tbody tr')
    await rows.first().waitFor()
    const authors = await page.locator('.version-history__author').allInnerTexts()
    // Newest first: Eva published, Kees offered it again, Eva sent it back, Kees offered it, the seed.
    expect(authors.slice(0, 4)).toEqual(['Eva Redacteur', 'Kees Kwartiermaker', 'Eva Redacteur', 'Kees Kwartiermaker'])
    expect(authors.at(-1)).toBe('—')
    // Never public.
    expect(JSON.stringify(await (await fetch(`${base}/api/proeftuinen/${ids.proeftuin}`)).json())).not.toContain('Redacteur')
    await page.screenshot({ path: path.join(shots, 'history.png'), fullPage: true })
  })
})

describe('a Dutch admin with SamenBeter on it', () => {
  it('shows SamenBeter on the login page and in the title, and speaks with "je"', async () => {
    const page = await browser.newPage()
    await page.goto(`${base}/admin/login`)
    await page.locator('.samenbeter-logo').waitFor()
    await expect(page.locator('.samenbeter-logo').innerText()).resolves.toContain('SamenBeter Toolbox')
    await expect(page.title()).resolves.toContain('SamenBeter Toolbox')
    await page.screenshot({ path: path.join(shots, 'login.png') })
    await page.goto(`${base}/admin/logout`)
    await page.waitForURL(/login/)
    await page.close()
  })

  it('says "je", not "u", and reads its search field as Dutch', async () => {
    const { page } = await session('eva@samenbeter.test')
    await page.goto(`${base}/admin/collections/questions`)
    const search = page.locator('.search-filter input')
    await search.waitFor()
    await expect(search.getAttribute('placeholder')).resolves.toBe('Zoek op Vraag of Kenmerk')
    await page.goto(`${base}/admin/collections/users`)
    await page.goto(`${base}/admin/collections/questions/create`)
    await page.locator('.collection-edit').waitFor()
    await expect(page.locator('.samenbeter-icon').count()).resolves.toBeGreaterThan(0)
    const body = await page.locator('body').innerText()
    expect(body).not.toMatch(/\b(U|u) (mag|bent|heeft|staat)\b/)
    await page.screenshot({ path: path.join(shots, 'editor-new-question.png'), fullPage: true })
  })

  it('names the seed texts of Bronnen by their titles', async () => {
    const { page } = await session('eva@samenbeter.test')
    await page.goto(`${base}/admin/collections/proeftuinen/${ids.proeftuin}`)
    const titles = page.locator('.source-titles')
    await titles.waitFor()
    await expect(titles.innerText()).resolves.toContain('SamenBeter Wijken in 2020')
    await titles.screenshot({ path: path.join(shots, 'sources.png') })
  })
})
