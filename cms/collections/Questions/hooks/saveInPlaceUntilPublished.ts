import { Forbidden, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../../../access/roles'

/**
 * A question is moderated in its main row: the queue, the expert's access and the mails read the
 * status there. Payload writes a draft save to the versions only, so until a question is first
 * published its saves are made in place (it stays a draft: `_status` is kept). Once published,
 * a save is a draft like in every other collection: the public answer stays as it was until an
 * editor publishes again — and only editors change it then. (The expert's access rule cannot say
 * so alone: for a draft save Payload checks it against the latest version, which is a draft.)
 */
export const saveInPlaceUntilPublished: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // updateByID: a bulk update (no id) of questions is for editors (the access rule) and saves in place.
  const update = args as { id?: number | string; draft?: boolean; overrideAccess?: boolean }
  if (operation !== 'update' || update.id === undefined) return args
  const main = await req.payload.db.findOne({ collection: 'questions', where: { id: { equals: update.id } }, req })
  const published = (main as { _status?: string } | null)?._status === 'published'
  if (published && req.user && !update.overrideAccess && !hasRole(req, 'editor', 'admin')) throw new Forbidden(req.t)
  if (!published && update.draft) update.draft = false
  return args
}
