import { Forbidden, type CollectionBeforeOperationHook } from 'payload'

/**
 * Restoring a version writes that version's data: only someone who may read it (the collection's
 * readVersions) may restore it. Payload checks update access on the document only. A version
 * that does not exist (or an id that cannot be one) is left to Payload's own 404 or 400.
 */
export const restoreReadableVersionOnly: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  if (operation !== 'restoreVersion' || args.overrideAccess) return args
  const find = (overrideAccess: boolean) =>
    req.payload
      .findVersionByID({ collection: collection.slug as never, id: args.id as string, overrideAccess, user: req.user, req, depth: 0 })
      .catch(() => undefined)
  if (!(await find(true))) return args
  if (!(await find(false))) throw new Forbidden(req.t)
  return args
}
