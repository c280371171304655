/**
 * Every role × collection × operation against one table of expected outcomes, through the Local
 * API with overrideAccess: false (as in Payload's own test/access-control). The cases are generated
 * from the table, and the table must name every collection of the config and every role, so
 * nothing can be added without deciding who may do what with it.
 */
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { roles, type Role } from '../../cms/access/roles'
import { rest } from '../helpers/rest'
import { tempPayload } from '../helpers/tempPayload'

type Actor = Role | 'anonymous'
const actors: Actor[] = ['anonymous', ...roles]

/**
 * What an actor may do with the fixture documents of a collection, named by key. `history`: the
 * documents whose versions (drafts and earlier states included) the actor may read.
 */
type Rights = { create: boolean; read: string[]; update: string[]; delete: string[]; history: string[]; duplicate?: string[]; restore?: string[] }

const none: Rights = { create: false, read: [], update: [], delete: [], history: [] }
const editorialKeys = ['published', 'draft']
const readPublished: Rights = { ...none, read: ['published'] }
const editsAll = (keys: string[]): Rights => ({ create: true, read: keys, update: keys, delete: keys, history: keys })

/** Guide chapters, tools, MVP parts and programmes share one rule: published for all, drafts for editors. */
const editorial: Record<Actor, Rights> = {
  anonymous: readPublished,
  kwartiermaker: readPublished,
  expert: readPublished,
  editor: editsAll(editorialKeys),
  admin: editsAll(editorialKeys),
}

// proeftuinen: own = the kwartiermaker's proeftuin (a draft), other = published, otherDraft = a draft.
// lessons: own = a draft lesson of that proeftuin, other = published lesson of another, otherDraft = its draft.
const caseKeys = ['own', 'other', 'otherDraft']
const expected: Record<string, Record<Actor, Rights>> = {
  'guide-chapters': editorial,
  tools: editorial,
  'mvp-parts': editorial,
  programmes: editorial,
  proeftuinen: {
    anonymous: { ...none, read: ['other'] },
    kwartiermaker: { create: false, read: ['own', 'other'], update: ['own'], delete: [], history: ['own'] },
    expert: { ...none, read: ['other'] },
    editor: editsAll(caseKeys),
    admin: editsAll(caseKeys),
  },
  lessons: {
    anonymous: { ...none, read: ['other'] },
    kwartiermaker: { create: true, read: ['own', 'other'], update: ['own'], delete: [], history: ['own'] },
    expert: { ...none, read: ['other'] },
    editor: editsAll(caseKeys),
    admin: editsAll(caseKeys),
  },
  // peer reviews, seen from the kwartiermaker's proeftuin (own): given = their draft review of another,
  // received = another's draft review of theirs (they reply: reviewFields and peerReviewAccess.ts say
  // which fields), published = between two others, private = another's draft about a third.
  'peer-reviews': {
    anonymous: { ...none, read: ['published'] },
    // A copy of a review of their own proeftuin would be a review of themselves, and a restore of
    // one would write the reviewer's words: both refused to the reviewed.
    kwartiermaker: { create: true, read: ['given', 'received', 'published'], update: ['given', 'received'], delete: [], history: ['given', 'received'], duplicate: ['given'], restore: ['given'] },
    expert: { ...none, read: ['published'] },
    editor: editsAll(['given', 'received', 'published', 'private']),
    admin: editsAll(['given', 'received', 'published', 'private']),
  },
  // published = answered and public, new = just asked, assigned = accepted and assigned to the expert.
  questions: {
    anonymous: { ...none, read: ['published'] },
    kwartiermaker: { ...none, read: ['published'] },
    expert: { create: false, read: ['published', 'assigned'], update: ['assigned'], delete: [], history: [] },
    editor: editsAll(['published', 'new', 'assigned']),
    admin: editsAll(['published', 'new', 'assigned']),
  },
  // The users are the role accounts themselves, keyed by role.
  users: {
    anonymous: none,
    kwartiermaker: { ...none, read: ['kwartiermaker'], update: ['kwartiermaker'] },
    expert: { ...none, read: ['expert'], update: ['expert'] },
    editor: { ...none, read: ['editor', 'expert'], update: ['editor'] },
    admin: { ...editsAll([...roles]), history: [] },
  },
  // The VraagBaak's outbox: editors and admins read it (a failing mail is theirs to see); no one writes it.
  mails: { anonymous: none, kwartiermaker: none, expert: none, editor: { ...none, read: ['mail'] }, admin: { ...none, read: ['mail'] } },
  // Requests of new proeftuinen to join (personal data): editors and admins read and handle them; only the join form creates them.
  'join-requests': {
    anonymous: none,
    kwartiermaker: none,
    expert: none,
    editor: { ...none, read: ['request'], update: ['request'], delete: ['request'] },
    admin: { ...none, read: ['request'], update: ['request'], delete: ['request'] },
  },
  // The shared counters of the rate limits: no one, through any API.
  'rate-limit-hits': { anonymous: none, kwartiermaker: none, expert: none, editor: none, admin: none },
  media: {
    anonymous: none,
    kwartiermaker: { ...none, read: ['file'] },
    expert: { ...none, read: ['file'] },
    editor: { ...editsAll(['file']), history: [] },
    admin: { ...editsAll(['file']), history: [] },
  },
}

