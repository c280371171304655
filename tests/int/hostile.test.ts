/**
 * A table of hostile and malformed requests against Payload's own REST handler (the one the Next
 * route calls) on a real SQLite file: each gets the status and the message expected (never a 500),
 * and afterwards nothing stored has changed.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest, type RestOptions } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let editorToken = ''
let kwartiermakerToken = ''
const ids: Record<string, number | string> = {}
const site = 'http://localhost:4321'
const password = 'een-lang-wachtwoord-42'

type Case = { name: string; method: string; url: string; options?: RestOptions & { as?: 'editor' | 'kwartiermaker' }; status: number; message?: RegExp }

const goodAsk = (o: Record<string, unknown> = {}) => ({ title: 'Hoe begin je een VraagBaak in je eigen wijk?', name: 'Vera', email: 'vera@example.org', consent: true, shownAt: Date.now() - 10_000, ...o })
const askCase = (name: string, body: unknown, status: number, message: RegExp, headers: Record<string, string> = {}): Case => ({
  name: `ask: ${name}`, method: 'POST', url: '/questions/ask', options: { body, headers: { origin: site, ...headers } }, status, message,
})
const BAD_REQUEST = /Ongeldige aanvraag/
const FORBIDDEN = /niet uitvoeren|niet doen|not allowed/i

const cases: Case[] = [
  // The ask endpoint.
  askCase('no origin', goodAsk(), 403, /alleen via het formulier/, { origin: '' }),
  askCase('another origin', goodAsk(), 403, /alleen via het formulier/, { origin: 'https://evil.example' }),
  askCase('origin null', goodAsk(), 403, /alleen via het formulier/, { origin: 'null' }),
  askCase('form-encoded', 'title=x', 415, /als JSON/, { 'content-type': 'application/x-www-form-urlencoded' }),
  askCase('text/plain', JSON.stringify(goodAsk()), 415, /als JSON/, { 'content-type': 'text/plain' }),
  askCase('not JSON', '{"title": ', 400, /geen geldige JSON/),
  askCase('JSON array', '[]', 400, /./),
  askCase('JSON null', 'null', 400, /./),
  askCase('JSON string', '"vraag"', 400, /./),
  askCase('empty body', '', 400, /geen geldige JSON/),
  askCase('invalid UTF-8', new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 400, /geen geldige UTF-8/),
  askCase('title missing', goodAsk({ title: undefined }), 400, /De vraag ontbreekt/),
  askCase('title a number', goodAsk({ title: 12345678901234567 }), 400, /moet tekst zijn/),
  askCase('title too short', goodAsk({ title: 'Waarom?' }), 400, /minstens 15 tekens/),
  askCase('title too long', goodAsk({ title: 'x'.repeat(2001) }), 400, /hoogstens 2000 tekens/),
  askCase('title with a script', goodAsk({ title: 'Wat is dit <script>alert(1)</script> precies?' }), 400, /geen HTML/),
  askCase('title with control characters', goodAsk({ title: 'Wat is de VraagBaak\u0007 eigenlijk?' }), 400, /stuurtekens/),
  askCase('title with a lone high surrogate', `{"title":"Wat kost de VraagBaak \\ud83d per jaar?","name":"V","email":"v@example.org","consent":true,"shownAt":${Date.now() - 10_000}}`, 400, /ongeldig teken/),
  askCase('title with a lone low surrogate', `{"title":"Wat kost de VraagBaak \\ude00 per jaar?","name":"V","email":"v@example.org","consent":true,"shownAt":${Date.now() - 10_000}}`, 400, /ongeldig teken/),
  askCase('name with a lone surrogate', `{"title":"Wat kost de VraagBaak per jaar precies?","name":"V\\udc00","email":"v@example.org","consent":true,"shownAt":${Date.now() - 10_000}}`, 400, /ongeldig teken/),
  askCase('name missing', goodAsk({ name: undefined }), 400, /naam/i),
  askCase('email missing', goodAsk({ email: undefined }), 400, /e-mail/i),
  askCase('email not an address', goodAsk({ email: 'geen-adres' }), 400, /e-mail/i),
  askCase('email an object', goodAsk({ email: { $gt: '' } }), 400, /./),
  askCase('consent missing', goodAsk({ consent: undefined }), 400, /./),
  askCase('consent false', goodAsk({ consent: false }), 400, /./),
  askCase('an unknown field (asker status)', goodAsk({ status: 'published' }), 400, /./),
  askCase('prototype pollution', JSON.stringify(goodAsk()).replace('{', '{"__proto__":{"admin":true},'), 400, /./),
  askCase('honeypot filled', goodAsk({ website: 'http://spam.example' }), 400, /./),
  askCase('shownAt beyond any date', goodAsk({ shownAt: Number.MAX_SAFE_INTEGER }), 400, /./),
  askCase('form from the future', goodAsk({ shownAt: Date.now() + 3_600_000 }), 400, /erg snel/),
  askCase('form too old', goodAsk({ shownAt: Date.now() - 3 * 86_400_000 }), 400, /verlopen/),
  askCase('shownAt a string', goodAsk({ shownAt: 'gisteren' }), 400, /./),
  askCase('unknown topic', goodAsk({ topic: { kind: 'tool', slug: 'bestaat-niet' } }), 400, /bestaat niet/),
  askCase('topic of another kind', goodAsk({ topic: { kind: 'user', slug: 'admin' } }), 400, /onderwerp/),
  askCase('topic slug with SQL', goodAsk({ topic: { kind: 'tool', slug: "x' OR 1=1 --" } }), 400, /onderwerp/),
  askCase('too large', goodAsk({ context: 'x'.repeat(20_000) }), 413, /te groot/),
  { name: 'ask: read as GET', method: 'GET', url: '/questions/ask', status: 400, message: BAD_REQUEST },
  { name: 'ask: method override to GET', method: 'POST', url: '/questions/ask', options: { body: goodAsk(), headers: { origin: site, 'x-http-method-override': 'GET' } }, status: 400, message: BAD_REQUEST },
  { name: 'ask: PATCH', method: 'PATCH', url: '/questions/ask', options: { body: goodAsk() }, status: 400, message: /Missing ID|./ },
  { name: 'ask: DELETE', method: 'DELETE', url: '/questions/ask', status: 403, message: FORBIDDEN },
  // The join form's endpoint (its whole table of bad input is in tests/int/join.test.ts).
  { name: 'join: no origin', method: 'POST', url: '/join-requests/apply', options: { body: { title: 'x' } }, status: 403, message: /alleen via het formulier/ },
  { name: 'join: form-encoded', method: 'POST', url: '/join-requests/apply', options: { body: 'title=x', headers: { origin: site, 'content-type': 'application/x-www-form-urlencoded' } }, status: 415, message: /als JSON/ },
  { name: 'join: status smuggled in', method: 'POST', url: '/join-requests/apply', options: { body: { title: 'Tuin', city: 'Stad', neighbourhood: 'Wijk', contactName: 'A', contactEmail: 'a@example.org', consent: true, shownAt: Date.now() - 10_000, status: 'approved' }, headers: { origin: site } }, status: 400, message: /Onbekend veld: status/ },
  { name: 'join: read as GET', method: 'GET', url: '/join-requests/apply', status: 403, message: FORBIDDEN },
  { name: 'join: DELETE', method: 'DELETE', url: '/join-requests/apply', status: 403, message: FORBIDDEN },
  { name: 'join: anonymous create through REST', method: 'POST', url: '/join-requests', options: { body: { title: 'Tuin', city: 'Stad', neighbourhood: 'Wijk' } }, status: 403, message: FORBIDDEN },
  { name: 'join: anonymous list', method: 'GET', url: '/join-requests', status: 403, message: FORBIDDEN },
  { name: 'join: kwartiermaker approves a request', method: 'PATCH', url: '/join-requests/1', options: { as: 'kwartiermaker', body: { status: 'approved' } }, status: 403, message: FORBIDDEN },
  { name: 'zelfscan: anonymous', method: 'POST', url: '/zelfscan-overnemen', options: { body: { scan: '?ecommunity=present' } }, status: 401, message: /Log eerst in/ },
  { name: 'zelfscan: an editor', method: 'POST', url: '/zelfscan-overnemen', options: { as: 'editor', body: { scan: '?ecommunity=present' } }, status: 403, message: /Alleen een kwartiermaker/ },
  { name: 'zelfscan: another proeftuin named', method: 'POST', url: '/zelfscan-overnemen', options: { as: 'kwartiermaker', body: { scan: '?ecommunity=present', proeftuin: 'OTHER_PROEFTUIN' } }, status: 400, message: /Onbekend veld: proeftuin/ },
]

// REST: ids that are not ids, on every collection.
const collections = ['guide-chapters', 'tools', 'mvp-parts', 'proeftuinen', 'lessons', 'programmes', 'questions', 'users', 'media', 'join-requests']
for (const c of collections) {
  // Users, media and join requests refuse an anonymous reader before looking at the id.
  const closed = c === 'users' || c === 'media' || c === 'join-requests'
  for (const id of ['abc', '1e999']) {
    cases.push({ name: `GET /${c}/${id}`, method: 'GET', url: `/${c}/${id}`, status: closed ? 403 : 400, message: closed ? FORBIDDEN : BAD_REQUEST })
  }
  cases.push({ name: `GET /${c}/-1.5`, method: 'GET', url: `/${c}/-1.5`, status: closed ? 403 : 404, message: /./ })
  cases.push({ name: `GET /${c}/abc as editor`, method: 'GET', url: `/${c}/abc`, options: { as: 'editor' }, status: 400, message: BAD_REQUEST })
  cases.push({ name: `GET /${c}/999999 (absent)`, method: 'GET', url: `/${c}/999999`, status: closed ? 403 : 404, message: /./ })
}
// REST: filters with values of the wrong kind.
for (const [c, q] of [
  ['questions', 'where[askedAt][greater_than]=notadate'],
  ['questions', 'where[askedAt][less_than]=2026-13-45'],
  ['tools', 'where[title][near]=1,2'],
  ['tools', 'where[id][in]=1,2,abc'],
  ['lessons', 'where[proeftuin][equals]=abc'],
  ['lessons', 'where[id][not_in]=x,y'],
] as const) {
  cases.push({ name: `GET /${c}?${q}`, method: 'GET', url: `/${c}?${q}`, status: 400, message: BAD_REQUEST })
}
for (const [c, q] of [
  ['tools', 'where[nope][equals]=1'],
  ['questions', 'where[askerEmail][exists]=true'],
  ['questions', 'where[askerContext][like]=a'],
  ['questions', 'where[askerName][like]=a'],
  ['tools', 'where[or]=5'],
] as const) {
  cases.push({ name: `GET /${c}?${q} (not queryable)`, method: 'GET', url: `/${c}?${q}`, status: 400, message: /cannot be queried/ })
}

// Harmless oddities: an empty answer, not an error.
for (const q of ['where[id][equals]=abc', 'where[id][greater_than]=abc', 'limit=abc', 'page=-1', 'sort=nonexistent', 'depth=999']) {
  cases.push({ name: `GET /tools?${q} (empty or default answer)`, method: 'GET', url: `/tools?${q}`, status: 200, message: /"docs"/ })
}
for (const q of ['where[password][exists]=true', 'where[hash][exists]=true', 'where[role][equals]=admin']) {
  cases.push({ name: `GET /users?${q} anonymously`, method: 'GET', url: `/users?${q}`, status: 403, message: FORBIDDEN })
}

// Login and forgotten passwords.
cases.push(
  { name: 'login: no body', method: 'POST', url: '/users/login', options: { body: {} }, status: 400, message: /./ },
  { name: 'login: email a number', method: 'POST', url: '/users/login', options: { body: { email: 42, password: 'x' } }, status: 400, message: /./ },
  { name: 'login: email an operator object', method: 'POST', url: '/users/login', options: { body: { email: { like: '%' }, password: 'x' } }, status: 400, message: /./ },
  { name: 'login: password missing', method: 'POST', url: '/users/login', options: { body: { email: 'eva@samenbeter.test' } }, status: 400, message: /./ },
  { name: 'login: wrong password', method: 'POST', url: '/users/login', options: { body: { email: 'eva@samenbeter.test', password: 'helemaal-fout-ja' } }, status: 401, message: /onjuist/ },
  { name: 'login: unknown address', method: 'POST', url: '/users/login', options: { body: { email: 'niemand@samenbeter.test', password: 'helemaal-fout-ja' } }, status: 401, message: /onjuist/ },
  { name: 'login: a megabyte e-mail', method: 'POST', url: '/users/login', options: { body: { email: `${'a'.repeat(100_000)}@x.nl`, password: 'x' } }, status: 401, message: /onjuist/ },
  { name: 'login: not JSON', method: 'POST', url: '/users/login', options: { body: '{"email":' }, status: 400, message: /./ },
  { name: 'forgot-password: no email', method: 'POST', url: '/users/forgot-password', options: { body: {} }, status: 400, message: /./ },
  { name: 'forgot-password: email an object', method: 'POST', url: '/users/forgot-password', options: { body: { email: { $ne: '' } } }, status: 400, message: /./ },
  { name: 'reset-password: bad token', method: 'POST', url: '/users/reset-password', options: { body: { token: 'abc', password: 'een-nieuw-lang-wachtwoord' } }, status: 403, message: /invalid|expired/ },
  { name: 'verify: bad token', method: 'POST', url: '/users/verify/abc', status: 400, message: BAD_REQUEST },
  { name: 'unlock: anonymous', method: 'POST', url: '/users/unlock', options: { body: { email: 'eva@samenbeter.test' } }, status: 403, message: FORBIDDEN },
  { name: 'users: anonymous create', method: 'POST', url: '/users', options: { body: { email: 'x@x.nl', password: 'een-lang-wachtwoord-9', name: 'X', role: 'admin' } }, status: 403, message: FORBIDDEN },
  { name: 'first-register after the first user', method: 'POST', url: '/users/first-register', options: { body: { email: 'y@x.nl', password: 'een-lang-wachtwoord-9', name: 'Y' } }, status: 403, message: /./ },
  { name: 'users: editor lists all (sees self and experts only)', method: 'GET', url: '/users/999999', options: { as: 'editor' }, status: 404, message: /./ },
)

// Document locks.
cases.push(
  { name: 'locks: anonymous list', method: 'GET', url: '/payload-locked-documents', status: 403, message: FORBIDDEN },
  { name: 'locks: anonymous create', method: 'POST', url: '/payload-locked-documents', options: { body: { document: { relationTo: 'tools', value: 1 }, globalSlug: null, user: { relationTo: 'users', value: 1 } } }, status: 403, message: FORBIDDEN },
  { name: 'locks: anonymous delete all', method: 'DELETE', url: '/payload-locked-documents?where[id][exists]=true', status: 403, message: FORBIDDEN },
  { name: 'preferences: anonymous list', method: 'GET', url: '/payload-preferences', status: 403, message: FORBIDDEN },
)

// Versions.
cases.push(
  { name: 'versions: anonymous list of questions', method: 'GET', url: '/questions/versions', status: 403, message: FORBIDDEN },
  { name: 'versions: anonymous restore', method: 'POST', url: '/tools/versions/1', status: 403, message: FORBIDDEN },
  { name: 'versions: restore of a bad id', method: 'POST', url: '/tools/versions/abc', options: { as: 'editor' }, status: 400, message: /./ },
  { name: 'versions: restore of an absent version', method: 'POST', url: '/tools/versions/999999', options: { as: 'editor' }, status: 404, message: /./ },
  { name: 'versions: kwartiermaker restores their case without the draft flag', method: 'POST', url: '/proeftuinen/versions/OWN_VERSION', options: { as: 'kwartiermaker' }, status: 403, message: FORBIDDEN },
  { name: 'versions: kwartiermaker restores another case', method: 'POST', url: '/proeftuinen/versions/OTHER_VERSION?draft=true', options: { as: 'kwartiermaker' }, status: 403, message: FORBIDDEN },
  { name: 'kwartiermaker detaches their lesson', method: 'PATCH', url: '/lessons/OWN_LESSON?draft=true', options: { as: 'kwartiermaker', body: { proeftuin: null } }, status: 403, message: FORBIDDEN },
  { name: 'kwartiermaker moves their lesson to another proeftuin', method: 'PATCH', url: '/lessons/OWN_LESSON?draft=true', options: { as: 'kwartiermaker', body: { proeftuin: 'OTHER_PROEFTUIN' } }, status: 403, message: FORBIDDEN },
  { name: 'kwartiermaker publishes their case', method: 'PATCH', url: '/proeftuinen/OWN_PROEFTUIN', options: { as: 'kwartiermaker', body: { _status: 'published' } }, status: 403, message: FORBIDDEN },
  { name: 'duplicate: anonymous', method: 'POST', url: '/tools/TOOL/duplicate', status: 403, message: FORBIDDEN },
  { name: 'duplicate: a question', method: 'POST', url: '/questions/QUESTION/duplicate', options: { as: 'editor' }, status: 404, message: /./ },
  { name: 'bulk delete: anonymous', method: 'DELETE', url: '/tools?where[id][exists]=true', status: 403, message: FORBIDDEN },
  { name: 'bulk update: anonymous', method: 'PATCH', url: '/tools?where[id][exists]=true', options: { body: { title: 'Weg' } }, status: 403, message: FORBIDDEN },
)

// Uploads.
const form = (parts: Record<string, Blob | string>) => {
  const f = new FormData()
  for (const [k, v] of Object.entries(parts)) f.append(k, v)
  return f
}
cases.push(
  { name: 'upload: anonymous', method: 'POST', url: '/media', options: { body: form({ _payload: JSON.stringify({ alt: 'x' }), file: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }) }) }, status: 403, message: FORBIDDEN },
  { name: 'upload: without a file', method: 'POST', url: '/media', options: { as: 'editor', body: form({ _payload: JSON.stringify({ alt: 'x' }) }) }, status: 400, message: /./ },
  { name: 'upload: without alt text', method: 'POST', url: '/media', options: { as: 'editor', body: form({ _payload: JSON.stringify({}), file: new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'x.png', { type: 'image/png' }) }) }, status: 400, message: /./ },
  { name: 'upload: kwartiermaker', method: 'POST', url: '/media', options: { as: 'kwartiermaker', body: form({ _payload: JSON.stringify({ alt: 'x' }), file: new File([new Uint8Array([1])], 'x.png', { type: 'image/png' }) }) }, status: 403, message: FORBIDDEN },
  { name: 'upload: bad _payload JSON', method: 'POST', url: '/media', options: { as: 'editor', body: form({ _payload: '{', file: new File([new Uint8Array([1])], 'x.png', { type: 'image/png' }) }) }, status: 400, message: /./ },
)

const snapshotSlugs = [...collections, 'payload-locked-documents'] as CollectionSlug[]
async function snapshot() {
  const out: Record<string, unknown> = {}
  for (const c of snapshotSlugs) {
    const { docs, totalDocs } = await payload.find({ collection: c, limit: 0, pagination: false, depth: 0, overrideAccess: true, draft: true })
    out[c] = { totalDocs, stamps: docs.map((d) => `${d.id}:${(d as { updatedAt?: string }).updatedAt}`).sort() }
  }
  const versions: Record<string, number> = {}
  for (const c of ['tools', 'proeftuinen', 'lessons', 'questions'] as const) versions[c] = (await payload.countVersions({ collection: c, overrideAccess: true })).totalDocs
  return { ...out, versions }
}

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
  await payload.create({ collection: 'users', data: { name: 'Beheer', email: 'beheer@samenbeter.test', password, role: 'admin' } as never })
  const own = await payload.create({ collection: 'proeftuinen', data: { title: 'Eigen', city: 'Stad', _status: 'published' } as never })
  await payload.update({ collection: 'proeftuinen', id: own.id, data: { summary: 'concept', _status: 'draft' } as never, draft: true })
  const other = await payload.create({ collection: 'proeftuinen', data: { title: 'Ander', city: 'Stad', _status: 'published' } as never })
  ids.OWN_PROEFTUIN = own.id
  ids.OTHER_PROEFTUIN = other.id
  ids.OWN_VERSION = (await payload.findVersions({ collection: 'proeftuinen', where: { parent: { equals: own.id } }, sort: '-updatedAt', limit: 1 })).docs[0].id
  ids.OTHER_VERSION = (await payload.findVersions({ collection: 'proeftuinen', where: { parent: { equals: other.id } }, limit: 1 })).docs[0].id
  ids.OWN_LESSON = (await payload.create({ collection: 'lessons', data: { title: 'Les', kind: 'insight', proeftuin: own.id, _status: 'draft' } as never, draft: true })).id
  ids.TOOL = (await payload.create({ collection: 'tools', data: { title: 'VraagBaak', kind: 'machine', _status: 'published' } as never })).id
  ids.QUESTION = (await payload.create({ collection: 'questions', data: { title: 'Een vraag van iemand', askerName: 'A', askerEmail: 'a@example.org' } as never })).id
  await payload.create({ collection: 'users', data: { name: 'Eva', email: 'eva@samenbeter.test', password, role: 'editor' } as never })
  await payload.create({ collection: 'users', data: { name: 'Kees', email: 'kees@samenbeter.test', password, role: 'kwartiermaker', proeftuin: own.id } as never })
  editorToken = (await payload.login({ collection: 'users', data: { email: 'eva@samenbeter.test', password } })).token!
  kwartiermakerToken = (await payload.login({ collection: 'users', data: { email: 'kees@samenbeter.test', password } })).token!
}, 60_000)
afterAll(async () => cleanup?.())

describe('hostile requests', () => {
  it('the table holds at least 100 requests', () => expect(cases.length).toBeGreaterThanOrEqual(100))

  cases.forEach((c, i) => {
    it(`${c.name} → ${c.status}`, async () => {
      const before = await snapshot()
      const url = c.url.replace(/[A-Z_]{4,}/g, (k) => String(ids[k] ?? k))
      const body = c.options?.body && typeof c.options.body === 'object' && !(c.options.body instanceof FormData) && !(c.options.body instanceof Uint8Array)
        ? JSON.parse(JSON.stringify(c.options.body).replace(/"(OTHER_PROEFTUIN|OWN_PROEFTUIN)"/g, (_, k) => String(ids[k])))
        : c.options?.body
      const headers = { ...c.options?.headers }
      if (headers.origin === '') delete headers.origin
      const token = c.options?.as === 'editor' ? editorToken : c.options?.as === 'kwartiermaker' ? kwartiermakerToken : undefined
      // Each request from its own address, so no limit of an earlier case answers for it.
      const r = await rest(payload, c.method, url, { ...c.options, body, headers, token, address: `10.77.${i >> 8}.${i & 255}` })
      expect(r.status, r.text.slice(0, 300)).toBe(c.status)
      if (c.message) expect(r.text).toMatch(c.message)
      expect(await snapshot(), 'nothing stored or changed').toEqual(before)
    })
  })
})
