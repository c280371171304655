/**
 * The VraagBaak's mails as jobs (cms/mail/): every moderation step queues its mail in the outbox,
 * the mail queue sends it over SMTP (a real peer on loopback), once; a reminder and an escalation
 * wait for their moment on the deadline clock; a mail the server keeps refusing is retried and
 * then shown as failed. The queue is run here by hand, as the CMS server's autoRun does every
 * two seconds. The promise is set to 0.003 hours (about 11 s) so the clock can be watched.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Mail, Question, User } from '../../cms/payload-types'
import { answerDueAt, reminderAt } from '../../model/answerPromise'
import { startSmtpPeer, type ReceivedMail } from '../helpers/smtpPeer'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
let expert: User
const password = 'een-lang-wachtwoord-42'
const HOURS = 0.003
const lexical = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
})
/** When each mail arrived, by its subject. */
const arrivedAt = new Map<ReceivedMail, number>()
const runQueue = async () => {
  // Silent: the refused tries below would log a stack each; the rows say what failed.
  await payload.jobs.run({ queue: 'mail', limit: 50, silent: true })
  for (const m of smtp.mails) if (!arrivedAt.has(m)) arrivedAt.set(m, Date.now())
}
const mailsAbout = (q: { reference?: string | null }) => smtp.mails.filter((m) => m.subject.includes(q.reference!))
const until = async <T,>(what: string, probe: () => T | undefined | false, ms = 40_000): Promise<T> => {
  for (const started = Date.now(); Date.now() - started < ms; ) {
    await runQueue()
    const value = probe()
    if (value) return value
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error(`timed out waiting for ${what}`)
}
const outbox = async (q: { id: number }) =>
  (await payload.find({ collection: 'mails', where: { question: { equals: q.id } }, sort: 'createdAt', depth: 0, pagination: false, overrideAccess: true })).docs as Mail[]
/** The outbox of a question once none of its mails waits any more. */
const settled = async (q: { id: number }) => {
  for (const started = Date.now(); Date.now() - started < 40_000; ) {
    await runQueue()
    const rows = await outbox(q)
    if (rows.every((m) => m.status !== 'queued')) return rows
    await new Promise((r) => setTimeout(r, 250))
  }
  throw new Error('timed out waiting for the outbox to settle')
}
const ask = (title: string, extra: Record<string, unknown> = {}) =>
  payload.create({ collection: 'questions', data: { title, askerName: 'Bea', askerEmail: 'bea@example.org', ...extra } as never, overrideAccess: true }) as Promise<Question>

beforeAll(async () => {
  smtp = await startSmtpPeer()
  Object.assign(process.env, {
    SMTP_HOST: '127.0.0.1',
    SMTP_PORT: String(smtp.port),
    SMTP_STARTTLS: 'false',
    ANSWER_WITHIN_HOURS: String(HOURS),
    MAIL_RETRY_SECONDS: '1',
    NEW_QUESTION_MAIL: 'immediate',
  })
  ;({ payload, cleanup } = await tempPayload())
  const user = (role: string, name: string, email: string) => payload.create({ collection: 'users', data: { role, name, email, password } as never })
  await user('admin', 'Ada Admin', 'admin@samenbeter.test')
  await user('editor', 'Eva Redacteur', 'eva@samenbeter.test')
  expert = (await user('expert', 'Erik Expert', 'erik@samenbeter.test')) as User
}, 120_000)
afterAll(async () => {
  await cleanup?.()
  await smtp?.close()
  for (const key of ['ANSWER_WITHIN_HOURS', 'MAIL_RETRY_SECONDS', 'NEW_QUESTION_MAIL']) delete process.env[key]
})

describe('mails as jobs', () => {
  it('a new question: the asker gets the confirmation and the editors a mail, each exactly once, in text and HTML', async () => {
    const q = await ask('Werkt de <script>alert(1)</script> VraagBaak ook "s avonds & in het weekend?')
    // Queued in the outbox with the question, nothing sent yet.
    expect((await outbox(q)).map((m) => [m.kind, m.status])).toEqual([['received', 'queued'], ['new-question', 'queued'], ['escalation', 'queued']])
    await until('two mails', () => mailsAbout(q).length >= 2)
    await runQueue()
    await runQueue()
    const [toAsker, toEditors] = [mailsAbout(q).filter((m) => m.to.includes('bea@')), mailsAbout(q).filter((m) => m.to.includes('eva@'))]
    expect(toAsker).toHaveLength(1)
    expect(toEditors).toHaveLength(1)
    expect(toAsker[0].subject).toBe(`Je vraag aan de VraagBaak is ontvangen (${q.reference})`)
    expect(toAsker[0].text).toContain('Werkt de <script>alert(1)</script> VraagBaak')
    expect(toAsker[0].html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(toAsker[0].html).not.toContain('<script>')
    expect(toEditors[0].to).toContain('admin@samenbeter.test')
    expect(toEditors[0].text).toContain(`/admin/collections/questions/${q.id}`)
    expect(toEditors[0].text + toEditors[0].html).not.toContain('bea@example.org')
    // The outbox says who was told, and never stores the asker's address.
    const rows = await outbox(q)
    expect(rows.find((m) => m.kind === 'new-question')).toMatchObject({ status: 'sent', attempts: 1, to: expect.stringContaining('eva@samenbeter.test') })
    expect(rows.find((m) => m.kind === 'received')).toMatchObject({ status: 'sent', to: 'de vrager' })
    expect(JSON.stringify(rows)).not.toContain('bea@example.org')
  })

  it('an import or a seed mails no one', async () => {
    const q = await payload.create({ collection: 'questions', data: { title: 'Een oude vraag uit de bronnen', askerEmail: 'oud@example.org' } as never, context: { importing: true }, overrideAccess: true })
    expect(await outbox(q as Question)).toEqual([])
  })

  it('the clock: the expert is told with a link, reminded before the deadline, and the editors hear when it runs past', async () => {
    const late = await ask('Wie betaalt de kwartiermaker na de subsidie?')
    const inTime = await ask('Hoe lang duurt een Kick Off?')
    for (const q of [late, inTime]) await payload.update({ collection: 'questions', id: q.id, data: { status: 'accepted', assignedTo: expert.id } as never, overrideAccess: true })
    // The other is answered and published straight away: its reminder and escalation must not go out.
    await payload.update({ collection: 'questions', id: inTime.id, data: { body: lexical('Een dag.'), answeredBy: 'Erik' } as never, user: expert, overrideAccess: false })
    await payload.update({ collection: 'questions', id: inTime.id, data: { _status: 'published' } as never, overrideAccess: true, context: { skipRebuild: true } })

    const assigned = await until('the assignment mail', () => mailsAbout(late).find((m) => m.subject.startsWith('Een vraag voor jou')))
    expect(assigned.to).toContain('erik@samenbeter.test')
    expect(assigned.text).toContain(`/admin/collections/questions/${late.id}`)
    expect(assigned.html).toContain(`href="http://localhost:3000/admin/collections/questions/${late.id}"`)

    const reminder = await until('the reminder', () => mailsAbout(late).find((m) => m.subject.startsWith('Herinnering')))
    expect(reminder.to).toContain('erik@samenbeter.test')
    const escalation = await until('the escalation', () => mailsAbout(late).find((m) => m.subject.startsWith('Termijn verlopen')))
    expect(escalation.to).toContain('eva@samenbeter.test')
    expect(escalation.text).toContain('wacht op het antwoord van Erik Expert')
    // At the right moments: the reminder after three quarters of the time, the escalation after the deadline.
    expect(arrivedAt.get(reminder)!).toBeGreaterThanOrEqual(reminderAt(late.askedAt!, HOURS).getTime())
    expect(arrivedAt.get(reminder)!).toBeLessThanOrEqual(arrivedAt.get(escalation)!)
    expect(arrivedAt.get(escalation)!).toBeGreaterThanOrEqual(answerDueAt(late.askedAt!, HOURS).getTime())
    expect((await outbox(late)).find((m) => m.kind === 'escalation')).toMatchObject({ status: 'sent', to: expect.stringContaining('eva@samenbeter.test') })

    // The question answered in time: the editors heard it was answered, the asker that it is on the
    // site; no reminder, no escalation.
    const rows = await settled(inTime)
    const subjects = mailsAbout(inTime).map((m) => m.subject)
    expect(subjects.some((s) => s.startsWith('Antwoord ingestuurd'))).toBe(true)
    expect(subjects.some((s) => s.startsWith('Je vraag aan de VraagBaak is beantwoord'))).toBe(true)
    expect(subjects.some((s) => s.startsWith('Herinnering') || s.startsWith('Termijn verlopen'))).toBe(false)
    expect(rows.find((m) => m.kind === 'reminder')).toMatchObject({ status: 'cancelled', lastError: 'De vraag is al beantwoord of afgehandeld.' })
    expect(rows.find((m) => m.kind === 'escalation')).toMatchObject({ status: 'cancelled' })
  }, 90_000)

  it('a rejected question: the asker hears kindly why; spam gets no mail', async () => {
    const offTopic = await ask('Wat is de beste pizzeria van Roermond?')
    const spam = await ask('Koop goedkope horloges')
    await payload.update({ collection: 'questions', id: offTopic.id, data: { status: 'rejected', rejectionReason: 'off-topic' } as never, overrideAccess: true })
    await payload.update({ collection: 'questions', id: spam.id, data: { status: 'rejected', rejectionReason: 'nonsense' } as never, overrideAccess: true })
    const mail = await until('the rejection', () => mailsAbout(offTopic).find((m) => m.subject.startsWith('Over je vraag')))
    expect(mail.to).toContain('bea@example.org')
    expect(mail.text).toContain('valt daarbuiten')
    expect(mail.text).toContain('stel hem gerust')
    expect((await outbox(spam)).map((m) => m.kind)).not.toContain('rejected')
  })

  it('the mail server away: tried five times with growing pauses, then "Mislukt" with the error, for the editors to see', async () => {
    smtp.refuse(true)
    const q = await ask('Kan de FitKnip ook voor sportclubs?')
    let row: Mail | undefined
    for (const started = Date.now(); Date.now() - started < 60_000; ) {
      await runQueue()
      row = (await outbox(q)).find((m) => m.kind === 'received')
      if (row?.status === 'failed') break
      await new Promise((r) => setTimeout(r, 250))
    }
    smtp.refuse(false)
    expect(row).toMatchObject({ status: 'failed', attempts: 5 })
    expect(row!.lastError).toMatch(/451|Tijdelijk/)
    expect(mailsAbout(q).filter((m) => m.to.includes('bea@'))).toHaveLength(0)
    // What the dashboard counts ("n mails konden niet verstuurd worden").
    expect((await payload.count({ collection: 'mails', where: { status: { equals: 'failed' } }, overrideAccess: true })).totalDocs).toBeGreaterThanOrEqual(1)
  }, 90_000)
})
