/**
 * Issue 18, part 1: the rules of peer review, through Payload's REST handler with real tokens.
 * Westerpark's kwartiermaker reviews Roermond; Roermond's kwartiermaker replies; a third
 * proeftuin's kwartiermaker sees nothing of it; an editor publishes. Offered for review, the review
 * is mailed to the reviewed proeftuin's kwartiermaker (a real SMTP peer on loopback). (Who may read
 * and write which review is also in the access table: access.test.ts.)
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { loginToken, rest } from '../helpers/rest'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
const id = {} as Record<'westerpark' | 'roermond' | 'nieuwland' | 'ecommunity' | 'vraagbaak', number>
const token = {} as Record<'westerpark' | 'roermond' | 'nieuwland' | 'editor', string>
const password = 'een-lang-wachtwoord'
const hostile = '<script>alert(1)</script>"><img src=x onerror=alert(1)>'

beforeAll(async () => {
  smtp = await startSmtpPeer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_STARTTLS: 'false' })
  ;({ payload, cleanup } = await tempPayload())
  // The first account is the admin (firstUserIsAdmin).
  await payload.create({ collection: 'users', data: { name: 'Beheer', email: 'admin@samenbeter.test', password, role: 'admin' } as never, overrideAccess: true })
  for (const [key, title] of [['westerpark', 'Westerpark'], ['roermond', 'Roermond'], ['nieuwland', 'Nieuwland']] as const) {
    id[key] = (await payload.create({ collection: 'proeftuinen', data: { title, city: title, _status: 'published' } as never, overrideAccess: true })).id as number
  }
  for (const [key, title] of [['ecommunity', 'eCommunity'], ['vraagbaak', 'VraagBaak']] as const) {
    id[key] = (await payload.create({ collection: 'mvp-parts', data: { title, order: 1, description: 'x', _status: 'published' } as never, overrideAccess: true })).id as number
  }
  for (const key of ['westerpark', 'roermond', 'nieuwland'] as const) {
    await payload.create({ collection: 'users', data: { name: `Kwartiermaker ${key}`, email: `${key}@samenbeter.test`, password, role: 'kwartiermaker', proeftuin: id[key] } as never, overrideAccess: true })
    token[key] = await loginToken(payload, `${key}@samenbeter.test`, password)
  }
  await payload.create({ collection: 'users', data: { name: 'Eva', email: 'eva@samenbeter.test', password, role: 'editor' } as never, overrideAccess: true })
  token.editor = await loginToken(payload, 'eva@samenbeter.test', password)
})
afterAll(async () => {
  await cleanup?.()
  await smtp?.close()
  for (const key of ['SMTP_HOST', 'SMTP_PORT', 'SMTP_STARTTLS']) delete process.env[key]
})

/** Runs the mail queue as a CMS server would, until nothing is left to send now. */
const sendMails = async () => {
  for (let round = 0; round < 20; round++) {
    await payload.jobs.run({ queue: 'mail', limit: 50, silent: true })
    const queued = await payload.count({ collection: 'mails', where: { status: { equals: 'queued' } }, overrideAccess: true })
    if (queued.totalDocs === 0) return
    await new Promise((r) => setTimeout(r, 200))
  }
  throw new Error('mails still queued after 20 runs of the mail queue')
}
const mailsTo = (who: string) => smtp.mails.filter((m) => m.to.includes(`${who}@samenbeter.test`))

const review = () => ({
  about: id.roermond,
  by: id.westerpark,
  date: '2026-11-20',
  verdicts: [
    { part: id.ecommunity, verdict: 'agree', comment: 'Die draait echt.' },
    { part: id.vraagbaak, verdict: 'doubt', comment: hostile },
  ],
  onWhatWorks: 'De wijkkrant werkt ook bij ons.',
  _status: 'draft',
})

