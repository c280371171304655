/** Document locks are written only by and for the user themselves, over REST as in the admin. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rest } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
const password = 'een-lang-wachtwoord-42'
const users: Record<string, { id: number | string; token: string }> = {}
let toolId: number | string

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
  for (const [name, role] of [['beheer', 'admin'], ['eva', 'editor'], ['erik', 'expert']] as const) {
    const u = await payload.create({ collection: 'users', data: { name, email: `${name}@samenbeter.test`, password, role } as never })
    users[name] = { id: u.id, token: (await payload.login({ collection: 'users', data: { email: `${name}@samenbeter.test`, password } })).token! }
  }
  toolId = (await payload.create({ collection: 'tools', data: { title: 'VraagBaak', kind: 'machine', _status: 'published' } as never })).id
}, 60_000)
afterAll(async () => cleanup?.())

const lock = (as: string, forUser: string) =>
  rest(payload, 'POST', '/payload-locked-documents', {
    token: users[as].token,
    body: { document: { relationTo: 'tools', value: toolId }, user: { relationTo: 'users', value: users[forUser].id } },
  })

describe('document locks', () => {
  it('nobody creates a lock in someone else’s name', async () => {
    const r = await lock('erik', 'eva')
    expect(r.status).toBe(403)
    expect((await payload.count({ collection: 'payload-locked-documents' })).totalDocs).toBe(0)
  })

  it('a user locks a document for themselves, and only they (or an admin) remove it', async () => {
    const mine = await lock('eva', 'eva')
    expect(mine.status).toBe(201)
    const id = mine.json.doc.id
    expect((await rest(payload, 'DELETE', `/payload-locked-documents/${id}`, { token: users.erik.token })).status).toBe(403)
    // Handing the lock to someone else is refused; taking it over for oneself (the admin's "take over") is not.
    expect((await rest(payload, 'PATCH', `/payload-locked-documents/${id}`, { token: users.erik.token, body: { user: { relationTo: 'users', value: users.beheer.id } } })).status).toBe(403)
    const stored = await payload.findByID({ collection: 'payload-locked-documents', id, depth: 0 })
    expect((stored.user as { value: unknown }).value).toBe(users.eva.id)
    expect((await rest(payload, 'PATCH', `/payload-locked-documents/${id}`, { token: users.erik.token, body: { user: { relationTo: 'users', value: users.erik.id } } })).status).toBe(200)
    expect((await rest(payload, 'DELETE', `/payload-locked-documents/${id}`, { token: users.eva.token })).status).toBe(403)
    expect((await rest(payload, 'DELETE', `/payload-locked-documents/${id}`, { token: users.beheer.token })).status).toBe(200)
  })

  it('anonymous visitors see no locks', async () => {
    expect((await rest(payload, 'GET', '/payload-locked-documents')).status).toBe(403)
  })
})
