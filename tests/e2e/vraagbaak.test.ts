/**
 * The meta-VraagBaak end to end: the built CMS on a real Next.js server (production mode, schema
 * from the committed migrations), a real SMTP peer on loopback, the REST API as the site's form,
 * the editors and the expert use it, and Chromium for the admin queue and dashboard.
 *
 * Order matters within this file: one server, one rate-limit window. The whole path runs first,
 * then the bad requests, then the flood that exhausts the window.
 */
import { execFile, type ChildProcess } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rootDir } from '../../cms/env/paths'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { adminLogin } from '../helpers/adminLogin'
import { freePort } from '../helpers/freePort'
import { seededCms } from '../helpers/seededCms'
import { restApi } from '../helpers/restApi'

const port = await freePort()
const base = `http://127.0.0.1:${port}`
const askUrl = `${base}/api/questions/ask`
const site = 'http://site.samenbeter.test'
const RATE_LIMIT = 60
const password = 'een-lang-wachtwoord-42'

let server: ChildProcess
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let browser: Browser | undefined
let dataDir: string
const ids = { editor: 0, expert: 0, otherExpert: 0 }
const tokens = { editor: '', expert: '' }

/** Enough of RFC 5322 + quoted-printable to read what nodemailer sends. */
const waitFor = async <T,>(what: string, probe: () => T | undefined, ms = 10_000): Promise<T> => {
  for (let waited = 0; waited < ms; waited += 100) {
    const value = probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 100))
  }
  throw new Error(`timed out waiting for ${what}`)
}

const validAsk = (overrides: Record<string, unknown> = {}) => ({
  title: 'Hoe begin je een VraagBaak in je eigen wijk, en wat kost dat?',
  context: 'Wij zijn met vijf bewoners in Nieuwland.',
  name: 'Bea Vrager',
  email: 'bea.vrager@example.org',
  consent: true,
  shownAt: Date.now() - 10_000,
  ...overrides,
})

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(askUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: site, ...headers },
    body: typeof body === 'string' || body instanceof Uint8Array ? (body as BodyInit) : JSON.stringify(body),
  })

const api = restApi(base)

const storedCount = async () => (await api('GET', '/questions?limit=1&depth=0', tokens.editor)).totalDocs as number

const lexical = (text: string) => ({
  root: {
    type: 'root', format: '', indent: 0, version: 1, direction: 'ltr',
    children: [
      {
        type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', textFormat: 0, textStyle: '',
        children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }],
      },
    ],
  },
})

beforeAll(async () => {
  smtp = await startSmtpPeer()
  const smtpPort = smtp.port

  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-vraagbaak-'))
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATA_DIR: dataDir,
    PAYLOAD_SECRET: 'e2e-vraagbaak-secret',
    SITE_URL: site,
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtpPort),
    SMTP_STARTTLS: 'false',
    ASK_RATE_LIMIT: String(RATE_LIMIT),
    SITE_REBUILD_COMMAND: `echo rebuild >> "${path.join(dataDir, 'rebuilds.log')}"`,
    // The export before each rebuild goes to a folder of the run's own, never the repository's content/.
    SITE_CONTENT_DIR: path.join(dataDir, 'content'),
    SITE_OUT_DIR: path.join(dataDir, 'dist'),
    SITE_REBUILD_DEBOUNCE_MS: '1500',
  }
  server = await seededCms(port, env, async (payload) => {
    const user = (role: string, name: string, email: string) =>
      payload.create({ collection: 'users', data: { role, name, email, password } as never, overrideAccess: true })
    ids.editor = (await user('editor', 'Eva Redacteur', 'eva@samenbeter.test')).id as number
    ids.expert = (await user('expert', 'Erik Expert', 'erik@samenbeter.test')).id as number
    ids.otherExpert = (await user('expert', 'Olga Expert', 'olga@samenbeter.test')).id as number
    // Set up before the server runs: no rebuild of its own (publishing asks for one).
    await payload.create({ collection: 'proeftuinen', data: { title: 'Nieuwland', city: 'Amersfoort', _status: 'published' } as never, context: { skipRebuild: true } })
    // Asked two days ago and still new: overdue in the queue and on the dashboard.
    await payload.create({
      collection: 'questions',
      data: { title: 'Een oude vraag die nog op een antwoord wacht', askerName: 'Oud', askerEmail: 'oud@example.org', askedAt: new Date(Date.now() - 2 * 86_400_000).toISOString() } as never,
    })
  })
  tokens.editor = (await api('POST', '/users/login', undefined, { email: 'eva@samenbeter.test', password })).token
  tokens.expert = (await api('POST', '/users/login', undefined, { email: 'erik@samenbeter.test', password })).token
}, 240_000)

