/**
 * Issue 18, parts 2 and 3, on the Local API and Payload's own REST handler (a real SQLite file, a
 * real SMTP peer on loopback): "Meld je proeftuin aan" gets the ask form's table of bad input
 * (every case a 4xx, nothing stored); an editor's approval makes a draft proeftuin with the
 * self-scan as scorecard and a kwartiermaker account, and mails an invitation whose link sets the
 * password (Payload's reset token, with an expiry); the contact's address never reaches the
 * outbox or the export; a kwartiermaker copies a self-scan into their OWN draft and nothing else.
 */
import fs from 'node:fs'
import path from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JoinRequest, Proeftuinen, User } from '../../cms/payload-types'
import { exportContent } from '../../scripts/lib/content/export'
import { cutoffDate, purgeJoinContacts } from '../../scripts/lib/privacyPurge'
import { loginToken, rest } from '../helpers/rest'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let editor: User
const site = 'http://localhost:4321'
const password = 'een-lang-wachtwoord-42'
const parts: Record<string, number> = {}

const goodJoin = (o: Record<string, unknown> = {}) => ({
  title: 'Proeftuin De Kruidenwijk',
  city: 'Zwolle',
  neighbourhood: 'Kruidenwijk',
  contactName: 'Karin Kwartier',
  contactEmail: 'karin@example.org',
  motivation: 'Wij zijn met zes bewoners en de huisarts begonnen.',
  scan: { ecommunity: 'present', vraagbaak: 'in-progress' },
  consent: true,
  shownAt: Date.now() - 10_000,
  ...o,
})
let address = 0
/** Each post from its own address, so no limit of an earlier case answers for it. */
const apply = (body: unknown, headers: Record<string, string> = {}) => {
  const h: Record<string, string> = { origin: site, ...headers }
  if (h.origin === '') delete h.origin
  address++
  return rest(payload, 'POST', '/join-requests/apply', { body, headers: h, address: `10.88.${address >> 8}.${address & 255}` })
}
const stored = async () => (await payload.count({ collection: 'join-requests', overrideAccess: true })).totalDocs
const runMail = () => payload.jobs.run({ queue: 'mail', limit: 50, silent: true })
const until = async <T,>(what: string, probe: () => T | undefined | false, ms = 20_000): Promise<T> => {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    await runMail()
    const value = probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error(`timed out waiting for ${what}`)
}
const asUser = (u: User) => ({ ...u, collection: 'users' }) as never
/** The Dutch message of a refused change, as the admin shows it (the REST error's data). */
const refusal = (attempt: Promise<unknown>) =>
  attempt.then(
    () => 'not refused',
    (error: { data?: { errors?: { message: string }[] } }) => error.data?.errors?.[0]?.message ?? String(error),
  )

beforeAll(async () => {
  smtp = await startSmtpPeer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_STARTTLS: 'false', NEW_QUESTION_MAIL: 'immediate' })
  ;({ payload, cleanup, dataDir } = await tempPayload())
  await payload.create({ collection: 'users', data: { name: 'Ada', email: 'admin@samenbeter.test', password, role: 'admin' } as never })
  editor = (await payload.create({ collection: 'users', data: { name: 'Eva', email: 'eva@samenbeter.test', password, role: 'editor' } as never })) as User
  for (const [slug, order] of [['ecommunity', 1], ['vraagbaak', 2], ['kwartiermaker', 3]] as const) {
    parts[slug] = (await payload.create({ collection: 'mvp-parts', data: { title: slug, slug, order, description: 'Omschrijving', _status: 'published' } as never, context: { skipRebuild: true } })).id as number
  }
}, 60_000)
afterAll(async () => {
  await cleanup?.()
  await smtp?.close()
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_STARTTLS', 'NEW_QUESTION_MAIL']) delete process.env[key]
})

const without = (key: string) => {
  const { [key]: _, ...rest } = goodJoin() as Record<string, unknown>
  return rest
}