const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)
const pngFile = (name: string) => ({ data: PNG, mimetype: 'image/png', name, size: PNG.length })

let payload: Payload
let cleanup: () => Promise<void>
const users = {} as Record<Role, Record<string, unknown>>
/** collection → key → document id */
const ids: Record<string, Record<string, number | string>> = {}
/** collection → key → the data the document was made from (to make copies for delete). */
const made: Record<string, Record<string, { data: Record<string, unknown>; draft: boolean }>> = {}

const sample: Record<string, (n: string) => Record<string, unknown>> = {
  'guide-chapters': (n) => ({ title: `Hoofdstuk ${n}`, order: 1 }),
  tools: (n) => ({ title: `Tool ${n}`, kind: 'machine' }),
  'mvp-parts': (n) => ({ title: `Onderdeel ${n}`, order: 1, description: 'Omschrijving' }),
  programmes: (n) => ({ title: `Programma ${n}`, kind: 'kick-off', unit: 'hours', phases: [{ name: 'Start', offset: 0, duration: 2 }] }),
  proeftuinen: (n) => ({ title: `Proeftuin ${n}`, city: 'Stad' }),
  lessons: (n) => ({ title: `Les ${n}`, kind: 'insight', proeftuin: ids.proeftuinen.own }),
  'peer-reviews': (n) => ({ title: `Review ${n}`, about: ids.proeftuinen.other, by: ids.proeftuinen.own, date: '2026-11-01' }),
  questions: (n) => ({ title: `Vraag ${n} over de proeftuinen?`, askerName: 'Anna Vrager', askerEmail: 'anna@example.org' }),
  'rate-limit-hits': (n) => ({ bucket: `test:${n}`, at: new Date().toISOString() }),
  mails: (n) => ({ key: `test:${n}`, kind: 'received', status: 'queued' }),
  'join-requests': (n) => ({ title: `Aanmelding ${n}`, city: 'Stad', neighbourhood: 'Wijk', contactName: 'Anna Aanvrager', contactEmail: 'anna.aanvrager@example.org' }),
}

async function make(collection: string, key: string, data: Record<string, unknown>, draft = false) {
  const doc = await payload.create({
    collection: collection as CollectionSlug,
    data: { ...data, ...(draft ? { _status: 'draft' } : { _status: 'published' }) } as never,
    draft,
    overrideAccess: true,
    ...(collection === 'media' ? { file: pngFile(`${key}.png`) } : {}),
  })
  ;(ids[collection] ??= {})[key] = doc.id
  ;(made[collection] ??= {})[key] = { data, draft }
  return doc
}

