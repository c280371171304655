import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { siteRebuild } from '../publish/siteRebuild'

/**
 * Publishing or unpublishing an editorial document changes the public site: export + rebuild,
 * debounced (see siteRebuild). A saved draft changes nothing public and waits. Imports pass
 * `skipRebuild`.
 *
 * Payload calls this hook with the saved version, so a draft saved over a published document
 * and an unpublish both arrive as "published before, draft now". The document's main row tells
 * them apart: a draft save leaves it published, an unpublish makes it a draft.
 */
export const rebuildSiteOnPublish: CollectionAfterChangeHook = async ({ collection, doc, previousDoc, req, context }) => {
  if (context.skipRebuild) return doc
  if (doc._status === 'published') {
    await siteRebuild.request(req)
  } else if (previousDoc?._status === 'published') {
    const main = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: doc.id } }, req })
    if ((main as { _status?: string } | null)?._status !== 'published') await siteRebuild.request(req)
  }
  return doc
}

export const rebuildSiteOnDelete: CollectionAfterDeleteHook = async ({ doc, req, context }) => {
  if (doc?._status === 'published' && !context.skipRebuild) await siteRebuild.request(req)
}