type Bad = { name: string; body: unknown; headers?: Record<string, string>; status: number; field: string; message: RegExp }
/** The ask form's table (tests/e2e/vraagbaak.test.ts, tests/int/hostile.test.ts), for the join form's fields. */
const badCases: Bad[] = [
  { name: 'no origin', body: goodJoin(), headers: { origin: '' }, status: 403, field: 'origin', message: /alleen via het formulier/ },
  { name: 'another origin', body: goodJoin(), headers: { origin: 'https://evil.example' }, status: 403, field: 'origin', message: /formulier op de SamenBeter-site/ },
  { name: 'origin null', body: goodJoin(), headers: { origin: 'null' }, status: 403, field: 'origin', message: /formulier/ },
  { name: 'the site on another port', body: goodJoin(), headers: { origin: `${site}0` }, status: 403, field: 'origin', message: /formulier/ },
  { name: 'form-encoded', body: 'title=x', headers: { 'content-type': 'application/x-www-form-urlencoded' }, status: 415, field: 'form', message: /als JSON/ },
  { name: 'text/plain', body: JSON.stringify(goodJoin()), headers: { 'content-type': 'text/plain' }, status: 415, field: 'form', message: /als JSON/ },
  { name: 'multipart', body: '--x--', headers: { 'content-type': 'multipart/form-data; boundary=x' }, status: 415, field: 'form', message: /als JSON/ },
  { name: 'broken JSON', body: '{"title": ', status: 400, field: 'form', message: /geen geldige JSON/ },
  { name: 'empty body', body: '', status: 400, field: 'form', message: /geen geldige JSON/ },
  { name: 'invalid UTF-8', body: new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), status: 400, field: 'form', message: /geen geldige UTF-8/ },
  { name: 'a JSON array', body: [goodJoin()], status: 400, field: 'form', message: /JSON-object/ },
  { name: 'JSON null', body: 'null', status: 400, field: 'form', message: /JSON-object/ },
  { name: 'JSON string', body: '"aanmelding"', status: 400, field: 'form', message: /JSON-object/ },
  { name: 'too large', body: goodJoin({ motivation: 'x'.repeat(20_000) }), status: 413, field: 'form', message: /te groot/ },
  { name: 'no name of the proeftuin', body: without('title'), status: 400, field: 'title', message: /^De naam van de proeftuin ontbreekt\.$/ },
  { name: 'empty name of the proeftuin', body: goodJoin({ title: '   ' }), status: 400, field: 'title', message: /Vul de naam van je proeftuin in/ },
  { name: 'name of the proeftuin too long', body: goodJoin({ title: 'P'.repeat(121) }), status: 400, field: 'title', message: /hoogstens 120 tekens/ },
  { name: 'name of the proeftuin a number', body: goodJoin({ title: 42 }), status: 400, field: 'title', message: /moet tekst zijn/ },
  { name: 'name of the proeftuin an array', body: goodJoin({ title: ['Kruidenwijk'] }), status: 400, field: 'title', message: /moet tekst zijn/ },
  { name: 'script in the name of the proeftuin', body: goodJoin({ title: 'Kruidenwijk <script>alert(1)</script>' }), status: 400, field: 'title', message: /geen HTML of scripts/ },
  { name: 'closing script tag only', body: goodJoin({ title: 'Kruidenwijk </script >' }), status: 400, field: 'title', message: /geen HTML/ },
  { name: 'control characters in the name', body: goodJoin({ title: 'Kruiden\u0000wijk' }), status: 400, field: 'title', message: /stuurtekens/ },
  { name: 'a lone surrogate in the name', body: `{"title":"Kruiden\\ud83d wijk","city":"Zwolle","neighbourhood":"K","contactName":"K","contactEmail":"k@example.org","consent":true,"shownAt":${Date.now() - 10_000}}`, status: 400, field: 'title', message: /ongeldig teken/ },
  { name: 'no city', body: without('city'), status: 400, field: 'city', message: /De stad ontbreekt/ },
  { name: 'img onerror in the city', body: goodJoin({ city: '<img src=x onerror=alert(1)>' }), status: 400, field: 'city', message: /geen HTML/ },
  { name: 'no neighbourhood', body: without('neighbourhood'), status: 400, field: 'neighbourhood', message: /De wijk ontbreekt/ },
  { name: 'neighbourhood an object', body: goodJoin({ neighbourhood: { $gt: '' } }), status: 400, field: 'neighbourhood', message: /moet tekst zijn/ },
  { name: 'no contact name', body: without('contactName'), status: 400, field: 'contactName', message: /^Je naam ontbreekt\.$/ },
  { name: 'empty contact name', body: goodJoin({ contactName: ' ' }), status: 400, field: 'contactName', message: /^Vul je naam in\.$/ },
  { name: 'markup in the contact name', body: goodJoin({ contactName: '<b>Karin</b>' }), status: 400, field: 'contactName', message: /naam mag geen HTML/ },
  { name: 'no e-mail', body: without('contactEmail'), status: 400, field: 'contactEmail', message: /^Je e-mailadres ontbreekt\.$/ },
  { name: 'not an e-mail address', body: goodJoin({ contactEmail: 'karin-at-example' }), status: 400, field: 'contactEmail', message: /geldig e-mailadres/ },
  { name: 'e-mail with a header injection', body: goodJoin({ contactEmail: 'karin@example.org\nBcc: all@example.org' }), status: 400, field: 'contactEmail', message: /geldig e-mailadres/ },
  { name: 'e-mail too long', body: goodJoin({ contactEmail: `${'a'.repeat(250)}@example.org` }), status: 400, field: 'contactEmail', message: /te lang/ },
  { name: 'e-mail an operator object', body: goodJoin({ contactEmail: { like: '%' } }), status: 400, field: 'contactEmail', message: /moet tekst zijn/ },
  { name: 'motivation too long', body: goodJoin({ motivation: 'x'.repeat(4001) }), status: 400, field: 'motivation', message: /hoogstens 4000 tekens/ },
  { name: 'script in the motivation', body: goodJoin({ motivation: '<script>fetch("//evil")</script>' }), status: 400, field: 'motivation', message: /geen HTML/ },
  { name: 'scan a string', body: goodJoin({ scan: 'ecommunity=present' }), status: 400, field: 'scan', message: /lijst van MVP-onderdelen/ },
  { name: 'scan an array', body: goodJoin({ scan: ['present'] }), status: 400, field: 'scan', message: /lijst van MVP-onderdelen/ },
  { name: 'scan with a status that does not exist', body: goodJoin({ scan: { ecommunity: 'perfect' } }), status: 400, field: 'scan', message: /afwezig, in ontwikkeling of aanwezig/ },
  { name: 'scan with a part that does not exist', body: goodJoin({ scan: { 'bestaat-niet': 'present' } }), status: 400, field: 'scan', message: /niet bestaat: bestaat-niet/ },
  { name: 'scan with SQL as a part', body: goodJoin({ scan: { "x' OR 1=1 --": 'present' } }), status: 400, field: 'scan', message: /./ },
  { name: 'scan with __proto__', body: JSON.stringify(goodJoin()).replace('"scan":{', '"scan":{"__proto__":"present",'), status: 400, field: 'scan', message: /./ },
  { name: 'scan with too many parts', body: goodJoin({ scan: Object.fromEntries(Array.from({ length: 51 }, (_, i) => [`deel-${i}`, 'present'])) }), status: 400, field: 'scan', message: /hoogstens 50/ },
  { name: 'no consent', body: without('consent'), status: 400, field: 'consent', message: /toestemming/ },
  { name: 'consent refused', body: goodJoin({ consent: false }), status: 400, field: 'consent', message: /toestemming/ },
  { name: 'consent as a string', body: goodJoin({ consent: 'ja' }), status: 400, field: 'consent', message: /toestemming/ },
  { name: 'an unknown field (status)', body: goodJoin({ status: 'approved' }), status: 400, field: 'status', message: /Onbekend veld: status/ },
  { name: 'an account smuggled in', body: goodJoin({ account: 1 }), status: 400, field: 'account', message: /Onbekend veld/ },
  { name: 'a proeftuin smuggled in', body: goodJoin({ proeftuin: 1 }), status: 400, field: 'proeftuin', message: /Onbekend veld/ },
  { name: 'prototype pollution', body: JSON.stringify(goodJoin()).replace('{', '{"__proto__":{"admin":true},'), status: 400, field: '__proto__', message: /Onbekend veld/ },
  { name: 'honeypot filled', body: goodJoin({ website: 'http://spam.example' }), status: 400, field: 'website', message: /leeg blijven/ },
  { name: 'no form timestamp', body: without('shownAt'), status: 400, field: 'shownAt', message: /tijdstempel/ },
  { name: 'form timestamp a string', body: goodJoin({ shownAt: 'gisteren' }), status: 400, field: 'shownAt', message: /tijdstempel/ },
  { name: 'sent within a second of showing the form', body: () => goodJoin({ shownAt: Date.now() - 500 }), status: 400, field: 'shownAt', message: /erg snel/ },
  { name: 'form from the future', body: goodJoin({ shownAt: Date.now() + 3_600_000 }), status: 400, field: 'shownAt', message: /erg snel/ },
  { name: 'form too old', body: goodJoin({ shownAt: Date.now() - 3 * 86_400_000 }), status: 400, field: 'shownAt', message: /verlopen/ },
  { name: 'shownAt beyond any date', body: goodJoin({ shownAt: Number.MAX_SAFE_INTEGER }), status: 400, field: 'shownAt', message: /erg snel/ },
]

