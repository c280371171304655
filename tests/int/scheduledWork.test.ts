/**
 * The work that happens at a chosen moment, as jobs of Payload's queue on a real SQLite file:
 * publishing planned by an editor (Payload's schedulePublish, run as the person who planned it, so
 * a kwartiermaker's plan cannot publish), the daily privacy purge, and the daily digest of new
 * questions for NEW_QUESTION_MAIL=daily (a real SMTP peer). The queues are run here by hand, as
 * the CMS server's autoRun does.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { cutoffDate } from '../../scripts/lib/privacyPurge'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
const password = 'een-lang-wachtwoord-42'
const users: Record<string, User> = {}

beforeAll(async () => {
  smtp = await startSmtpPeer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_STARTTLS: 'false', NEW_QUESTION_MAIL: 'daily' })
  ;({ payload, cleanup } = await tempPayload())
  const proeftuin = await payload.create({ collection: 'proeftuinen', data: { title: 'Nieuwland', city: 'Amersfoort', _status: 'published' } as never, context: { skipRebuild: true } })
  for (const [role, email] of [['editor', 'eva@samenbeter.test'], ['kwartiermaker', 'kees@samenbeter.test']]) {
    users[role] = (await payload.create({ collection: 'users', data: { role, name: role, email, password, proeftuin: proeftuin.id } as never })) as User
  }
})
afterAll(async () => {
  await cleanup?.()
  await smtp?.close()
  delete process.env.NEW_QUESTION_MAIL
})

/** A publish planned `inMs` from now, queued as the admin's "Publicatie plannen" does. */
const plan = (collection: string, id: number, user: User, inMs: number) =>
  payload.jobs.queue({
    task: 'schedulePublish',
    input: { type: 'publish', doc: { relationTo: collection, value: String(id) }, user: { relationTo: 'users', value: user.id } } as never,
    waitUntil: new Date(Date.now() + inMs),
  })

describe('scheduled publishing', () => {
  it('publishes an editor\'s draft at the planned moment, not before, and queues the rebuild', async () => {
    const draft = await payload.create({ collection: 'tools', data: { title: 'Een geplande tool', kind: 'machine', _status: 'draft' } as never, draft: true })
    await plan('tools', draft.id as number, users.editor, 1_500)
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.find({ collection: 'tools', where: { id: { equals: draft.id } }, overrideAccess: false })).docs).toHaveLength(0)
    await new Promise((r) => setTimeout(r, 1_700))
    await payload.jobs.run({ queue: 'default' })
    const published = await payload.find({ collection: 'tools', where: { id: { equals: draft.id } }, overrideAccess: false })
    expect(published.docs.map((d) => d.title)).toEqual(['Een geplande tool'])
    const rebuilds = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, overrideAccess: true })
    expect(rebuilds.totalDocs).toBeGreaterThanOrEqual(1)
  })

  it('does not publish what a kwartiermaker planned: they may only save drafts', async () => {
    const lesson = await payload.create({
      collection: 'lessons',
      data: { title: 'Een les van Kees', kind: 'insight', proeftuin: users.kwartiermaker.proeftuin, _status: 'draft' } as never,
      draft: true,
      overrideAccess: true,
    })
    await plan('lessons', lesson.id as number, users.kwartiermaker, 0)
    await payload.jobs.run({ queue: 'default' })
    expect((await payload.find({ collection: 'lessons', where: { id: { equals: lesson.id } }, overrideAccess: false })).docs).toHaveLength(0)
  })
})

describe('the daily work', () => {
  it('the privacy purge runs as a job: an asker of long ago is forgotten', async () => {
    const old = await payload.create({
      collection: 'questions',
      data: { title: 'Een vraag van lang geleden', askedAt: cutoffDate(13).toISOString(), status: 'rejected', rejectionReason: 'off-topic', askerName: 'Oud', askerEmail: 'oud@example.org' } as never,
      context: { skipMail: true },
    })
    await payload.jobs.queue({ task: 'privacyPurge', input: {}, queue: 'daily' })
    await payload.jobs.run({ queue: 'daily' })
    const after = await payload.findByID({ collection: 'questions', id: old.id, overrideAccess: true })
    expect(after.askerEmail ?? null).toBeNull()
    expect(after.askerName ?? null).toBeNull()
  })

  it('with NEW_QUESTION_MAIL=daily the editors get one digest of the questions still to moderate, and no mail per question', async () => {
    const asked = []
    for (const title of ['Hoe vind je een kwartiermaker?', 'Wat kost een Kick Off?']) {
      asked.push(await payload.create({ collection: 'questions', data: { title, askerName: 'Bea', askerEmail: 'bea@example.org' } as never, overrideAccess: true }))
    }
    await payload.jobs.queue({ task: 'newQuestionDigest', input: {}, queue: 'daily' })
    await payload.jobs.run({ queue: 'daily' })
    await payload.jobs.run({ queue: 'mail' })
    const toEditors = smtp.mails.filter((m) => m.to.includes('eva@samenbeter.test'))
    expect(toEditors.map((m) => m.subject)).toEqual(['Dagoverzicht VraagBaak: 2 nieuwe vragen'])
    for (const q of asked) expect(toEditors[0].text).toContain(`${q.reference}: ${q.title}`)
    expect(toEditors[0].text).not.toContain('bea@example.org')
    // Once a day: a second run that day adds nothing.
    await payload.jobs.queue({ task: 'newQuestionDigest', input: {}, queue: 'daily' })
    await payload.jobs.run({ queue: 'daily' })
    await payload.jobs.run({ queue: 'mail' })
    expect(smtp.mails.filter((m) => m.to.includes('eva@samenbeter.test'))).toHaveLength(1)
  })
})
