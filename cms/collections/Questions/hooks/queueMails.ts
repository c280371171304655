import type { Question } from '../../../payload-types'
import type { CollectionAfterChangeHook } from 'payload'
import { settings } from '../../../env/settings'
import { queueMail } from '../../../mail/queueMail'
import { reminderAt } from '../../../../model/answerPromise'
import { idOf } from '../../../fields/relation'


/**
 * Every mail a moderation step calls for, queued in the step's own transaction (mail/queueMail.ts);
 * each is sent by a job, retried, and checked again when it goes out (a reminder for a question
 * answered in the meantime is not sent). Imports and seeding (`skipMail`, `importing`) mail no one.
 *
 * - asked: the asker's confirmation; the editors (NEW_QUESTION_MAIL=immediate); the escalation at the deadline
 * - accepted with an expert (or handed to another): the expert, and their reminder before the deadline
 * - answered: the editors, to publish it
 * - first published: the asker, with the link
 * - rejected: the asker, kindly with the reason (spam gets nothing: its address may be anyone's)
 */
export const queueMails: CollectionAfterChangeHook<Question> = async ({ doc, previousDoc, operation, req, context }) => {
  if (context.skipMail || context.importing) return doc
  const q = doc.id
  const became = (status: string) => doc.status === status && (operation === 'create' || previousDoc?.status !== status)
  const firstPublished = doc._status === 'published' && previousDoc?._status !== 'published' && !previousDoc?.publishedAt

  if (operation === 'create') {
    if (doc.askerEmail) await queueMail(req, { kind: 'received', key: `received:${q}`, question: q })
    if (settings().NEW_QUESTION_MAIL === 'immediate') await queueMail(req, { kind: 'new-question', key: `new-question:${q}`, question: q })
    if (doc.answerDueAt) await queueMail(req, { kind: 'escalation', key: `escalation:${q}`, question: q, sendAfter: new Date(doc.answerDueAt) })
  }
  const expert = idOf(doc.assignedTo)
  if (doc.status === 'accepted' && expert && (became('accepted') || idOf(previousDoc?.assignedTo) !== expert)) {
    await queueMail(req, { kind: 'assigned', key: `assigned:${q}:${expert}`, question: q })
    const remindAt = doc.askedAt ? reminderAt(doc.askedAt) : undefined
    if (remindAt && remindAt.getTime() > Date.now()) await queueMail(req, { kind: 'reminder', key: `reminder:${q}:${expert}`, question: q, sendAfter: remindAt })
  }
  if (became('answered')) await queueMail(req, { kind: 'answer-submitted', key: `answer-submitted:${q}:${doc.answeredAt ?? ''}`, question: q })
  // A question published before keeps its publishedAt: taking it offline and back mails no one.
  if (firstPublished) await queueMail(req, { kind: 'answer-published', key: `answer-published:${q}`, question: q })
  if (became('rejected') && doc.rejectionReason !== 'nonsense') await queueMail(req, { kind: 'rejected', key: `rejected:${q}`, question: q })
  return doc
}
