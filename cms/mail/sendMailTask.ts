import type { PayloadRequest, TaskConfig } from 'payload'
import { isPublished, openSteps } from '../../model/questionSteps'
import { settings } from '../env/settings'
import { idOf } from '../fields/relation'
import type { Letter } from './letter'
import { render } from './letter'
import {
  answerPublishedLetter,
  answerSubmittedLetter,
  assignedLetter,
  digestLetter,
  escalationLetter,
  invitationLetter,
  newJoinRequestLetter,
  type JoinRequestForMail,
  newQuestionLetter,
  peerReviewReceivedLetter,
  receivedLetter,
  rejectedLetter,
  reminderLetter,
  type QuestionForMail,
} from './letters'
import type { MailKind } from './kinds'
import { cmsUrl } from '../endpoints/origin'

/** Tries in all: the first and four retries, 1, 2, 4 and 8 × MAIL_RETRY_SECONDS apart. */
export const MAIL_TRIES = 5

type Question = QuestionForMail & { askerEmail?: string | null; assignedTo?: number | { id: number } | null; answeredBy?: string | null }
/** What to send, to whom (`staff`: addresses that may be stored as "who was told"), or why not. */
type Plan = { letter: Letter; to: string[]; staff: boolean } | { skip: string }

const editorAddresses = async (req: PayloadRequest) => {
  const { docs } = await req.payload.find({
    collection: 'users',
    // Admins moderate too (and the first account is always an admin).
    where: { role: { in: ['editor', 'admin'] } },
    pagination: false,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  return docs.map((u) => (u as { email?: string }).email).filter((e): e is string => Boolean(e))
}

const expertOf = async (req: PayloadRequest, q: Question) => {
  const id = idOf(q.assignedTo)
  if (!id) return undefined
  return (await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as { name?: string; email?: string } | null
}

const toAsker = (q: Question, letter: Letter): Plan => (q.askerEmail ? { letter, to: [q.askerEmail], staff: false } : { skip: 'Geen e-mailadres van de vrager (meer).' })
const toEditors = async (req: PayloadRequest, letter: Letter): Promise<Plan> => {
  const to = await editorAddresses(req)
  return to.length ? { letter, to, staff: true } : { skip: 'Geen redacteuren met een e-mailadres.' }
}
const toExpert = async (req: PayloadRequest, q: Question, letter: (expert: { name?: string | null }) => Letter): Promise<Plan> => {
  const expert = await expertOf(req, q)
  return expert?.email ? { letter: letter(expert), to: [expert.email], staff: true } : { skip: 'Geen toegewezen expert met een e-mailadres.' }
}

type JoinRequest = JoinRequestForMail & { status?: string | null; account?: number | { id: number } | null }

/**
 * The join mails, from the request as it is now. The invitation goes to the account's own e-mail
 * (never stored in the outbox) with a fresh reset-password token of Payload's (stored, with its
 * expiry, on the user only): the link opens the admin's own "choose a password" page.
 */
async function planJoin(req: PayloadRequest, kind: MailKind, r: JoinRequest | undefined): Promise<Plan> {
  if (!r) return { skip: 'De aanmelding bestaat niet meer.' }
  if (kind === 'new-join-request') return toEditors(req, newJoinRequestLetter(r))
  if (r.status !== 'approved') return { skip: 'De aanmelding is niet (meer) goedgekeurd.' }
  const id = idOf(r.account)
  const account = id ? ((await req.payload.findByID({ collection: 'users', id, depth: 0, overrideAccess: true, req, disableErrors: true })) as { name?: string; email?: string } | null) : null
  if (!account?.email) return { skip: 'Het account van de kwartiermaker bestaat niet meer.' }
  const validHours = settings().JOIN_INVITATION_HOURS
  const token = await req.payload.forgotPassword({ collection: 'users', data: { email: account.email }, disableEmail: true, expiration: validHours * 3_600_000, req })
  if (!token) return { skip: 'Het account van de kwartiermaker bestaat niet meer.' }
  return { letter: invitationLetter(r, { name: account.name, link: `${cmsUrl()}/admin/reset/${token}`, validHours }), to: [account.email], staff: false }
}

type PeerReview = { id: number | string; title?: string | null; about?: number | { id: number } | null; by?: number | { id: number } | null; _status?: string | null }

/** The peer review mail, to the kwartiermakers of the reviewed proeftuin as they are now. */
async function planPeerReview(req: PayloadRequest, r: PeerReview | undefined): Promise<Plan> {
  if (!r) return { skip: 'De peer review bestaat niet meer.' }
  const about = idOf(r.about)
  const { docs } = about
    ? await req.payload.find({
        collection: 'users',
        where: { and: [{ role: { equals: 'kwartiermaker' } }, { proeftuin: { equals: about } }] },
        pagination: false,
        depth: 0,
        select: { email: true },
        overrideAccess: true,
        req,
      })
    : { docs: [] }
  const to = docs.map((u) => (u as { email?: string }).email).filter((e): e is string => Boolean(e))
  if (!to.length) return { skip: 'Geen kwartiermaker van de gereviewde proeftuin met een e-mailadres.' }
  const byId = idOf(r.by)
  const by = byId ? ((await req.payload.findByID({ collection: 'proeftuinen', id: byId, depth: 0, draft: true, overrideAccess: true, req, disableErrors: true })) as { title?: string } | null) : null
  return { letter: peerReviewReceivedLetter({ id: r.id, title: r.title ?? 'Peer review', by: by?.title, published: r._status === 'published' }), to, staff: true }
}

/** The mail as it should go out now, from the question as it is now: a mail that is no longer true is not sent. */
async function plan(req: PayloadRequest, kind: MailKind, q: Question | undefined): Promise<Plan> {
  if (kind === 'digest') {
    const { docs } = await req.payload.find({ collection: 'questions', where: { status: { equals: 'new' } }, sort: 'askedAt', pagination: false, depth: 0, overrideAccess: true, req })
    return docs.length ? toEditors(req, digestLetter(docs as Question[])) : { skip: 'Geen nieuwe vragen.' }
  }
  if (!q) return { skip: 'De vraag bestaat niet meer.' }
  const open = !isPublished(q) && openSteps.some((s) => s === q.status)
  switch (kind) {
    // The join and peer review mails are planned from their own documents (planJoin, planPeerReview).
    case 'new-join-request':
    case 'invitation':
    case 'peer-review-received':
      return { skip: 'Deze mail hoort niet bij een vraag.' }
    case 'received':
      return toAsker(q, receivedLetter(q))
    case 'answer-published':
      return isPublished(q) ? toAsker(q, answerPublishedLetter(q)) : { skip: 'De vraag staat niet (meer) op de site.' }
    case 'rejected':
      return q.status === 'rejected' ? toAsker(q, rejectedLetter(q)) : { skip: 'De vraag is niet meer afgewezen.' }
    case 'new-question':
      return toEditors(req, newQuestionLetter(q))
    case 'answer-submitted':
      return toEditors(req, answerSubmittedLetter(q))
    case 'assigned':
      return q.status === 'accepted' ? toExpert(req, q, (expert) => assignedLetter(q, expert)) : { skip: 'De vraag wacht niet meer op de expert.' }
    case 'reminder':
      return q.status === 'accepted' ? toExpert(req, q, (expert) => reminderLetter(q, expert)) : { skip: 'De vraag is al beantwoord of afgehandeld.' }
    case 'escalation': {
      if (!open) return { skip: 'De vraag is op tijd afgehandeld.' }
      const expert = q.status === 'accepted' ? await expertOf(req, q) : undefined
      const situation = q.status === 'new' ? 'nog niet geaccepteerd' : q.status === 'answered' ? 'beantwoord, nog niet gepubliceerd' : `wacht op het antwoord van ${expert?.name ?? 'de expert'}`
      return toEditors(req, escalationLetter(q, situation))
    }
  }
}

/**
 * Sends one mail of the outbox (collections/Mails.ts). Retried with a growing pause when the mail
 * server refuses; after the last try the row says "Mislukt" with the error, for the editors. Sent
 * rows are never sent again (a crash between the send and the mark is the one window in which a
 * mail can go out twice, as with any SMTP client).
 */
export const sendMailTask: TaskConfig<'sendMail'> = {
  slug: 'sendMail',
  label: 'Mail versturen',
  inputSchema: [{ name: 'mail', type: 'number', required: true }],
  retries: { attempts: MAIL_TRIES - 1, backoff: { type: 'exponential', delay: settings().MAIL_RETRY_SECONDS * 1000 } },
  handler: async ({ input, req }) => {
    const mail = await req.payload.findByID({ collection: 'mails', id: input.mail, depth: 0, overrideAccess: true, req, disableErrors: true })
    if (!mail || mail.status !== 'queued') return { output: {} }
    const update = (data: Record<string, unknown>) => req.payload.update({ collection: 'mails', id: mail.id, data, overrideAccess: true, req })
    if (!process.env.SMTP_HOST) {
      await update({ status: 'cancelled', lastError: 'Geen mailserver ingesteld (SMTP_HOST): niet verstuurd.' })
      return { output: {} }
    }
    // The document the mail is about, as it is now (undefined when it is gone).
    const load = async <T,>(collection: 'questions' | 'join-requests' | 'peer-reviews', relation: unknown, draft = false) => {
      const id = idOf(relation as never)
      return id ? (((await req.payload.findByID({ collection, id, depth: 0, draft, overrideAccess: true, req, disableErrors: true })) as T | null) ?? undefined) : undefined
    }
    const kind = mail.kind as MailKind
    const planned =
      kind === 'new-join-request' || kind === 'invitation'
        ? await planJoin(req, kind, await load<JoinRequest>('join-requests', mail.joinRequest))
        : kind === 'peer-review-received'
          ? await planPeerReview(req, await load<PeerReview>('peer-reviews', mail.peerReview, true))
          : await plan(req, kind, await load<Question>('questions', mail.question))
    if ('skip' in planned) {
      await update({ status: 'cancelled', lastError: planned.skip })
      return { output: {} }
    }
    const attempts = (mail.attempts ?? 0) + 1
    const { subject, text, html } = render(planned.letter)
    try {
      await req.payload.sendEmail({ to: planned.to, subject, text, html })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      await update({ attempts, lastError: message.slice(0, 500), status: attempts >= MAIL_TRIES ? 'failed' : 'queued' })
      throw error
    }
    await update({ status: 'sent', sentAt: new Date().toISOString(), attempts, subject, to: planned.staff ? planned.to.join(', ') : kind === 'invitation' ? 'de nieuwe kwartiermaker' : 'de vrager', lastError: null })
    return { output: {} }
  },
}
