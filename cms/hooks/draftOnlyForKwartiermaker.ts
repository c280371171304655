import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { hasRole } from '../access/roles'

/** A kwartiermaker saves drafts; publishing is the editors' review step. */
export const draftOnlyForKwartiermaker: CollectionBeforeChangeHook = ({ data, req }) => {
  if (hasRole(req, 'kwartiermaker') && data._status !== 'draft') throw new Forbidden(req.t)
  return data
}
