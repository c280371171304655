/**
 * "Antwoord insturen": when the assigned expert writes the answer, the question becomes
 * "Beantwoord" and the editors get one mail over SMTP (a real peer on loopback) naming the
 * question, without the asker.
 */
import type { Payload } from 'payload'
import { afterAll, beforeAll, expect, it } from 'vitest'
import type { User } from '../../cms/payload-types'
import { startSmtpPeer } from '../helpers/smtpPeer'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
let smtp: Awaited<ReturnType<typeof startSmtpPeer>>
const password = 'een-lang-wachtwoord-42'
const lexical = (text: string) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'ltr', children: [{ type: 'text', text, format: 0, detail: 0, mode: 'normal', style: '', version: 1 }] }] },
})

beforeAll(async () => {
  smtp = await startSmtpPeer()
  Object.assign(process.env, { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtp.port), SMTP_STARTTLS: 'false' })
  ;({ payload, cleanup } = await tempPayload())
})
afterAll(async () => {
  await cleanup?.()
  await smtp?.close()
})

it('tells the editors and admins once when the expert sends the answer in', async () => {
  const user = (role: string, email: string) => payload.create({ collection: 'users', data: { role, name: email, email, password } as never })
  await user('admin', 'admin@samenbeter.test')
  await user('editor', 'eva@samenbeter.test')
  const expert = (await user('expert', 'erik@samenbeter.test')) as User
  const q = await payload.create({
    collection: 'questions',
    data: { title: 'Welke zorgverzekeraar doet mee?', status: 'accepted', assignedTo: expert.id, askerEmail: 'bea@example.org', askerName: 'Bea' } as never,
  })
  const answered = await payload.update({ collection: 'questions', id: q.id, data: { answer: lexical('VGZ.'), answeredBy: 'Erik' } as never, user: expert, overrideAccess: false })
  expect(answered.status).toBe('answered')
  // A second edit of the answer is no new news.
  await payload.update({ collection: 'questions', id: q.id, data: { answer: lexical('VGZ en CZ.') } as never, user: expert, overrideAccess: false })
  for (let i = 0; i < 50 && smtp.mails.length === 0; i++) await new Promise((r) => setTimeout(r, 100))
  await new Promise((r) => setTimeout(r, 500))
  expect(smtp.mails).toHaveLength(1)
  const [mail] = smtp.mails
  expect(mail.subject).toBe(`Antwoord ingestuurd, klaar om te publiceren (${answered.reference})`)
  expect(mail.to).toContain('eva@samenbeter.test')
  expect(mail.to).toContain('admin@samenbeter.test')
  expect(mail.to).not.toContain('erik@samenbeter.test')
  expect(mail.text).toContain('Welke zorgverzekeraar doet mee?')
  expect(mail.text).not.toContain('bea@example.org')
})
