import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { answerPublishedMail } from '../mails'
import { siteRebuild } from '../../../publish/siteRebuild'

/**
 * A question that becomes public (or stops being public) changes the site: export + rebuild,
 * debounced. The asker hears once, when the answer is first published (a question published
 * before keeps its publishedAt, so taking it offline and back mails no one). `context.skipRebuild`
 * lets imports and seeding (which rebuild themselves) opt out.
 */
export const afterPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const nowPublic = doc.status === 'published'
  const wasPublic = previousDoc?.status === 'published'
  if ((nowPublic || wasPublic) && !context.skipRebuild) await siteRebuild.request(req)
  if (!nowPublic || wasPublic || previousDoc?.publishedAt || context.skipMail) return doc

  const asker =
    doc.askerEmail !== undefined
      ? doc
      : await req.payload.findByID({ collection: 'questions', id: doc.id, depth: 0, overrideAccess: true, req })
  if (!asker.askerEmail) return doc
  try {
    await req.payload.sendEmail(
      answerPublishedMail({ name: asker.askerName, email: asker.askerEmail, title: doc.title, reference: doc.reference, slug: doc.slug }),
    )
  } catch (error) {
    req.payload.logger.error({ err: error, reference: doc.reference }, 'VraagBaak: the answer mail was not sent')
  }
  return doc
}

export const afterDeletePublished: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (doc?.status === 'published' && !context.skipRebuild) await siteRebuild.request(req)
}