describe('bad requests to POST /api/join-requests/apply', () => {
  it('the table has at least 50 cases', () => expect(badCases.length).toBeGreaterThanOrEqual(50))

  it.each(badCases)('refuses $name with $status, in Dutch, storing nothing', async ({ body, headers, status, field, message }) => {
    const before = await stored()
    const r = await apply(typeof body === 'function' ? body() : body, headers)
    expect(r.status, r.text.slice(0, 300)).toBe(status)
    const error = r.json.errors.find((e: { field: string }) => e.field === field)
    expect(error, r.text).toBeTruthy()
    expect(error.message).toMatch(message)
    expect(await stored()).toBe(before)
  })

  it('other methods on the endpoint are refused', async () => {
    for (const method of ['GET', 'DELETE', 'PUT']) {
      const r = await rest(payload, method, '/join-requests/apply', { headers: { origin: site } })
      expect(r.status, method).toBeGreaterThanOrEqual(400)
      expect(r.status, method).toBeLessThan(500)
    }
  })

  it('a flood from one address gets 429 with Retry-After, and nothing more is stored', async () => {
    const before = await stored()
    const statuses: number[] = []
    let retryAfter: string | null = null
    for (let i = 0; i < 12; i++) {
      const r = await rest(payload, 'POST', '/join-requests/apply', { body: goodJoin({ website: 'bot' }), headers: { origin: site }, address: '198.51.100.9' })
      statuses.push(r.status)
      if (r.status === 429) retryAfter ??= r.headers.get('retry-after')
    }
    expect(statuses.slice(0, 10).every((s) => s === 400)).toBe(true)
    expect(statuses.slice(10)).toEqual([429, 429])
    expect(Number(retryAfter)).toBeGreaterThan(0)
    const valid = await rest(payload, 'POST', '/join-requests/apply', { body: goodJoin(), headers: { origin: site }, address: '198.51.100.9' })
    expect(valid.status).toBe(429)
    expect(valid.json.errors[0].message).toMatch(/aanmeldingen na elkaar/)
    expect(await stored()).toBe(before)
  })

  it('nobody creates a request through the ordinary REST API, not even an editor', async () => {
    const token = await loginToken(payload, 'eva@samenbeter.test', password, '10.99.0.1')
    for (const t of [undefined, token]) {
      const r = await rest(payload, 'POST', '/join-requests', { body: { title: 'X', city: 'Y', neighbourhood: 'Z' }, token: t })
      expect(r.status).toBe(403)
    }
  })
})

