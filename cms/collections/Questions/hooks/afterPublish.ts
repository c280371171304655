import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { siteRebuild } from '../../../publish/siteRebuild'

/**
 * A question that becomes public (or stops being public) changes the site: a rebuild job.
 * `context.skipRebuild` lets imports and seeding (which rebuild themselves) opt out. The asker's
 * mail is queued by queueMails.ts.
 */
export const afterPublish: CollectionAfterChangeHook = async ({ doc, previousDoc, req, context }) => {
  const nowPublic = doc.status === 'published'
  const wasPublic = previousDoc?.status === 'published'
  if ((nowPublic || wasPublic) && !context.skipRebuild) await siteRebuild.request(req)
  return doc
}

export const afterDeletePublished: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (doc?.status === 'published' && !context.skipRebuild) await siteRebuild.request(req)
}
