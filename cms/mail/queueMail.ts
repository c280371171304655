import type { PayloadRequest } from 'payload'
import type { MailKind } from './kinds'

/** The queue the VraagBaak's mails are sent from (run every few seconds in a CMS server). */
export const MAIL_QUEUE = 'mail'

/**
 * Puts a mail in the outbox and queues the job that sends it, both in the request's transaction:
 * a change that is acknowledged has its mail on disk, a change that fails has none. The key names
 * the mail once and for all (`received:12`): queueing it again does nothing, so it is never sent
 * twice. `sendAfter` holds it back (a reminder, an escalation).
 */
export async function queueMail(
  req: PayloadRequest,
  mail: { kind: MailKind; key: string; question?: number | string; joinRequest?: number | string; peerReview?: number | string; sendAfter?: Date },
) {
  const existing = await req.payload.find({ collection: 'mails', where: { key: { equals: mail.key } }, limit: 1, depth: 0, overrideAccess: true, req })
  if (existing.docs.length > 0) return
  const row = await req.payload.create({
    collection: 'mails',
    data: {
      key: mail.key,
      kind: mail.kind,
      question: mail.question as number | undefined,
      joinRequest: mail.joinRequest as number | undefined,
      peerReview: mail.peerReview as number | undefined,
      status: 'queued',
      sendAfter: mail.sendAfter?.toISOString(),
    },
    overrideAccess: true,
    req,
  })
  await req.payload.jobs.queue({ task: 'sendMail', input: { mail: row.id }, queue: MAIL_QUEUE, waitUntil: mail.sendAfter, req })
}
