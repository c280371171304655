import type { CollectionAfterChangeHook } from 'payload'
import { queueMail } from '../../mail/queueMail'

/**
 * The reviewed proeftuin hears of a review of theirs once, so they can reply before it is
 * published: when the reviewer offers it for review, or when it is published, whichever comes
 * first (an editor may publish one straight away). A draft still being written mails no one.
 */
export const queuePeerReviewMail: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  if (context.importing || context.skipMail) return doc
  const offered = doc.reviewStatus === 'submitted' && previousDoc?.reviewStatus !== 'submitted'
  const published = doc._status === 'published' && previousDoc?._status !== 'published'
  if (offered || published) await queueMail(req, { kind: 'peer-review-received', key: `peer-review-received:${doc.id}`, peerReview: doc.id })
  return doc
}
