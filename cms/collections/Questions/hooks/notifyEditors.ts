import type { CollectionAfterChangeHook } from 'payload'
import { answerSubmittedMail } from '../mails'

/**
 * When a question becomes "Beantwoord" the editors have work: publishing it. They get one mail
 * (to each editor's own address), so an answer sent in at night does not wait for someone to look.
 */
export const notifyEditors: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (doc.status !== 'answered' || previousDoc?.status === 'answered' || context.skipMail || context.importing) return doc
  const { docs: editors } = await req.payload.find({
    collection: 'users',
    // Admins moderate too (and the first account is always an admin).
    where: { role: { in: ['editor', 'admin'] } },
    limit: 100,
    depth: 0,
    select: { email: true },
    overrideAccess: true,
    req,
  })
  const to = editors.map((e) => (e as { email?: string }).email).filter((e): e is string => Boolean(e))
  if (to.length === 0) return doc
  try {
    await req.payload.sendEmail(answerSubmittedMail({ to, title: doc.title, reference: doc.reference, id: doc.id, by: doc.answeredBy }))
  } catch (error) {
    req.payload.logger.error({ err: error, reference: doc.reference }, 'VraagBaak: the editors were not told of the answer')
  }
  return doc
}