afterAll(async () => {
  await browser?.close()
  server?.kill('SIGTERM')
  await smtp?.close()
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true })
})

describe('the whole path: ask → assign → answer → publish', () => {
  const askerName = 'Bea Vrager'
  const askerEmail = 'bea.vrager@example.org'
  const title = 'Hoe begin je een VraagBaak in je eigen wijk? En wat kost "R&D" <3 uur per week?'
  let id: number
  let reference: string
  let slug: string

  it('answers the preflight of the site with its origin only', async () => {
    const ok = await fetch(askUrl, { method: 'OPTIONS', headers: { origin: site, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } })
    expect(ok.headers.get('access-control-allow-origin')).toBe(site)
    const evil = await fetch(askUrl, { method: 'OPTIONS', headers: { origin: 'http://evil.test', 'access-control-request-method': 'POST' } })
    expect(evil.headers.get('access-control-allow-origin')).toBeNull()
  })

  it('stores a valid question as new and answers 201 with its reference', async () => {
    const response = await post(validAsk({ title, topic: { kind: 'proeftuin', slug: 'nieuwland' } }))
    expect(response.status).toBe(201)
    expect(response.headers.get('access-control-allow-origin')).toBe(site)
    const body = await response.json()
    expect(Object.keys(body)).toEqual(['reference', 'mailSent'])
    expect(body.mailSent).toBe(true)
    expect(body.reference).toMatch(/^VB-[2-9A-Z]{4}-[2-9A-Z]{4}$/)
    reference = body.reference
    const { docs } = await api('GET', `/questions?where[reference][equals]=${reference}&depth=1`, tokens.editor)
    expect(docs).toHaveLength(1)
    ;({ id, slug } = docs[0])
    expect(docs[0]).toMatchObject({ status: 'new', title, askerName, askerEmail, askerContext: 'Wij zijn met vijf bewoners in Nieuwland.' })
    expect(docs[0].proeftuinen.map((p: { title: string }) => p.title)).toEqual(['Nieuwland'])
    expect(docs[0].askedAt).toBeTruthy()
  })

  it('mails the asker the reference over SMTP, as plain text and as HTML that keeps their words as text', async () => {
    // The editors' new-question mail names the kenmerk too, and may arrive first: pick the asker's by its subject.
    const mail = await waitFor('the confirmation mail', () => smtp.mails.find((m) => m.subject === `Je vraag aan de VraagBaak is ontvangen (${reference})`))
    expect(mail.to).toContain(askerEmail)
    expect(mail.subject).toContain(reference)
    expect(mail.contentType).toMatch(/^multipart\/alternative/)
    expect(mail.text).toContain(title)
    expect(mail.html).toContain(reference)
    expect(mail.html).not.toMatch(/<img|<script/i)
  })

  it('keeps a new question and its asker out of the public API', async () => {
    const anonymous = await (await fetch(`${base}/api/questions?limit=100`)).json()
    expect(anonymous.docs.map((d: { id: number }) => d.id)).not.toContain(id)
    expect([403, 404]).toContain((await fetch(`${base}/api/questions/${id}`)).status)
    expect([401, 403]).toContain((await fetch(`${base}/api/questions/versions`)).status)
  })

  it('refuses to accept without an expert and to reject without a reason', async () => {
    await expect(api('PATCH', `/questions/${id}`, tokens.editor, { status: 'accepted' })).rejects.toThrow(/expert/)
    await expect(api('PATCH', `/questions/${id}`, tokens.editor, { status: 'rejected' })).rejects.toThrow(/reden/)
    await expect(api('PATCH', `/questions/${id}`, tokens.editor, { status: 'rejected', rejectionReason: 'duplicate' })).rejects.toThrow(/dubbel/)
    // An emptied editor still holds an empty paragraph: that is no answer.
    await expect(api('PATCH', `/questions/${id}`, tokens.editor, { _status: 'published', body: lexical('  ') })).rejects.toThrow(/zonder antwoord/)
    await expect(api('PATCH', `/questions/${id}`, tokens.editor, { status: 'answered' })).rejects.toThrow(/antwoord/)
    expect((await api('GET', `/questions/${id}`, tokens.editor)).status).toBe('new')
  })

  it('lets an editor accept and assign an expert, who then sees only their own questions', async () => {
    const { doc } = await api('PATCH', `/questions/${id}`, tokens.editor, { status: 'accepted', assignedTo: ids.expert })
    expect(doc.status).toBe('accepted')
    expect(doc.acceptedAt).toBeTruthy()
    const seen = await api('GET', '/questions?limit=100&depth=0', tokens.expert)
    expect(seen.docs.map((d: { id: number }) => d.id)).toEqual([id])
    expect(seen.docs[0].askerEmail).toBeUndefined()
    expect(seen.docs[0].askerName).toBeUndefined()
  })

  it('lets the expert write the answer, which makes the question answered', async () => {
    const { doc } = await api('PATCH', `/questions/${id}`, tokens.expert, {
      body: lexical('Begin klein: één spreekuur per week in het buurthuis.'),
      answeredBy: 'Erik Expert, kwartiermaker',
    })
    expect(doc.status).toBe('answered')
    expect(doc.answeredAt).toBeTruthy()
    // The expert cannot publish.
    await api('PATCH', `/questions/${id}`, tokens.expert, { _status: 'published' }).catch(() => undefined)
    const stored = await api('GET', `/questions/${id}`, tokens.editor)
    expect(stored.status).toBe('answered')
  })

  it('lets an editor publish: the question and answer are public, the asker is not, and the asker gets the link', async () => {
    // A second answered question, published in the same burst: one rebuild for both.
    const second = await (await post(validAsk({ title: 'Wat doet een kwartiermaker in de eerste honderd dagen?', email: 'tweede@example.org', name: 'Twee' }))).json()
    const [{ id: secondId }] = (await api('GET', `/questions?where[reference][equals]=${second.reference}`, tokens.editor)).docs
    await api('PATCH', `/questions/${secondId}`, tokens.editor, { status: 'accepted', assignedTo: ids.otherExpert, body: lexical('Zie de 100-dagenlijn.') })

    const published = await api('PATCH', `/questions/${id}`, tokens.editor, { _status: 'published' })
    await api('PATCH', `/questions/${secondId}`, tokens.editor, { _status: 'published' })
    expect(published.doc.publishedAt).toBeTruthy()

    const response = await fetch(`${base}/api/questions?where[_status][equals]=published&limit=100&depth=1`)
    const text = await response.text()
    const docs = JSON.parse(text).docs as Record<string, unknown>[]
    const doc = docs.find((d) => d.id === id)!
    expect(doc.title).toBe(title)
    expect(JSON.stringify(doc.body)).toContain('Begin klein')
    expect(doc).not.toHaveProperty('askerName')
    expect(doc).not.toHaveProperty('askerEmail')
    expect(doc).not.toHaveProperty('assignedTo')
    for (const secret of [askerName, askerEmail, 'tweede@example.org', 'Twee"']) expect(text).not.toContain(secret)
    const single = await (await fetch(`${base}/api/questions/${id}`)).text()
    expect(single).not.toContain(askerEmail)
    expect(single).not.toContain(askerName)

    const mail = await waitFor('the answer mail', () => smtp.mails.find((m) => m.subject.includes('beantwoord') && m.subject.includes(reference)))
    expect(mail.to).toContain(askerEmail)
    expect(mail.text).toContain(`${site}/vraagbaak/${slug}/`)
  })

  it('rebuilds the site once for a burst of publishes', async () => {
    const log = path.join(dataDir, 'rebuilds.log')
    await waitFor('a rebuild', () => fs.existsSync(log), 15_000)
    await new Promise((r) => setTimeout(r, 3000))
    expect(fs.readFileSync(log, 'utf8').trim().split('\n')).toEqual(['rebuild'])
  })

  const exporter = path.join(rootDir, 'scripts', 'content-export.ts')
  it('exports the published question and answer without asker data', async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'samenbeter-export-'))
    try {
      await promisify(execFile)(path.join(rootDir, 'node_modules', '.bin', 'tsx'), [exporter, out], {
        cwd: rootDir,
        env: { ...process.env, NODE_ENV: 'production', DATA_DIR: dataDir },
      })
      const files = fs.readdirSync(out, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
      const all = files.map((f) => fs.readFileSync(path.join(f.parentPath, f.name), 'utf8')).join('\n')
      expect(all).toContain('Begin klein')
      expect(all).toContain('Hoe begin je een VraagBaak in je eigen wijk?')
      for (const secret of [askerName, askerEmail, 'tweede@example.org', 'oud@example.org']) expect(all).not.toContain(secret)
    } finally {
      fs.rmSync(out, { recursive: true, force: true })
    }
  })

  it('leaves a published answer to the editors, and mails the asker only the first time it is published', async () => {
    await expect(api('PATCH', `/questions/${id}`, tokens.expert, { body: lexical('Toch iets anders.') })).rejects.toThrow(/40[34]/)
    await api('PATCH', `/questions/${id}`, tokens.editor, { status: 'answered' })
    await api('PATCH', `/questions/${id}`, tokens.editor, { _status: 'published' })
    await new Promise((r) => setTimeout(r, 1000))
    expect(smtp.mails.filter((m) => m.subject.includes('beantwoord') && m.subject.includes(reference))).toHaveLength(1)
    expect(JSON.stringify((await api('GET', `/questions/${id}`)).body)).toContain('Begin klein')
  })

  it('stamps the answer time when an editor answers and publishes in one step', async () => {
    const asked = await (await post(validAsk({ title: 'Wie betaalt de wijkverpleging in een proeftuin?', email: 'derde@example.org' }))).json()
    const [{ id: thirdId }] = (await api('GET', `/questions?where[reference][equals]=${asked.reference}`, tokens.editor)).docs
    const { doc } = await api('PATCH', `/questions/${thirdId}`, tokens.editor, { _status: 'published', body: lexical('De zorgverzekeraar, zie de SaMaBuCa.') })
    expect(doc.answeredAt).toBeTruthy()
    expect(doc.publishedAt).toBeTruthy()
  })

  it('shows editors the queue and the dashboard in the admin, the overdue question standing out', async () => {
    browser = await launchChromium()
    const page = await browser.newPage()
    await adminLogin(page, base, { email: 'eva@samenbeter.test', password })
    await page.goto(`${base}/admin`)
    const dashboard = page.locator('.vraagbaak-dashboard')
    await dashboard.waitFor()
    await expect(dashboard.locator('[data-status="published"]').innerText()).resolves.toBe('3')
    await expect(dashboard.locator('[data-status="new"]').innerText()).resolves.toBe('1')
    await expect(dashboard.locator('[data-stat="within-day"]').innerText()).resolves.toMatch(/^75% van 4$/)
    await expect(dashboard.locator('.vraagbaak-dashboard__overdue li').innerText()).resolves.toContain('Een oude vraag')
    await page.screenshot({ path: path.join(artifactDir('vraagbaak'), 'dashboard.png'), fullPage: true })

    await page.goto(`${base}/admin/collections/questions`)
    const overdue = page.locator('.vraagbaak-queue tr[data-overdue]')
    await overdue.first().waitFor()
    await expect(overdue.innerText()).resolves.toMatch(/Een oude vraag[\s\S]*te laat/)
    await page.screenshot({ path: path.join(artifactDir('vraagbaak'), 'queue.png'), fullPage: true })
    await page.close()
  })
})

