import type { CollectionBeforeOperationHook } from 'payload'
import { idOf } from '../fields/relation'

/**
 * A review left untitled is called after the two proeftuinen: "Review van Roermond door
 * Westerpark". Before the operation, because the slug is made from the title in a field hook, and
 * field hooks run before the collection's beforeValidate.
 */
export const peerReviewTitle: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'create' && operation !== 'update') return args
  const data = args.data as Record<string, unknown> | undefined
  if (!data || ('title' in data && String(data.title ?? '').trim())) return args
  const id = (args as { id?: number | string }).id
  const stored =
    operation === 'update' && id !== undefined
      ? await req.payload.findByID({ collection: 'peer-reviews', id, depth: 0, draft: true, overrideAccess: true, req }).catch(() => undefined)
      : undefined
  if (!('title' in data) && stored?.title) return args
  const titleOf = async (ref: unknown) => {
    const id = idOf(ref as never)
    if (id === undefined || id === null) return undefined
    const doc = await req.payload
      .findByID({ collection: 'proeftuinen', id, depth: 0, draft: true, overrideAccess: true, select: { title: true }, req })
      .catch(() => undefined)
    return doc?.title
  }
  const about = await titleOf('about' in data ? data.about : stored?.about)
  const by = await titleOf('by' in data ? data.by : stored?.by)
  if (about && by) data.title = `Review van ${about} door ${by}`
  return args
}