const tokens: Partial<Record<Actor, string>> = {}
async function tokenOf(actor: Actor) {
  if (actor === 'anonymous') return undefined
  return (tokens[actor] ??= (await payload.login({ collection: 'users', data: { email: `${actor}@samenbeter.test`, password: 'een-lang-wachtwoord' } })).token!)
}

async function userOf(actor: Actor) {
  if (actor === 'anonymous') return undefined
  return { ...users[actor], collection: 'users' } as never
}

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
  for (const collection of ['guide-chapters', 'tools', 'mvp-parts', 'programmes']) {
    await make(collection, 'published', sample[collection]('gepubliceerd'))
    await make(collection, 'draft', sample[collection]('concept'), true)
  }
  await make('proeftuinen', 'own', sample.proeftuinen('eigen'), true)
  await make('proeftuinen', 'other', sample.proeftuinen('ander'))
  await make('proeftuinen', 'otherDraft', sample.proeftuinen('ander concept'), true)
  await make('lessons', 'own', sample.lessons('eigen'), true)
  await make('lessons', 'other', { ...sample.lessons('ander'), proeftuin: ids.proeftuinen.other })
  await make('lessons', 'otherDraft', { ...sample.lessons('ander concept'), proeftuin: ids.proeftuinen.other }, true)
  await make('peer-reviews', 'given', sample['peer-reviews']('gegeven'), true)
  await make('peer-reviews', 'received', { ...sample['peer-reviews']('ontvangen'), about: ids.proeftuinen.own, by: ids.proeftuinen.other }, true)
  await make('peer-reviews', 'published', { ...sample['peer-reviews']('gepubliceerd'), about: ids.proeftuinen.otherDraft, by: ids.proeftuinen.other })
  await make('peer-reviews', 'private', { ...sample['peer-reviews']('van anderen'), about: ids.proeftuinen.otherDraft, by: ids.proeftuinen.other }, true)
  for (const role of roles) {
    const data = {
      name: `De ${role}`,
      email: `${role}@samenbeter.test`,
      password: 'een-lang-wachtwoord',
      role,
      ...(role === 'kwartiermaker' ? { proeftuin: ids.proeftuinen.own } : {}),
    }
    users[role] = (await make('users', role, data)) as never
  }
  // A published question has its answer: publishing without one is refused (moderationRules).
  const answer = { root: { type: 'root', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'paragraph', version: 1, direction: null, format: '', indent: 0, children: [{ type: 'text', version: 1, text: 'Het antwoord.', detail: 0, format: 0, mode: 'normal', style: '' }] }] } }
  await make('questions', 'published', { ...sample.questions('gepubliceerd'), status: 'answered', body: answer })
  await make('questions', 'new', sample.questions('nieuw'), true)
  await make('questions', 'assigned', { ...sample.questions('toegewezen'), status: 'accepted', assignedTo: ids.users.expert }, true)
  await make('media', 'file', { alt: 'Een pixel' })
  await make('rate-limit-hits', 'hit', sample['rate-limit-hits']('fixture'))
  await make('mails', 'mail', sample.mails('fixture'))
  await make('join-requests', 'request', sample['join-requests']('fixture'))
})

afterAll(async () => cleanup?.())

describe('the access table', () => {
  it('names every collection of the config and every role', () => {
    expect(Object.keys(expected).sort()).toEqual(payload.config.collections.map((c) => c.slug).filter((s) => !s.startsWith('payload-')).sort())
    for (const rights of Object.values(expected)) expect(Object.keys(rights).sort()).toEqual([...actors].sort())
  })
})

/** The data of a fresh copy: a unique field (a user's e-mail, a mail's key) gets a new value. */
const copyOf = (collection: string, data: Record<string, unknown>, tag: string) =>
  collection === 'users' ? { ...data, email: `${tag}-${data.email}` } : collection === 'mails' ? { ...data, key: `${tag}-${data.key}` } : data