type BadCase = {
  name: string
  body?: unknown
  headers?: Record<string, string>
  status: number
  field: string
  message: RegExp
}

const without = (key: string) => {
  const { [key]: _, ...rest } = validAsk() as Record<string, unknown>
  return rest
}

const badCases: BadCase[] = [
  { name: 'no question', body: without('title'), status: 400, field: 'title', message: /^De vraag ontbreekt\.$/ },
  { name: 'question too short', body: validAsk({ title: 'Waarom?' }), status: 400, field: 'title', message: /minstens 15 tekens/ },
  { name: 'question short after trimming', body: validAsk({ title: `   Waarom nu?${' '.repeat(40)}` }), status: 400, field: 'title', message: /minstens 15 tekens/ },
  { name: 'question too long', body: validAsk({ title: 'Waarom '.repeat(300) }), status: 400, field: 'title', message: /hoogstens 2000 tekens/ },
  { name: 'question a number', body: validAsk({ title: 1234567890123456 }), status: 400, field: 'title', message: /moet tekst zijn/ },
  { name: 'question an array', body: validAsk({ title: ['Hoe begin je een VraagBaak?'] }), status: 400, field: 'title', message: /moet tekst zijn/ },
  { name: 'script tag in the question', body: validAsk({ title: 'Wat is dit? <script>alert(1)</script>' }), status: 400, field: 'title', message: /geen HTML of scripts/ },
  { name: 'closing script tag only', body: validAsk({ title: 'Wat is dit voor een vraag </script >' }), status: 400, field: 'title', message: /geen HTML of scripts/ },
  { name: 'img onerror in the context', body: validAsk({ context: '<img src=x onerror=alert(1)>' }), status: 400, field: 'context', message: /toelichting mag geen HTML/ },
  { name: 'markup in the name', body: validAsk({ name: '<b>Bea</b>' }), status: 400, field: 'name', message: /naam mag geen HTML/ },
  { name: 'control characters in the question', body: validAsk({ title: 'Hoe begin je een\u0000 VraagBaak?' }), status: 400, field: 'title', message: /stuurtekens/ },
  { name: 'context too long', body: validAsk({ context: 'x'.repeat(4001) }), status: 400, field: 'context', message: /hoogstens 4000 tekens/ },
  { name: 'context a number', body: validAsk({ context: 42 }), status: 400, field: 'context', message: /moet tekst zijn/ },
  { name: 'no name', body: without('name'), status: 400, field: 'name', message: /^Je naam ontbreekt\.$/ },
  { name: 'empty name', body: validAsk({ name: '   ' }), status: 400, field: 'name', message: /^Vul je naam in\.$/ },
  { name: 'name too long', body: validAsk({ name: 'B'.repeat(121) }), status: 400, field: 'name', message: /hoogstens 120 tekens/ },
  { name: 'no e-mail', body: without('email'), status: 400, field: 'email', message: /^Je e-mailadres ontbreekt\.$/ },
  { name: 'not an e-mail address', body: validAsk({ email: 'bea-at-example' }), status: 400, field: 'email', message: /geldig e-mailadres/ },
  { name: 'e-mail with a header injection', body: validAsk({ email: 'bea@example.org\nBcc: all@example.org' }), status: 400, field: 'email', message: /geldig e-mailadres/ },
  { name: 'e-mail a number', body: validAsk({ email: 12 }), status: 400, field: 'email', message: /moet tekst zijn/ },
  { name: 'e-mail too long', body: validAsk({ email: `${'a'.repeat(250)}@example.org` }), status: 400, field: 'email', message: /te lang/ },
  { name: 'no consent', body: without('consent'), status: 400, field: 'consent', message: /toestemming/ },
  { name: 'consent refused', body: validAsk({ consent: false }), status: 400, field: 'consent', message: /toestemming/ },
  { name: 'consent as a string', body: validAsk({ consent: 'ja' }), status: 400, field: 'consent', message: /toestemming/ },
  { name: 'unknown topic kind', body: validAsk({ topic: { kind: 'lesson', slug: 'x' } }), status: 400, field: 'topic', message: /Kies een onderwerp/ },
  { name: 'unknown theme', body: validAsk({ topic: { kind: 'theme', slug: 'weather' } }), status: 400, field: 'topic', message: /Kies een onderwerp/ },
  { name: 'topic that does not exist', body: validAsk({ topic: { kind: 'tool', slug: 'bestaat-niet' } }), status: 400, field: 'topic', message: /bestaat niet/ },
  { name: 'an extra field', body: validAsk({ status: 'published' }), status: 400, field: 'status', message: /Onbekend veld: status/ },
  { name: 'asker fields smuggled in', body: validAsk({ askerEmail: 'x@example.org' }), status: 400, field: 'askerEmail', message: /Onbekend veld/ },
  { name: 'a JSON array', body: [validAsk()], status: 400, field: 'form', message: /JSON-object/ },
  { name: 'JSON null', body: 'null', status: 400, field: 'form', message: /JSON-object/ },
  { name: 'broken JSON', body: '{"title": "Hoe begin je', status: 400, field: 'form', message: /geen geldige JSON/ },
  { name: 'empty body', body: '', status: 400, field: 'form', message: /geen geldige JSON/ },
  { name: 'honeypot filled', body: validAsk({ website: 'http://spam.example' }), status: 400, field: 'website', message: /leeg blijven/ },
  { name: 'no form timestamp', body: without('shownAt'), status: 400, field: 'shownAt', message: /tijdstempel/ },
  { name: 'form timestamp a string', body: validAsk({ shownAt: 'gisteren' }), status: 400, field: 'shownAt', message: /tijdstempel/ },
  { name: 'sent within a second of showing the form', body: () => validAsk({ shownAt: Date.now() - 500 }), status: 400, field: 'shownAt', message: /erg snel/ },
  { name: 'form timestamp in the future', body: validAsk({ shownAt: Date.now() + 600_000 }), status: 400, field: 'shownAt', message: /erg snel/ },
  { name: 'form shown two days ago', body: validAsk({ shownAt: Date.now() - 2 * 86_400_000 }), status: 400, field: 'shownAt', message: /verlopen/ },
  { name: 'text/plain', body: JSON.stringify(validAsk()), headers: { 'content-type': 'text/plain' }, status: 415, field: 'form', message: /als JSON/ },
  { name: 'a form post', body: 'title=Hoe+begin+je', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, field: 'form', message: /als JSON/ },
  { name: 'multipart', body: '--x--', headers: { 'content-type': 'multipart/form-data; boundary=x' }, status: 415, field: 'form', message: /als JSON/ },
  { name: 'oversized body', body: validAsk({ context: 'x'.repeat(20_000) }), status: 413, field: 'form', message: /te groot/ },
  { name: 'oversized body without its length (chunked)', body: 'chunked', status: 413, field: 'form', message: /te groot/ },
  { name: 'another origin', body: validAsk(), headers: { origin: 'http://evil.test' }, status: 403, field: 'origin', message: /formulier op de SamenBeter-site/ },
  { name: 'the site origin on another port', body: validAsk(), headers: { origin: `${site}:8080` }, status: 403, field: 'origin', message: /formulier/ },
  { name: 'the CMS itself as origin', body: validAsk(), headers: { origin: base }, status: 403, field: 'origin', message: /formulier/ },
  { name: 'no origin', body: validAsk(), headers: { origin: '' }, status: 403, field: 'origin', message: /formulier/ },
]

