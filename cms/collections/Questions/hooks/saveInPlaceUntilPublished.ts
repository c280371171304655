import type { CollectionBeforeOperationHook } from 'payload'

/**
 * A question is moderated in its main row: the queue, the expert's access and the mails read the
 * status there. Payload writes a draft save to the versions only, so until a question is first
 * published its saves are made in place (it stays a draft: `_status` is kept). Once published,
 * a save is a draft like in every other collection: the public answer stays as it was until an
 * editor publishes again.
 */
export const saveInPlaceUntilPublished: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  // updateByID: a bulk update (no id) of questions is for editors and saves in place anyway.
  const update = args as { id?: number | string; draft?: boolean }
  if (operation !== 'update' || !update.draft || update.id === undefined) return args
  const main = await req.payload.db.findOne({ collection: 'questions', where: { id: { equals: update.id } }, req })
  if ((main as { _status?: string } | null)?._status !== 'published') update.draft = false
  return args
}
