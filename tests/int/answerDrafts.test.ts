/**
 * Drafts for answers (issue "the daily work in the admin", 16.5): once a question is published,
 * editing its answer saves a draft and the public answer, the export and the site stay as they
 * were until an editor publishes again; restoring an old version restores it as a draft. Until it
 * is first published, a question is moderated in place. Real SQLite, the Local API as each role.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { Question, User } from '../../cms/payload-types'
import { exportContent } from '../../scripts/lib/content/export'
import { rest } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'
import fs from 'node:fs'
import path from 'node:path'

let payload: Payload
let cleanup: () => Promise<void>
let dataDir: string
const users: Record<string, User> = {}
const paragraph = (text: string) => ({
  root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text, detail: 0, format: 0, mode: 'normal', style: '' }] }] },
})
const textOf = (q: Pick<Question, 'body'>) => JSON.stringify(q.body ?? null)
const as = (role: string) => ({ user: users[role], overrideAccess: false as const, context: { skipRebuild: true, skipMail: true } })

beforeAll(async () => {
  ;({ payload, cleanup, dataDir } = await tempPayload())
  for (const role of ['editor', 'expert']) {
    users[role] = (await payload.create({ collection: 'users', data: { role, name: role, email: `${role}@samenbeter.test`, password: 'een-lang-wachtwoord-42' } as never })) as User
  }
})
afterAll(async () => cleanup?.())

it('moderates in place until published, then keeps the public answer until an editor publishes the draft', async () => {
  const asked = await payload.create({ collection: 'questions', data: { title: 'Hoe begin ik een eCommunity?', askedAt: new Date().toISOString() } as never, context: { skipMail: true } })
  expect(asked._status).toBe('draft')

  // The admin's "Concept opslaan" on a question not yet published is a save in place: the queue and the expert see it.
  await payload.update({ collection: 'questions', id: asked.id, data: { status: 'accepted', assignedTo: users.expert.id } as never, draft: true, ...as('editor') })
  expect(await payload.findByID({ collection: 'questions', id: asked.id, overrideAccess: true })).toMatchObject({ status: 'accepted', _status: 'draft' })
  await payload.update({ collection: 'questions', id: asked.id, data: { body: paragraph('Begin met tien buren.') } as never, ...as('expert') })
  expect(await payload.findByID({ collection: 'questions', id: asked.id, overrideAccess: true })).toMatchObject({ status: 'answered', _status: 'draft' })
  // Not public before an editor publishes it.
  expect((await payload.find({ collection: 'questions', where: { id: { equals: asked.id } }, overrideAccess: false })).docs).toHaveLength(0)

  const published = await payload.update({ collection: 'questions', id: asked.id, data: { _status: 'published' } as never, ...as('editor') })
  expect(published).toMatchObject({ _status: 'published', status: 'answered' })
  expect(published.publishedAt).toBeTruthy()

  // An edit of the published answer is a draft: the public answer stays.
  await payload.update({ collection: 'questions', id: asked.id, data: { body: paragraph('Begin met honderd buren.') } as never, draft: true, ...as('editor') })
  const publicNow = await payload.findByID({ collection: 'questions', id: asked.id, overrideAccess: false })
  expect(textOf(publicNow)).toContain('tien buren')
  expect(textOf(await payload.findByID({ collection: 'questions', id: asked.id, draft: true, ...as('editor') }))).toContain('honderd buren')
  const out = path.join(dataDir, 'export')
  await exportContent(payload, { dir: out })
  const file = fs.readFileSync(path.join(out, 'questions', `${published.slug}.md`), 'utf8')
  expect(file).toContain('tien buren')
  expect(file).not.toContain('honderd buren')

  // The expert may no longer change a published answer: that is the editors' work.
  await expect(payload.update({ collection: 'questions', id: asked.id, data: { body: paragraph('Iets anders.') } as never, draft: true, ...as('expert') })).rejects.toThrow()

  // Publishing the draft makes it public (the admin's Publiceren sends the draft's fields, as here).
  await payload.update({ collection: 'questions', id: asked.id, data: { body: paragraph('Begin met honderd buren.'), _status: 'published' } as never, ...as('editor') })
  expect(textOf(await payload.findByID({ collection: 'questions', id: asked.id, overrideAccess: false }))).toContain('honderd buren')

  // Restoring the first published version as a draft (the admin's "als concept herstellen", over
  // REST: the Local API's restore has no draft flag): the public answer stays.
  const { docs: versions } = await payload.findVersions({ collection: 'questions', where: { parent: { equals: asked.id } }, sort: 'createdAt', limit: 50, overrideAccess: true })
  const first = versions.find((v) => v.version._status === 'published' && textOf(v.version).includes('tien buren'))!
  const { token } = await payload.login({ collection: 'users', data: { email: 'editor@samenbeter.test', password: 'een-lang-wachtwoord-42' } })
  const restored = await rest(payload, 'POST', `/questions/versions/${first.id}?draft=true`, { token })
  expect(restored.status, restored.text).toBe(200)
  // A plain restore would publish the old text at once: on a published document it is refused with the way to do it.
  const plain = await rest(payload, 'POST', `/questions/versions/${first.id}`, { token })
  expect(plain.status).toBe(400)
  expect(plain.text).toContain('herstel de versie als concept')
  expect(textOf(await payload.findByID({ collection: 'questions', id: asked.id, overrideAccess: false }))).toContain('honderd buren')
  expect(textOf(await payload.findByID({ collection: 'questions', id: asked.id, draft: true, ...as('editor') }))).toContain('tien buren')
})
