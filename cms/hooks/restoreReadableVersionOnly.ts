import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Restoring a version writes that version's data: only someone who may read it (the collection's
 * readVersions) may restore it. Payload checks update access on the document only.
 */
export const restoreReadableVersionOnly: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'restoreVersion' || args.overrideAccess) return args
  const readable = await req.payload
    .findVersionByID({ collection: collection.slug as never, id: args.id as string, overrideAccess: false, user: req.user, req, depth: 0 })
    .catch(() => undefined)
  if (!readable) throw new Forbidden(req.t)
  return args
}
