/**
 * Limits that hold against abuse and are shared by every CMS process: login and forgot-password per
 * address (IPv6 per /64), the ask limit, the same question sent twice, and the password rules.
 * Through Payload's own REST handler, on a real SQLite file; two Payload instances on that one file
 * stand for two CMS processes.
 */
import { getPayload, handleEndpoints, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let second: Payload
let cleanup: () => Promise<void>
const password = 'een-lang-wachtwoord-42'
const site = 'http://localhost:4321'

beforeAll(async () => {
  process.env.ASK_RATE_LIMIT = '4'
  ;({ payload, cleanup } = await tempPayload())
  second = await getPayload({ config: payload.config, key: 'second-process' })
  await payload.create({ collection: 'users', data: { name: 'Beheer', email: 'beheer@samenbeter.test', password, role: 'admin' } as never })
  await payload.create({ collection: 'users', data: { name: 'Eva', email: 'eva@samenbeter.test', password, role: 'editor' } as never })
}, 60_000)
afterAll(async () => {
  delete process.env.ASK_RATE_LIMIT
  await second?.destroy?.()
  await cleanup?.()
})

const login = (email: string, pw: string, address: string, instance: Payload = payload) =>
  instance === payload
    ? rest(payload, 'POST', '/users/login', { body: { email, password: pw }, address })
    : restOn(instance, 'POST', '/users/login', { email, password: pw }, address)

async function restOn(instance: Payload, method: string, url: string, body: unknown, address: string) {
  const request = new Request(`http://localhost/api${url}`, { method, headers: { 'content-type': 'application/json', 'x-forwarded-for': address, origin: site }, body: JSON.stringify(body) })
  const response = await handleEndpoints({ config: instance.config, request, payloadInstanceCacheKey: 'second-process' })
  return { status: response.status, json: await response.json().catch(() => undefined) as any, text: '' }
}

const ask = (title: string, address: string, extra: Record<string, unknown> = {}) => ({
  body: { title, name: 'Vera', email: 'vera@example.org', consent: true, shownAt: Date.now() - 10_000, ...extra },
  headers: { origin: site },
  address,
})

describe('login', () => {
  it('answers a wrong password and an unknown address alike', async () => {
    const wrong = await login('eva@samenbeter.test', 'niet-het-wachtwoord', '198.51.100.1')
    const unknown = await login('niemand@samenbeter.test', 'niet-het-wachtwoord', '198.51.100.1')
    expect(wrong.status).toBe(401)
    expect(unknown.status).toBe(wrong.status)
    expect(unknown.json.errors[0].message).toBe(wrong.json.errors[0].message)
  })

  it('after five failures from one address that address is refused for the account, known or not; the owner elsewhere still logs in', async () => {
    const stranger = '198.51.100.20'
    for (let i = 0; i < 5; i++) expect((await login('eva@samenbeter.test', `fout-${i}-wachtwoord`, stranger)).status).toBe(401)
    for (let i = 0; i < 5; i++) expect((await login('niemand@samenbeter.test', `fout-${i}-wachtwoord`, stranger)).status).toBe(401)
    const known = await login('eva@samenbeter.test', password, stranger)
    const unknown = await login('niemand@samenbeter.test', password, stranger)
    expect(known.status).toBe(429)
    expect(known.json.errors[0].message).toMatch(/Te veel pogingen vanaf dit adres/)
    expect(unknown.status).toBe(429)
    expect(unknown.json.errors[0].message).toBe(known.json.errors[0].message)
    expect((await login('eva@samenbeter.test', password, '192.0.2.44')).status).toBe(200)
  })

  it('counts IPv6 addresses per /64', async () => {
    for (let i = 1; i <= 5; i++) expect((await login('eva@samenbeter.test', 'nog-een-fout-wachtwoord', `2001:db8:aa:bb::${i}`)).status).toBe(401)
    expect((await login('eva@samenbeter.test', password, '2001:db8:aa:bb:ffff:1:2:3')).status).toBe(429)
    expect((await login('eva@samenbeter.test', password, '2001:db8:aa:bc::1')).status).toBe(200)
  })

  it('limits the attempts of one address over all accounts', async () => {
    const spray = '198.51.100.30'
    for (let i = 0; i < 20; i++) expect((await login(`persoon${i}@samenbeter.test`, 'welk-wachtwoord-dan', spray)).status).toBe(401)
    expect((await login('eva@samenbeter.test', password, spray)).status).toBe(429)
  })

  it('is one count for two CMS processes on one database', async () => {
    const address = '198.51.100.40'
    for (let i = 0; i < 3; i++) expect((await login('eva@samenbeter.test', 'fout-wachtwoord-een', address)).status).toBe(401)
    for (let i = 0; i < 2; i++) expect((await login('eva@samenbeter.test', 'fout-wachtwoord-twee', address, second)).status).toBe(401)
    expect((await login('eva@samenbeter.test', password, address, second)).status).toBe(429)
    expect((await login('eva@samenbeter.test', password, address)).status).toBe(429)
  })
})

describe('forgot password', () => {
  it('answers known and unknown addresses alike, and limits each client address', async () => {
    const address = '198.51.100.50'
    const known = await rest(payload, 'POST', '/users/forgot-password', { body: { email: 'eva@samenbeter.test' }, address })
    const unknown = await rest(payload, 'POST', '/users/forgot-password', { body: { email: 'niemand@samenbeter.test' }, address })
    expect(known.status).toBe(200)
    expect(unknown.status).toBe(200)
    expect(unknown.json.message).toBe(known.json.message)
    for (let i = 0; i < 3; i++) expect((await rest(payload, 'POST', '/users/forgot-password', { body: { email: 'eva@samenbeter.test' }, address })).status).toBe(200)
    const refused = await rest(payload, 'POST', '/users/forgot-password', { body: { email: 'eva@samenbeter.test' }, address })
    expect(refused.status).toBe(429)
    expect(refused.json.errors[0].message).toMatch(/Te veel pogingen/)
  })
})

describe('asking', () => {
  it('the same question sent twice from one address gives the first kenmerk and is stored once', async () => {
    const first = await rest(payload, 'POST', '/questions/ask', ask('Hoe werkt de VraagBaak in Roermond precies?', '203.0.113.60'))
    const again = await rest(payload, 'POST', '/questions/ask', ask('Hoe werkt de VraagBaak in Roermond precies?', '203.0.113.60'))
    expect(first.status).toBe(201)
    expect(again.status).toBe(201)
    expect(again.json.reference).toBe(first.json.reference)
    const { totalDocs } = await payload.count({ collection: 'questions', where: { title: { equals: 'Hoe werkt de VraagBaak in Roermond precies?' } } })
    expect(totalDocs).toBe(1)
  })

  it('refuses a lone UTF-16 surrogate with a message instead of storing it changed', async () => {
    const r = await rest(payload, 'POST', '/questions/ask', { ...ask('x', '203.0.113.61'), body: `{"title":"Wat kost een VraagBaak \\ud800 per jaar?","name":"Vera","email":"vera@example.org","consent":true,"shownAt":${Date.now() - 10_000}}` })
    expect(r.status).toBe(400)
    expect(r.json.errors[0]).toMatchObject({ field: 'title', message: expect.stringMatching(/ongeldig teken/) })
    expect((await payload.count({ collection: 'questions', where: { title: { like: 'Wat kost een VraagBaak' } } })).totalDocs).toBe(0)
  })

  it('the ask limit (ASK_RATE_LIMIT=4) is one count for two CMS processes', async () => {
    const address = '203.0.113.70'
    const before = (await payload.count({ collection: 'questions' })).totalDocs
    const results = []
    for (let i = 0; i < 5; i++) {
      const a = ask(`Vraag nummer ${i} over de proeftuinen en hun tools?`, address)
      results.push(i % 2 ? (await restOn(second, 'POST', '/questions/ask', a.body, address)).status : (await rest(payload, 'POST', '/questions/ask', a)).status)
    }
    expect(results).toEqual([201, 201, 201, 201, 429])
    expect((await payload.count({ collection: 'questions' })).totalDocs).toBe(before + 4)
  })
})

describe('passwords', () => {
  it('refuses a short or common password with a message, and takes a long one', async () => {
    const token = (await rest(payload, 'POST', '/users/login', { body: { email: 'beheer@samenbeter.test', password }, address: '192.0.2.90' })).json.token
    const create = (pw: string, email: string) => rest(payload, 'POST', '/users', { token, body: { name: 'Nieuw', email, password: pw, role: 'editor' }, address: '192.0.2.90' })
    const short = await create('abc', 'kort@samenbeter.test')
    expect(short.status).toBe(400)
    expect(short.text).toMatch(/minstens 12 tekens/)
    const common = await create('Wachtwoord1234', 'bekend@samenbeter.test')
    expect(common.status).toBe(400)
    expect(common.text).toMatch(/te bekend/)
    expect((await payload.count({ collection: 'users', where: { email: { in: ['kort@samenbeter.test', 'bekend@samenbeter.test'] } } })).totalDocs).toBe(0)
    expect((await create('paars-fietsje-onder-de-brug', 'goed@samenbeter.test')).status).toBe(201)
  })
})