describe('bad requests to POST /api/questions/ask', () => {
  let before: number
  beforeAll(async () => {
    before = await storedCount()
  })

  it('has at least 30 cases', () => expect(badCases.length).toBeGreaterThanOrEqual(30))

  it.each(badCases)('refuses $name with $status', async ({ body, headers, status, field, message }) => {
    let response: Response
    if (body === 'chunked') {
      // A streamed body sends no Content-Length: the size is checked while reading.
      const big = new TextEncoder().encode(JSON.stringify(validAsk({ context: 'x'.repeat(40_000) })))
      const stream = new ReadableStream({ start: (c) => (c.enqueue(big), c.close()) })
      response = await fetch(askUrl, { method: 'POST', headers: { 'content-type': 'application/json', origin: site }, body: stream, duplex: 'half' } as RequestInit)
    } else {
      const h: Record<string, string> = { 'content-type': 'application/json', origin: site, ...headers }
      if (h.origin === '') delete h.origin
      const value = typeof body === 'function' ? body() : body
      response = await fetch(askUrl, { method: 'POST', headers: h, body: typeof value === 'string' ? value : JSON.stringify(value) })
    }
    expect(response.status).toBe(status)
    const json = await response.json()
    expect(json).not.toHaveProperty('reference')
    const error = json.errors.find((e: { field: string }) => e.field === field)
    expect(error, JSON.stringify(json.errors)).toBeTruthy()
    expect(error.message).toMatch(message)
  })

  it('stored none of them', async () => {
    expect(await storedCount()).toBe(before)
  })
})