describe('a new proeftuin joins', () => {
  let request: JoinRequest
  let proeftuin: Proeftuinen
  let account: User
  let resetLink = ''

  it('stores a valid request as new, answers only that it arrived, and tells the editors without the contact', async () => {
    const r = await apply(goodJoin({ title: '  Proeftuin De Kruidenwijk  ' }))
    expect(r.status, r.text).toBe(201)
    expect(r.json).toEqual({ received: true })
    // Sent twice (a double click): one request.
    const again = await rest(payload, 'POST', '/join-requests/apply', { body: goodJoin(), headers: { origin: site }, address: `10.88.${address >> 8}.${address & 255}` })
    expect(again.status).toBe(201)
    const { docs } = await payload.find({ collection: 'join-requests', overrideAccess: true })
    expect(docs).toHaveLength(1)
    request = docs[0] as JoinRequest
    expect(request).toMatchObject({ title: 'Proeftuin De Kruidenwijk', status: 'new', contactEmail: 'karin@example.org', scan: { ecommunity: 'present', vraagbaak: 'in-progress' } })
    expect(request.requestedAt).toBeTruthy()
    const mail = await until('the editors’ mail', () => smtp.mails.find((m) => m.subject.startsWith('Nieuwe aanmelding: proeftuin Proeftuin De Kruidenwijk')))
    expect(mail.to).toContain('eva@samenbeter.test')
    expect(mail.text).toContain(`/admin/collections/join-requests/${request.id}`)
    expect(mail.text + mail.html).not.toContain('karin@example.org')
  })

  it('keeps the request from everyone but the editors', async () => {
    for (const url of ['/join-requests', `/join-requests/${request.id}`]) {
      const r = await rest(payload, 'GET', url)
      expect(r.status, url).toBe(403)
      expect(r.text).not.toContain('karin@example.org')
    }
  })

  it('an editor approves: a draft proeftuin with the scan as scorecard, a kwartiermaker bound to it, and an invitation', async () => {
    const approved = (await payload.update({ collection: 'join-requests', id: request.id, data: { status: 'approved' }, depth: 0, overrideAccess: false, user: asUser(editor) })) as JoinRequest
    expect(approved.status).toBe('approved')
    expect(approved.handledAt).toBeTruthy()
    proeftuin = (await payload.findByID({ collection: 'proeftuinen', id: approved.proeftuin as number, draft: true, depth: 0 })) as Proeftuinen
    expect(proeftuin).toMatchObject({ title: 'Proeftuin De Kruidenwijk', city: 'Zwolle', neighbourhood: 'Kruidenwijk', _status: 'draft' })
    expect(proeftuin.scorecard?.map((row) => [row.part, row.status])).toEqual([[parts.ecommunity, 'present'], [parts.vraagbaak, 'in-progress']])
    // Not on the public API: a draft.
    expect((await rest(payload, 'GET', `/proeftuinen/${proeftuin.id}`)).status).toBe(404)
    account = (await payload.findByID({ collection: 'users', id: approved.account as number, depth: 0 })) as User
    expect(account).toMatchObject({ email: 'karin@example.org', name: 'Karin Kwartier', role: 'kwartiermaker', proeftuin: proeftuin.id })

    const mail = await until('the invitation', () => smtp.mails.find((m) => m.subject.startsWith('Welkom bij SamenBeter')))
    expect(mail.to).toContain('karin@example.org')
    expect(mail.text).toContain('3 dagen')
    resetLink = /http:\/\/localhost:3000\/admin\/reset\/([0-9a-f]+)/.exec(mail.text)![0]
    expect(mail.html).toContain(resetLink)
    // The outbox says an invitation went out, never to which address, and holds no token.
    const rows = await payload.find({ collection: 'mails', where: { joinRequest: { equals: request.id } }, depth: 0, overrideAccess: true })
    expect(rows.docs.map((m) => [m.kind, m.status])).toEqual(expect.arrayContaining([['invitation', 'sent'], ['new-join-request', 'sent']]))
    expect(rows.docs.find((m) => m.kind === 'invitation')?.to).toBe('de nieuwe kwartiermaker')
    const json = JSON.stringify(rows.docs)
    expect(json).not.toContain('karin@example.org')
    expect(json).not.toContain(resetLink.split('/').at(-1))
  })

  it('the link sets the password (within its expiry); the kwartiermaker then logs in', async () => {
    const token = resetLink.split('/').at(-1)!
    const stored = (await payload.find({ collection: 'users', where: { email: { equals: 'karin@example.org' } }, showHiddenFields: true, overrideAccess: true })).docs[0] as User & { resetPasswordExpiration?: string }
    const hoursLeft = (Date.parse(stored.resetPasswordExpiration!) - Date.now()) / 3_600_000
    expect(hoursLeft).toBeGreaterThan(71)
    expect(hoursLeft).toBeLessThanOrEqual(72)
    const weak = await rest(payload, 'POST', '/users/reset-password', { body: { token, password: 'kort' } })
    expect(weak.status).toBe(400)
    const set = await rest(payload, 'POST', '/users/reset-password', { body: { token, password: 'mijn-eigen-lange-wachtwoord' } })
    expect(set.status, set.text).toBe(200)
    // Used once.
    expect((await rest(payload, 'POST', '/users/reset-password', { body: { token, password: 'nog-een-lang-wachtwoord' } })).status).toBe(403)
    await expect(loginToken(payload, 'karin@example.org', 'mijn-eigen-lange-wachtwoord', '10.99.0.2')).resolves.toBeTruthy()
  })

  it('an approved request is not handled again, and cannot be turned into a rejection', async () => {
    for (const status of ['rejected', 'new', 'approved'] as const) {
      if (status === 'approved') continue
      expect(await refusal(payload.update({ collection: 'join-requests', id: request.id, data: { status }, overrideAccess: false, user: asUser(editor) }))).toMatch(/al afgehandeld/)
    }
    // The proeftuin and the account it names are set by approving, never typed.
    await payload.update({ collection: 'join-requests', id: request.id, data: { proeftuin: 1, account: 1, note: 'gebeld' } as never, overrideAccess: false, user: asUser(editor) })
    const after = await payload.findByID({ collection: 'join-requests', id: request.id, depth: 0 })
    expect([after.proeftuin, after.account, after.note]).toEqual([proeftuin.id, account.id, 'gebeld'])
    expect((await payload.count({ collection: 'users', where: { email: { equals: 'karin@example.org' } } })).totalDocs).toBe(1)
  })

  it('a request for an address that already has an account is refused on approval, with a Dutch reason, and changes nothing', async () => {
    const r = await apply(goodJoin({ title: 'Nog een proeftuin', contactEmail: 'eva@samenbeter.test' }))
    expect(r.status).toBe(201)
    const [second] = (await payload.find({ collection: 'join-requests', where: { title: { equals: 'Nog een proeftuin' } }, overrideAccess: true })).docs
    const proeftuinen = (await payload.count({ collection: 'proeftuinen', overrideAccess: true })).totalDocs
    expect(await refusal(payload.update({ collection: 'join-requests', id: second.id, data: { status: 'approved' }, overrideAccess: false, user: asUser(editor) }))).toMatch(/al een account/)
    expect((await payload.findByID({ collection: 'join-requests', id: second.id })).status).toBe('new')
    expect((await payload.count({ collection: 'proeftuinen', overrideAccess: true })).totalDocs).toBe(proeftuinen)
    const rejected = await payload.update({ collection: 'join-requests', id: second.id, data: { status: 'rejected' }, overrideAccess: false, user: asUser(editor) })
    expect(rejected.status).toBe('rejected')
    await runMail()
    expect(smtp.mails.filter((m) => m.subject.startsWith('Welkom') && m.to.includes('eva@'))).toHaveLength(0)
  })

  it('the contact never reaches the export', async () => {
    const dir = path.join(dataDir, 'export')
    await exportContent(payload, { dir })
    const files = fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((f) => f.isFile())
    for (const f of files) {
      const text = fs.readFileSync(path.join(f.parentPath, f.name), 'utf8')
      expect(text).not.toContain('karin@example.org')
      expect(text).not.toContain('Karin Kwartier')
    }
    expect(files.some((f) => f.parentPath.includes('join'))).toBe(false)
  })

  it('the privacy purge forgets the contact of handled requests after the retention period, and keeps waiting ones and the account', async () => {
    const waiting = await payload.create({ collection: 'join-requests', data: { title: 'Wacht nog', city: 'A', neighbourhood: 'B', status: 'new', contactName: 'Wim', contactEmail: 'wim@example.org' }, overrideAccess: true })
    const later = new Date(Date.now() + 13 * 31 * 86_400_000)
    expect(cutoffDate(12, later).getTime()).toBeGreaterThan(Date.now())
    const { purged } = await purgeJoinContacts(payload, { months: 12, now: later })
    expect(purged).toBe(2)
    const handled = await payload.findByID({ collection: 'join-requests', id: request.id })
    expect([handled.contactName ?? null, handled.contactEmail ?? null, handled.motivation ?? null]).toEqual([null, null, null])
    expect(handled.title).toBe('Proeftuin De Kruidenwijk')
    expect((await payload.findByID({ collection: 'join-requests', id: waiting.id })).contactEmail).toBe('wim@example.org')
    expect((await payload.findByID({ collection: 'users', id: account.id })).email).toBe('karin@example.org')
    expect((await purgeJoinContacts(payload, { months: 12, now: later })).purged).toBe(0)
  })
})

