/**
 * "Waar is mijn vraag?" (GET /api/questions/status): the status of a question by its kenmerk, and
 * nothing else about it, through Payload's own REST handler on a real SQLite file. Hostile and
 * malformed lookups get a 4xx with a Dutch reason and change nothing; an unknown kenmerk and one
 * that only looks like a kenmerk get the same answer.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
const site = 'http://localhost:4321'
const refs: Record<string, string> = {}
const secret = { title: 'Hoe regel ik een VraagBaak voor mijn straat in Nieuwland?', name: 'Geheime Vrager', email: 'geheim@example.org', context: 'Mijn buurman heet Jan.' }

const lookup = (kenmerk: string | string[] | undefined, { origin = site, address = '203.0.113.50' }: { origin?: string | null; address?: string } = {}) => {
  const query = kenmerk === undefined ? '' : `?${(Array.isArray(kenmerk) ? kenmerk : [kenmerk]).map((k) => `kenmerk=${encodeURIComponent(k)}`).join('&')}`
  return rest(payload, 'GET', `/questions/status${query}`, { headers: origin === null ? {} : { origin }, address })
}

beforeAll(async () => {
  process.env.ASK_RATE_LIMIT = '20'
  ;({ payload, cleanup } = await tempPayload())
  const question = (status: string, extra: Record<string, unknown> = {}) =>
    payload.create({
      collection: 'questions',
      data: { title: secret.title, askerName: secret.name, askerEmail: secret.email, askerContext: secret.context, status, ...extra } as never,
      overrideAccess: true,
    })
  refs.new = (await question('new')).reference!
  refs.rejected = (await question('rejected', { rejectionReason: 'off-topic' })).reference!
}, 60_000)
afterAll(async () => {
  delete process.env.ASK_RATE_LIMIT
  await cleanup?.()
})

describe('GET /api/questions/status', () => {
  it('answers the status of a known kenmerk in Dutch, and nothing else about the question', async () => {
    const r = await lookup(refs.new)
    expect(r.status).toBe(200)
    expect(r.json).toEqual({ reference: refs.new, status: 'new', message: expect.stringMatching(/^Ontvangen\./) })
    for (const value of Object.values(secret)) expect(r.text).not.toContain(value)
    expect(r.headers.get('cache-control')).toBe('no-store')
    expect((await lookup(refs.rejected)).json).toMatchObject({ status: 'rejected', message: expect.stringMatching(/^Niet geplaatst\./) })
  })

  it('reads a kenmerk as a person types it: lower case, spaces, without dashes', async () => {
    const bare = refs.new.replace(/-/g, '')
    for (const typed of [refs.new.toLowerCase(), `  ${refs.new} `, bare, bare.replace(/(.{2})(.{4})/, '$1 $2 ')]) {
      expect((await lookup(typed)).json, typed).toMatchObject({ reference: refs.new, status: 'new' })
    }
  })

  it('gives an unknown kenmerk and one that cannot exist the same answer, in the same shape as a known one', async () => {
    const unknown = await lookup('VB-2222-2222')
    // 0, 1, O, I and L are not in the alphabet of kenmerken: this one looks right but can never exist.
    const impossible = await lookup('VB-0O1I-L000')
    expect(unknown.status).toBe(404)
    expect(impossible.status).toBe(404)
    expect(unknown.json.message).toBe(impossible.json.message)
    expect(Object.keys(unknown.json).sort()).toEqual(Object.keys((await lookup(refs.new)).json).sort())
    expect(unknown.json).toMatchObject({ status: 'unknown', message: expect.stringMatching(/^Geen vraag gevonden/) })
  })

  const hostile: [string, string | string[] | undefined, RegExp][] = [
    ['no kenmerk', undefined, /Vul het kenmerk in/],
    ['an empty kenmerk', '', /Vul het kenmerk in/],
    ['only spaces', '    ', /Vul het kenmerk in/],
    ['two kenmerken', ['VB-2222-2222', 'VB-3333-3333'], /één kenmerk/],
    ['a very long text', 'VB-'.repeat(10_000), /te lang/],
    ['markup', '<img src=x onerror=alert(1)>', /geen kenmerk/],
    ['a script', '"><script>alert(1)</script>', /geen kenmerk/],
    ['SQL', "VB-2222-2222' OR '1'='1", /geen kenmerk/],
    ['a query operator', '{"$ne":null}', /geen kenmerk/],
    ['a wildcard', 'VB-%', /geen kenmerk/],
    ['a pattern', 'VB-.*', /geen kenmerk/],
    ['a path', '../../users', /geen kenmerk/],
    ['a title', 'Hoe regel ik een VraagBaak', /geen kenmerk/],
    ['too few characters', 'VB-2222-222', /geen kenmerk/],
    ['a control character', 'VB-2222-2222\u0000', /geen kenmerk/],
    ['a right-to-left mark', 'VB-2222-2222\u202e', /geen kenmerk/],
    ['full-width letters', 'ＶＢ-2222-2222', /geen kenmerk/],
    ['an e-mail address', secret.email, /geen kenmerk/],
  ]
  it.each(hostile)('refuses %s with 400 and a Dutch reason', async (_name, kenmerk, reason) => {
    const r = await lookup(kenmerk)
    expect(r.status).toBe(400)
    expect(r.json.errors).toEqual([{ field: 'kenmerk', message: expect.stringMatching(reason) }])
    expect(r.text).not.toMatch(/<script|<img/)
  })

  it('refuses a lookup from another site or without an origin (not from the form)', async () => {
    for (const origin of ['https://evil.example', null, 'http://localhost:4321.evil.example']) {
      const r = await lookup(refs.new, { origin })
      expect(r.status, String(origin)).toBe(403)
      expect(r.text).not.toContain('new')
      expect(r.json.errors[0].message).toMatch(/alleen via de SamenBeter-site/)
    }
  })

  it('changes nothing: the questions are as they were', async () => {
    const { docs } = await payload.find({ collection: 'questions', overrideAccess: true, sort: 'createdAt' })
    expect(docs.map((d) => [d.reference, d.status, d.title, d.askerEmail])).toEqual([
      [refs.new, 'new', secret.title, secret.email],
      [refs.rejected, 'rejected', secret.title, secret.email],
    ])
  })

  it('limits lookups per address (three times the ask limit), with Retry-After, and then answers nothing about a kenmerk', async () => {
    const address = '198.51.100.77'
    const limit = 3 * 20
    for (let i = 0; i < limit; i++) expect((await lookup('VB-2222-2222', { address })).status).toBe(404)
    const refused = await lookup(refs.new, { address })
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(refused.json.errors[0].message).toMatch(/Probeer het over \d+ minuten opnieuw/)
    expect(refused.text).not.toContain('"status"')
    // Another address is not affected.
    expect((await lookup(refs.new, { address: '198.51.100.78' })).status).toBe(200)
  })
})