describe('a flood from one address', () => {
  it('gets 429 with Retry-After once the limit is reached, whatever X-Forwarded-For says, and nothing is stored', async () => {
    const before = await storedCount()
    const statuses: number[] = []
    let retryAfter: string | null = null
    let message = ''
    for (let i = 0; i < RATE_LIMIT + 5; i++) {
      // A new made-up X-Forwarded-For each time: the server takes the address from the socket.
      const response = await post(validAsk({ website: 'bot' }), { 'x-forwarded-for': `203.0.113.${i}` })
      statuses.push(response.status)
      if (response.status === 429) {
        retryAfter ??= response.headers.get('retry-after')
        message ||= (await response.json()).errors[0].message
      } else await response.body?.cancel()
    }
    const first = statuses.indexOf(429)
    expect(first).toBeGreaterThan(0)
    expect(statuses.slice(first).every((s) => s === 429)).toBe(true)
    expect(statuses.slice(0, first).every((s) => s === 400)).toBe(true)
    expect(Number(retryAfter)).toBeGreaterThan(0)
    expect(message).toMatch(/Probeer het over \d+ minuten opnieuw/)
    // A valid question from the same address is refused too now.
    expect((await post(validAsk())).status).toBe(429)
    expect(await storedCount()).toBe(before)
  })
})