describe('the self-scan remembered: "Zelfscan overnemen"', () => {
  let own: number
  let other: number
  let kwartiermakerToken = ''
  let editorToken = ''
  const takeOver = (body: unknown, token?: string, headers: Record<string, string> = {}) => rest(payload, 'POST', '/zelfscan-overnemen', { body, token, headers })

  beforeAll(async () => {
    own = (await payload.create({ collection: 'proeftuinen', data: { title: 'Eigen tuin', city: 'Stad', scorecard: [{ part: parts.vraagbaak, status: 'absent', evidence: 'Nog geen spreekuur.' }], _status: 'published' } as never, context: { skipRebuild: true } })).id as number
    other = (await payload.create({ collection: 'proeftuinen', data: { title: 'Andere tuin', city: 'Stad', _status: 'published' } as never, context: { skipRebuild: true } })).id as number
    await payload.create({ collection: 'users', data: { name: 'Kees', email: 'kees@samenbeter.test', password, role: 'kwartiermaker', proeftuin: own } as never })
    kwartiermakerToken = await loginToken(payload, 'kees@samenbeter.test', password, '10.99.1.1')
    editorToken = await loginToken(payload, 'eva@samenbeter.test', password, '10.99.1.2')
  })

  it('writes the scan from its link into the own proeftuin as a draft, keeping the evidence; the published case is untouched', async () => {
    const r = await takeOver({ scan: 'https://samenbeter.nl/mvp/zelfscan/?ecommunity=present&vraagbaak=in-progress' }, kwartiermakerToken)
    expect(r.status, r.text).toBe(200)
    expect(r.json.message).toMatch(/concept van Eigen tuin: 2 onderdelen/)
    const draft = await payload.findByID({ collection: 'proeftuinen', id: own, draft: true, depth: 0 })
    expect(draft._status).toBe('draft')
    expect(draft.scorecard?.map((row) => [row.part, row.status, row.evidence ?? null])).toEqual([
      [parts.vraagbaak, 'in-progress', 'Nog geen spreekuur.'],
      [parts.ecommunity, 'present', null],
    ])
    const published = await payload.findByID({ collection: 'proeftuinen', id: own, depth: 0 })
    expect(published._status).toBe('published')
    expect(published.scorecard?.map((row) => row.status)).toEqual(['absent'])
  })

  it('refuses everyone else and everything else with a 4xx in Dutch, changing nothing', async () => {
    const snapshot = async () => JSON.stringify(await Promise.all([own, other].map((id) => payload.findByID({ collection: 'proeftuinen', id, draft: true, depth: 0 }))))
    const before = await snapshot()
    const cases: [string, unknown, string | undefined, number, RegExp, Record<string, string>?][] = [
      ['anonymous', { scan: '?ecommunity=present' }, undefined, 401, /Log eerst in/],
      ['an editor', { scan: '?ecommunity=present' }, editorToken, 403, /Alleen een kwartiermaker/],
      ['no answers in the link', { scan: 'https://samenbeter.nl/mvp/zelfscan/' }, kwartiermakerToken, 400, /geen antwoorden/],
      ['an unknown part', { scan: '?bestaat-niet=present' }, kwartiermakerToken, 400, /niet bestaat: bestaat-niet/],
      ['an unknown status', { scan: '?ecommunity=geweldig' }, kwartiermakerToken, 400, /afwezig, in ontwikkeling of aanwezig/],
      ['a part with SQL', { scan: "?x'%20OR%201=1=present" }, kwartiermakerToken, 400, /./],
      ['answers with a bad status', { scan: { ecommunity: 'yes' } }, kwartiermakerToken, 400, /afwezig/],
      ['another proeftuin named', { scan: '?ecommunity=present', proeftuin: other }, kwartiermakerToken, 400, /Onbekend veld: proeftuin/],
      ['publishing asked for', { scan: '?ecommunity=present', _status: 'published' }, kwartiermakerToken, 400, /Onbekend veld/],
      ['no scan', {}, kwartiermakerToken, 400, /Plak de link/],
      ['scan a number', { scan: 5 }, kwartiermakerToken, 400, /Plak de link/],
      ['an empty link', { scan: '  ' }, kwartiermakerToken, 400, /Plak de link/],
      ['a link too long', { scan: `?ecommunity=present&x=${'a'.repeat(5000)}` }, kwartiermakerToken, 400, /te lang/],
      ['broken JSON', '{"scan":', kwartiermakerToken, 400, /geen geldige JSON/],
      ['too large', { scan: `?ecommunity=present&x=${'a'.repeat(20_000)}` }, kwartiermakerToken, 413, /te groot/],
      ['a JSON array', [], kwartiermakerToken, 400, /JSON-object/],
      ['text/plain', JSON.stringify({ scan: '?ecommunity=present' }), kwartiermakerToken, 415, /als JSON/, { 'content-type': 'text/plain' }],
      ['from another origin', { scan: '?ecommunity=present' }, kwartiermakerToken, 403, /redactieomgeving/, { origin: 'https://evil.example' }],
    ]
    for (const [name, body, token, status, message, headers] of cases) {
      const r = await takeOver(body, token, headers)
      expect(r.status, `${name}: ${r.text}`).toBe(status)
      expect(r.text, name).toMatch(message)
    }
    expect(await snapshot()).toBe(before)
  })
})