describe('a peer review from one proeftuin of another', () => {
  let reviewId: number

  it('the reviewing kwartiermaker writes it as a draft, named after both proeftuinen, the typed text as it was', async () => {
    const r = await rest(payload, 'POST', '/peer-reviews?draft=true', { token: token.westerpark, body: review() })
    expect(r.status, r.text).toBe(201)
    reviewId = r.json.doc.id
    expect(r.json.doc).toMatchObject({ title: 'Review van Roermond door Westerpark', slug: 'review-van-roermond-door-westerpark', _status: 'draft' })
    expect(r.json.doc.verdicts[1]).toMatchObject({ verdict: 'doubt', comment: hostile })
  })

  it('they cannot publish it, review their own proeftuin, or write in another proeftuin\'s name', async () => {
    const publish = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}`, { token: token.westerpark, body: { _status: 'published' } })
    expect(publish.status).toBe(403)
    const ownCase = await rest(payload, 'POST', '/peer-reviews?draft=true', { token: token.westerpark, body: { ...review(), about: id.westerpark } })
    expect(ownCase.status).toBe(400)
    expect(ownCase.text).toContain('niet zichzelf')
    const otherName = await rest(payload, 'POST', '/peer-reviews?draft=true', { token: token.westerpark, body: { ...review(), by: id.nieuwland } })
    expect(otherName.status).toBe(403)
    const moved = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}?draft=true`, { token: token.westerpark, body: { by: id.nieuwland, _status: 'draft' } })
    expect(moved.status).toBe(403)
    expect(await payload.count({ collection: 'peer-reviews', overrideAccess: true })).toMatchObject({ totalDocs: 1 })
  })

  it('a third proeftuin neither reads nor edits the draft', async () => {
    const read = await rest(payload, 'GET', `/peer-reviews/${reviewId}?draft=true`, { token: token.nieuwland })
    expect(read.status).toBe(404)
    const edit = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}?draft=true`, { token: token.nieuwland, body: { onWhatWorks: 'Overgenomen', _status: 'draft' } })
    expect(edit.status).toBe(403)
  })

  it('a draft being written mails no one; offered for review, it is mailed once to the reviewed proeftuin\'s kwartiermaker, with the link', async () => {
    await sendMails()
    expect(smtp.mails).toHaveLength(0)
    const offer = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}?draft=true&depth=0`, { token: token.westerpark, body: { reviewStatus: 'submitted', _status: 'draft' } })
    expect(offer.status, offer.text).toBe(200)
    expect(offer.json.doc.reviewStatus).toBe('submitted')
    await sendMails()
    const [mail, ...more] = mailsTo('roermond')
    expect(more).toHaveLength(0)
    expect(mail.subject).toBe('Een peer review van jullie proeftuin: Review van Roermond door Westerpark')
    expect(mail.text).toContain('Westerpark heeft jullie proeftuin gereviewd')
    expect(mail.text).toContain(`/admin/collections/peer-reviews/${reviewId}`)
    expect(mail.html).toContain(`/admin/collections/peer-reviews/${reviewId}"`)
    // Only the reviewed proeftuin: not the reviewer, not a third, not the editors.
    expect(smtp.mails).toHaveLength(1)
    const { docs } = await payload.find({ collection: 'mails', where: { kind: { equals: 'peer-review-received' } }, overrideAccess: true, depth: 0 })
    expect(docs).toMatchObject([{ status: 'sent', to: 'roermond@samenbeter.test', peerReview: reviewId }])
  })

  it('the reviewed kwartiermaker reads it and replies, and changes nothing else of it', async () => {
    const read = await rest(payload, 'GET', `/peer-reviews/${reviewId}?draft=true&depth=0`, { token: token.roermond })
    expect(read.status).toBe(200)
    const r = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}?draft=true&depth=0`, {
      token: token.roermond,
      body: { reply: 'Dank, de VraagBaak krijgt een spreekuur.', onWhatWorks: 'Alles werkt!', verdicts: [], _status: 'draft' },
    })
    expect(r.status, r.text).toBe(200)
    expect(r.json.doc).toMatchObject({ reply: 'Dank, de VraagBaak krijgt een spreekuur.', onWhatWorks: 'De wijkkrant werkt ook bij ons.' })
    expect(r.json.doc.verdicts).toHaveLength(2)
  })

  it('the reviewer cannot write the reply', async () => {
    const r = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}?draft=true&depth=0`, { token: token.westerpark, body: { reply: 'Namens Roermond: eens!', _status: 'draft' } })
    expect(r.status, r.text).toBe(200)
    expect(r.json.doc.reply).toBe('Dank, de VraagBaak krijgt een spreekuur.')
  })

  it('the reviewer restores an earlier version of their words; the reply stays, and the reviewed cannot restore', async () => {
    const { docs } = await payload.findVersions({ collection: 'peer-reviews', where: { parent: { equals: reviewId } }, sort: 'createdAt', limit: 1, overrideAccess: true })
    const byReviewed = await rest(payload, 'POST', `/peer-reviews/versions/${docs[0].id}?draft=true`, { token: token.roermond })
    expect(byReviewed.status).toBe(403)
    const r = await rest(payload, 'POST', `/peer-reviews/versions/${docs[0].id}?draft=true`, { token: token.westerpark })
    expect(r.status, r.text).toBe(200)
    const now = await payload.findByID({ collection: 'peer-reviews', id: reviewId, draft: true, depth: 0, overrideAccess: true })
    expect(now).toMatchObject({ about: id.roermond, by: id.westerpark, reply: 'Dank, de VraagBaak krijgt een spreekuur.', onWhatWorks: 'De wijkkrant werkt ook bij ons.' })
  })

  it('an editor publishes it; then everyone reads it, reply and all', async () => {
    const r = await rest(payload, 'PATCH', `/peer-reviews/${reviewId}`, { token: token.editor, body: { _status: 'published' } })
    expect(r.status, r.text).toBe(200)
    const anonymous = await rest(payload, 'GET', `/peer-reviews/${reviewId}?depth=0`)
    expect(anonymous.status).toBe(200)
    expect(anonymous.json).toMatchObject({ _status: 'published', reply: 'Dank, de VraagBaak krijgt een spreekuur.', about: id.roermond, by: id.westerpark })
    // They were told when it was offered; publishing it tells no one again.
    await sendMails()
    expect(mailsTo('roermond')).toHaveLength(1)
  })

  it('a review an editor publishes at once is mailed to the reviewed proeftuin when it is published; one imported is mailed to no one', async () => {
    const r = await rest(payload, 'POST', '/peer-reviews?depth=0', { token: token.editor, body: { ...review(), about: id.nieuwland, _status: 'published' } })
    expect(r.status, r.text).toBe(201)
    await payload.create({ collection: 'peer-reviews', data: { ...review(), about: id.westerpark, by: id.roermond, _status: 'published' } as never, overrideAccess: true, context: { importing: true, skipMail: true, skipRebuild: true } })
    await sendMails()
    const [mail, ...more] = mailsTo('nieuwland')
    expect(more).toHaveLength(0)
    expect(mail.text).toContain('De review staat al op de site')
    expect(mailsTo('westerpark')).toHaveLength(0)
  })

  it('a review without a date, a verdict or a proeftuin is refused with the field named, and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'peer-reviews', overrideAccess: true })).totalDocs
    for (const [field, body] of [
      ['about', { ...review(), about: undefined }],
      ['verdict', { ...review(), verdicts: [{ part: id.ecommunity, verdict: 'maybe' }] }],
      ['date', { ...review(), date: 'gisteren' }],
    ] as const) {
      const r = await rest(payload, 'POST', '/peer-reviews', { token: token.editor, body: { ...body, _status: 'published' } })
      expect(r.status, `${field}: ${r.text}`).toBe(400)
      expect(r.text, field).toContain(field)
    }
    expect((await payload.count({ collection: 'peer-reviews', overrideAccess: true })).totalDocs).toBe(before)
  })
})