const keyOf = (collection: string, id: unknown) => Object.entries(ids[collection]).find(([, v]) => v === id)?.[0]
const drafts = (collection: string) => !['users', 'media', 'rate-limit-hits', 'mails', 'join-requests'].includes(collection)
const versioned = (collection: string) => !['users', 'media', 'rate-limit-hits', 'mails', 'join-requests'].includes(collection)
/** A field every document has, to write its own value back: an update that changes nothing but needs permission. */
const touchField = (collection: string) => ({ users: 'name', media: 'alt', 'rate-limit-hits': 'bucket', mails: 'key' })[collection] ?? 'title'

for (const [collection, byActor] of Object.entries(expected)) {
  describe(collection, () => {
    for (const actor of actors) {
      const rights = byActor[actor]
      const who = actor === 'anonymous' ? 'an anonymous visitor' : `a${actor === 'admin' || actor === 'editor' || actor === 'expert' ? 'n' : ''} ${actor}`

      it(`${who} ${rights.read.length ? `reads exactly ${rights.read.join(', ')}` : 'reads nothing'}`, async () => {
        // What the actor can see as published and as the latest draft, together.
        const visible = async (draft: boolean) =>
          payload
            .find({ collection: collection as CollectionSlug, overrideAccess: false, user: await userOf(actor), draft, limit: 0, pagination: false })
            .then((r) => r.docs.map((d) => keyOf(collection, d.id)))
            .catch(() => [])
        const result = [...new Set([...(await visible(false)), ...(await visible(true))])].filter(Boolean).sort()
        expect(result).toEqual([...rights.read].sort())
      })

      if (versioned(collection)) {
        it(`${who} ${rights.history.length ? `reads the history of exactly ${rights.history.join(', ')}` : 'reads no history'}`, async () => {
          const { docs } = await payload
            .findVersions({ collection: collection as CollectionSlug, overrideAccess: false, user: await userOf(actor), limit: 0, pagination: false })
            .catch(() => ({ docs: [] as { parent: unknown }[] }))
          const result = [...new Set(docs.map((v) => keyOf(collection, typeof v.parent === 'object' ? (v.parent as { id: unknown }).id : v.parent)))]
          expect(result.filter(Boolean).sort()).toEqual([...rights.history].sort())
        })
      }

      it(`${who} ${rights.create ? 'can' : 'cannot'} create`, async () => {
        if (collection === 'users' || collection === 'media') {
          const data = collection === 'users' ? { name: 'Nieuw', email: `nieuw-${actor}@samenbeter.test`, password: 'een-lang-wachtwoord', role: 'editor' } : { alt: 'Nieuw' }
          const attempt = payload.create({ collection: collection as CollectionSlug, data: data as never, overrideAccess: false, user: await userOf(actor), ...(collection === 'media' ? { file: pngFile(`nieuw-${actor}.png`) } : {}) })
          return rights.create ? expect(attempt).resolves.toBeTruthy() : expect(attempt).rejects.toThrow()
        }
        const attempt = payload.create({
          collection: collection as CollectionSlug,
          data: { ...sample[collection](`nieuw door ${actor}`), _status: 'draft' } as never,
          draft: drafts(collection),
          overrideAccess: false,
          user: await userOf(actor),
        })
        return rights.create ? expect(attempt).resolves.toBeTruthy() : expect(attempt).rejects.toThrow()
      })

      for (const key of keysOf(collection)) {
        const may = rights.update.includes(key)
        it(`${who} ${may ? 'can' : 'cannot'} update ${key}`, async () => {
          const field = touchField(collection)
          const current = await payload.findByID({ collection: collection as CollectionSlug, id: ids[collection][key], draft: true, overrideAccess: true })
          const attempt = payload.update({
            collection: collection as CollectionSlug,
            id: ids[collection][key],
            data: { [field]: (current as unknown as Record<string, unknown>)[field], ...(drafts(collection) ? { _status: 'draft' } : {}) } as never,
            draft: drafts(collection),
            overrideAccess: false,
            user: await userOf(actor),
          })
          return may ? expect(attempt).resolves.toBeTruthy() : expect(attempt).rejects.toThrow()
        })
      }

      for (const key of keysOf(collection)) {
        const may = rights.delete.includes(key)
        it(`${who} ${may ? 'can' : 'cannot'} delete ${key}`, async () => {
          // A fresh copy of the document, so the world of the other cases stays whole.
          const original = made[collection][key]
          const copyData = copyOf(collection, original.data, `kopie-${actor}`)
          const copy = await payload.create({
            collection: collection as CollectionSlug,
            data: { ...copyData, _status: original.draft ? 'draft' : 'published' } as never,
            draft: original.draft,
            overrideAccess: true,
            ...(collection === 'media' ? { file: pngFile(`kopie-${actor}.png`) } : {}),
          })
          // A kwartiermaker is bound to the original of their proeftuin, not to a copy: try that one
          // (no one who may delete it is asked to, so the world stays whole).
          const bound = actor === 'kwartiermaker' && collection === 'proeftuinen' && key === 'own'
          const id = bound ? ids.proeftuinen.own : copy.id
          const attempt = payload.delete({ collection: collection as CollectionSlug, id, overrideAccess: false, user: await userOf(actor) })
          return may ? expect(attempt).resolves.toBeTruthy() : expect(attempt).rejects.toThrow()
        })
      }

      // The other ways to write: every one holds to the same rights as update, create and delete.
      if (versioned(collection)) {
        for (const key of keysOf(collection)) {
          // Restoring writes a version's data: it takes the right to write the document and to read its history.
          const may = rights.restore?.includes(key) ?? (rights.update.includes(key) && rights.history.includes(key))
          it(`${who} ${may ? 'can' : 'cannot'} restore a version of ${key}${drafts(collection) ? ' as a draft' : ''}`, async () => {
            // Over REST: the Local API's restoreVersion has no draft flag (it always writes the document).
            const id = ids[collection][key]
            const before = await payload.findByID({ collection: collection as CollectionSlug, id, overrideAccess: true })
            const { docs } = await payload.findVersions({ collection: collection as CollectionSlug, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
            const r = await rest(payload, 'POST', `/${collection}/versions/${docs[0].id}${drafts(collection) ? '?draft=true' : ''}`, { token: await tokenOf(actor) })
            expect(r.status, r.text).toBe(may ? 200 : 403)
            // Published stays published: a restore as a draft never takes a page offline.
            const after = await payload.findByID({ collection: collection as CollectionSlug, id, overrideAccess: true })
            expect((after as { _status?: string })._status).toBe((before as { _status?: string })._status)
          })
        }
      }

      if (collection !== 'users' && collection !== 'media') {
        for (const key of keysOf(collection)) {
          // A copy is a new document with the original's data: create rights, on a document one may write.
          const may = rights.duplicate?.includes(key) ?? (collection !== 'questions' && rights.create && rights.update.includes(key))
          it(`${who} ${may ? 'can' : 'cannot'} duplicate ${key}`, async () => {
            const attempt = payload.duplicate({ collection: collection as CollectionSlug, id: ids[collection][key], draft: drafts(collection), overrideAccess: false, user: await userOf(actor) })
            return may ? expect(attempt).resolves.toBeTruthy() : expect(attempt).rejects.toThrow()
          })
        }
      }

      for (const key of keysOf(collection)) {
        const may = rights.update.includes(key)
        it(`${who} ${may ? 'can' : 'cannot'} update ${key} in bulk`, async () => {
          const field = touchField(collection)
          const current = await payload.findByID({ collection: collection as CollectionSlug, id: ids[collection][key], draft: true, overrideAccess: true })
          const result = await payload
            .update({
              collection: collection as CollectionSlug,
              where: { id: { equals: ids[collection][key] } },
              data: { [field]: (current as unknown as Record<string, unknown>)[field], ...(drafts(collection) ? { _status: 'draft' } : {}) } as never,
              draft: drafts(collection),
              overrideAccess: false,
              user: await userOf(actor),
            })
            .catch(() => ({ docs: [] }))
          expect(result.docs.map((d) => keyOf(collection, d.id))).toEqual(may ? [key] : [])
        })
      }

      for (const key of keysOf(collection)) {
        const may = rights.delete.includes(key)
        it(`${who} ${may ? 'can' : 'cannot'} delete ${key} in bulk`, async () => {
          const original = made[collection][key]
          const copyData = copyOf(collection, original.data, `bulk-${actor}`)
          const copy = await payload.create({
            collection: collection as CollectionSlug,
            data: { ...copyData, _status: original.draft ? 'draft' : 'published' } as never,
            draft: original.draft,
            overrideAccess: true,
            ...(collection === 'media' ? { file: pngFile(`bulk-${actor}.png`) } : {}),
          })
          const bound = actor === 'kwartiermaker' && collection === 'proeftuinen' && key === 'own'
          const id = bound ? ids.proeftuinen.own : copy.id
          const result = await payload
            .delete({ collection: collection as CollectionSlug, where: { id: { equals: id } }, overrideAccess: false, user: await userOf(actor) })
            .catch(() => ({ docs: [] }))
          expect(result.docs.length).toBe(may ? 1 : 0)
          const left = await payload.count({ collection: collection as CollectionSlug, where: { id: { equals: id } }, overrideAccess: true })
          expect(left.totalDocs).toBe(may ? 0 : 1)
        })
      }
    }
  })
}

/** The fixture keys of a collection, known before the world is made (tests are declared first). */
function keysOf(collection: string): string[] {
  return {
    'guide-chapters': editorialKeys,
    tools: editorialKeys,
    'mvp-parts': editorialKeys,
    programmes: editorialKeys,
    proeftuinen: caseKeys,
    lessons: caseKeys,
    'peer-reviews': ['given', 'received', 'published', 'private'],
    questions: ['published', 'new', 'assigned'],
    users: [...roles],
    media: ['file'],
    'rate-limit-hits': ['hit'],
    mails: ['mail'],
    'join-requests': ['request'],
  }[collection]!
}

describe('rules beyond the table', () => {
  const asker = ['askerName', 'askerEmail']

  it('the asker’s name and e-mail are readable by editors and admins only', async () => {
    for (const actor of actors) {
      const { docs } = await payload.find({ collection: 'questions', overrideAccess: false, user: await userOf(actor), limit: 0 })
      for (const doc of docs) {
        for (const field of asker) {
          if (actor === 'editor' || actor === 'admin') expect(doc[field as keyof typeof doc], `${actor} ${field}`).toBeTruthy()
          else expect(doc, `${actor} sees ${field}`).not.toHaveProperty(field)
        }
      }
    }
  })

  it('the contact of a join request is readable by editors and admins only', async () => {
    for (const actor of actors) {
      const text = JSON.stringify(await payload.find({ collection: 'join-requests', overrideAccess: false, user: await userOf(actor), limit: 0 }).catch(() => ({})))
      expect(text.includes('anna.aanvrager@example.org'), actor).toBe(actor === 'editor' || actor === 'admin')
    }
  })

  it('a draft never reaches an anonymous reader, not even by id', async () => {
    await expect(payload.findByID({ collection: 'tools', id: ids.tools.draft, overrideAccess: false, draft: true })).rejects.toThrow()
    const byId = await payload.findByID({ collection: 'tools', id: ids.tools.published, overrideAccess: false, draft: true })
    expect(byId._status).toBe('published')
  })

  it('a kwartiermaker saves a draft of their own case but cannot publish it', async () => {
    const user = await userOf('kwartiermaker')
    const saved = await payload.update({ collection: 'proeftuinen', id: ids.proeftuinen.own, data: { summary: 'Nieuw concept', _status: 'draft' }, draft: true, overrideAccess: false, user })
    expect(saved.summary).toBe('Nieuw concept')
    await expect(
      payload.update({ collection: 'proeftuinen', id: ids.proeftuinen.own, data: { _status: 'published' }, overrideAccess: false, user }),
    ).rejects.toThrow()
  })

  it('a kwartiermaker cannot take their own published case or lesson offline', async () => {
    const user = await userOf('kwartiermaker')
    for (const collection of ['proeftuinen', 'lessons'] as const) {
      const id = ids[collection].own
      await payload.update({ collection, id, data: { _status: 'published' }, overrideAccess: true })
      // `_status: 'draft'` without the draft flag is an unpublish, not a draft.
      await expect(payload.update({ collection, id, data: { _status: 'draft' }, overrideAccess: false, user }), collection).rejects.toThrow()
      const draft = await payload.update({ collection, id, data: { _status: 'draft' }, draft: true, overrideAccess: false, user })
      expect(draft._status, collection).toBe('draft')
      expect((await payload.findByID({ collection, id, overrideAccess: false }))._status, collection).toBe('published')
      // Back to the world the other cases expect: the own documents are drafts.
      await payload.update({ collection, id, data: { _status: 'draft' }, overrideAccess: true })
    }
  })

  it('a kwartiermaker cannot change another proeftuin, nor write or move a lesson to it', async () => {
    const user = await userOf('kwartiermaker')
    await expect(
      payload.update({ collection: 'proeftuinen', id: ids.proeftuinen.other, data: { summary: 'Overgenomen' }, draft: true, overrideAccess: false, user }),
    ).rejects.toThrow()
    await expect(
      payload.create({ collection: 'lessons', data: { title: 'Les voor een ander', kind: 'insight', proeftuin: ids.proeftuinen.other as number, _status: 'draft' }, draft: true, overrideAccess: false, user }),
    ).rejects.toThrow()
    await expect(
      payload.update({ collection: 'lessons', id: ids.lessons.own, data: { proeftuin: ids.proeftuinen.other as number, _status: 'draft' }, draft: true, overrideAccess: false, user }),
    ).rejects.toThrow()
    const other = await payload.findByID({ collection: 'proeftuinen', id: ids.proeftuinen.other, draft: true })
    expect(other.summary ?? null).toBeNull()
  })

  it('an expert writes the answer of their question and nothing else', async () => {
    const user = await userOf('expert')
    const answered = await payload.update({
      collection: 'questions',
      id: ids.questions.assigned,
      data: { title: 'Een andere vraag', status: 'rejected', answeredBy: 'De expert' },
      overrideAccess: false,
      user,
    })
    expect(answered.answeredBy).toBe('De expert')
    const stored = await payload.findByID({ collection: 'questions', id: ids.questions.assigned })
    expect(stored.title).toBe('Vraag toegewezen over de proeftuinen?')
    expect(stored.status).toBe('accepted')
    // Publishing is the editors' step: the expert's attempt is refused and changes nothing.
    await expect(
      payload.update({ collection: 'questions', id: ids.questions.assigned, data: { _status: 'published', answeredBy: 'Iemand anders' }, overrideAccess: false, user }),
    ).rejects.toMatchObject({ data: { errors: [{ path: '_status', message: 'Alleen de redactie publiceert een antwoord.' }] } })
    const after = await payload.findByID({ collection: 'questions', id: ids.questions.assigned })
    expect(after).toMatchObject({ _status: 'draft', answeredBy: 'De expert' })
  })

  it('a kwartiermaker or expert cannot give themselves another role', async () => {
    for (const actor of ['kwartiermaker', 'expert'] as const) {
      await payload.update({ collection: 'users', id: ids.users[actor], data: { role: 'admin' }, overrideAccess: false, user: await userOf(actor) })
      expect((await payload.findByID({ collection: 'users', id: ids.users[actor] })).role).toBe(actor)
    }
  })

  it('a kwartiermaker cannot take their case or lesson offline by restoring a version without the draft flag', async () => {
    const user = await userOf('kwartiermaker')
    for (const collection of ['proeftuinen', 'lessons'] as const) {
      const id = ids[collection].own
      await payload.update({ collection, id, data: { _status: 'published' }, overrideAccess: true })
      await payload.update({ collection, id, data: { _status: 'draft' }, draft: true, overrideAccess: true })
      const { docs } = await payload.findVersions({ collection, where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
      const r = await rest(payload, 'POST', `/${collection}/versions/${docs[0].id}`, { token: await tokenOf('kwartiermaker') })
      expect(r.status, collection).toBe(403)
      expect((await payload.findByID({ collection, id, overrideAccess: false }))._status, collection).toBe('published')
      await payload.update({ collection, id, data: { _status: 'draft' }, overrideAccess: true })
    }
  })

  it('a kwartiermaker cannot restore a version they cannot read (one from when the lesson was another proeftuin’s)', async () => {
    const user = await userOf('kwartiermaker')
    const lesson = await payload.create({ collection: 'lessons', data: { title: 'Verhuisde les', kind: 'insight', proeftuin: ids.proeftuinen.other as number, _status: 'draft' }, draft: true, overrideAccess: true })
    const { docs } = await payload.findVersions({ collection: 'lessons', where: { parent: { equals: lesson.id } }, limit: 1, overrideAccess: true })
    await payload.update({ collection: 'lessons', id: lesson.id, data: { proeftuin: ids.proeftuinen.own as number, _status: 'draft' }, draft: true, overrideAccess: true })
    const r = await rest(payload, 'POST', `/lessons/versions/${docs[0].id}?draft=true`, { token: await tokenOf('kwartiermaker') })
    expect(r.status).toBe(403)
    const stored = await payload.findByID({ collection: 'lessons', id: lesson.id, draft: true, depth: 0, overrideAccess: true })
    expect(stored.proeftuin).toBe(ids.proeftuinen.own)
  })

  it('a kwartiermaker cannot detach a lesson from their proeftuin', async () => {
    const user = await userOf('kwartiermaker')
    await expect(
      payload.update({ collection: 'lessons', id: ids.lessons.own, data: { proeftuin: null, _status: 'draft' }, draft: true, overrideAccess: false, user }),
    ).rejects.toThrow()
    const stored = await payload.findByID({ collection: 'lessons', id: ids.lessons.own, draft: true, depth: 0, overrideAccess: true })
    expect(stored.proeftuin).toBe(ids.proeftuinen.own)
  })

  it('the proeftuin picker of a lesson offers a kwartiermaker only their own proeftuin', async () => {
    const field = payload.collections.lessons.config.fields.find((f) => 'name' in f && f.name === 'proeftuin') as { filterOptions?: unknown }
    expect(typeof field.filterOptions).toBe('function')
    const options = (req: unknown) => (field.filterOptions as (a: unknown) => unknown)({ req, user: (req as { user: unknown }).user, data: {}, siblingData: {}, id: undefined, relationTo: 'proeftuinen', blockData: undefined })
    expect(await options({ user: await userOf('kwartiermaker') })).toEqual({ id: { equals: ids.proeftuinen.own } })
    expect(await options({ user: await userOf('editor') })).toBe(true)
  })

  it('five wrong passwords no longer lock the account (a stranger cannot lock out an editor)', async () => {
    for (let i = 0; i < 5; i++) {
      await expect(payload.login({ collection: 'users', data: { email: 'editor@samenbeter.test', password: 'fout' } })).rejects.toThrow()
    }
    await expect(payload.login({ collection: 'users', data: { email: 'editor@samenbeter.test', password: 'een-lang-wachtwoord' } })).resolves.toHaveProperty('token')
  })
})
