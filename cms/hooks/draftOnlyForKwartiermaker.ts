import { Forbidden, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook } from 'payload'
import { hasRole } from '../access/roles'

/**
 * A kwartiermaker saves drafts; publishing is the editors' review step. Two hooks, because the
 * draft flag of a save is only visible before the operation: every write of theirs must have
 * status draft (beforeChange, which also covers restoring a version) …
 */
export const draftOnlyForKwartiermaker: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req, 'kwartiermaker') && data._status !== 'draft') throw new Forbidden(req.t)
  return data
}

/**
 * … and an update or a restore must be a draft save. Without the draft flag, `_status: 'draft'` does not save
 * a draft next to the published version: it unpublishes the document.
 */
export const draftSaveOnlyForKwartiermaker: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!hasRole(req, 'kwartiermaker')) return args
  if ((operation === 'update' || operation === 'restoreVersion') && !args.draft) throw new Forbidden(req.t)
  return args
}
