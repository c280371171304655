import { collectionNames, type ContentCollection } from '../../model/collections'
import { createLocalReq, type CollectionSlug, type Payload, type TypedUser, type Where } from 'payload'

/** Every content collection has drafts, and so a preview. */
export type PreviewCollection = ContentCollection
export const isPreviewCollection = (slug: string): slug is PreviewCollection => (collectionNames as readonly string[]).includes(slug)

/**
 * Whether `user` may read the latest version (the draft) of a document, by the collection's own
 * read rule: true for editors; for a kwartiermaker the rule is a query (published, or of their own
 * proeftuin), evaluated here against the draft, so another proeftuin's draft is refused even though
 * its published version is public. Checked on the server for every preview; the URL is no secret.
 */
export async function mayReadDraft(payload: Payload, collection: PreviewCollection, id: string, user: TypedUser | null): Promise<boolean> {
  if (!user) return false
  const read = payload.collections[collection as CollectionSlug].config.access.read
  const req = await createLocalReq({ user }, payload)
  const rule = read ? await read({ req, id: id as never }) : true
  if (rule === false) return false
  const where: Where = rule === true ? { id: { equals: id } } : { and: [{ id: { equals: id } }, rule as Where] }
  const { totalDocs } = await payload.find({ collection: collection as CollectionSlug, where, draft: true, depth: 0, limit: 1, overrideAccess: true })
  return totalDocs > 0
}
