import { APIError, type CollectionBeforeOperationHook } from 'payload'
import { idOf } from '../fields/relation'

/**
 * On a published document, a restored version comes back as a draft ("Als concept herstellen"):
 * the public page stays as it is until an editor publishes the restored text. Payload reads the
 * draft flag of a restore before any hook can set it, so a plain restore there is refused with
 * the way to do it, rather than publishing (or unpublishing) at once.
 */
export const restoreOnlyAsDraft: CollectionBeforeOperationHook = async ({ args, operation, req, collection }) => {
  const restore = args as { id?: number | string; draft?: boolean }
  if (operation !== 'restoreVersion' || restore.draft || restore.id === undefined) return args
  const version = await req.payload
    .findVersionByID({ collection: collection.slug as never, id: String(restore.id), depth: 0, overrideAccess: true, req })
    .catch(() => undefined)
  if (!version) return args
  const main = await req.payload.db.findOne({ collection: collection.slug, where: { id: { equals: idOf(version.parent as never) } }, req })
  if ((main as { _status?: string } | null)?._status === 'published') {
    throw new APIError('Dit document staat op de site: herstel de versie als concept en publiceer die daarna.', 400, undefined, true)
  }
  return args
}
