import { Forbidden, type CollectionBeforeChangeHook } from 'payload'
import { hasRole, isOwnProeftuin } from '../access/roles'

/** A kwartiermaker's lesson stays with their own proeftuin: it cannot be created for, moved to another or detached. */
export const ownProeftuinOnly: CollectionBeforeChangeHook = ({ data, req, originalDoc }) => {
  if (!hasRole(req, 'kwartiermaker')) return data
  // `proeftuin: null` is a detach, not "unchanged": only a missing key keeps the stored value.
  const target = 'proeftuin' in data ? data.proeftuin : originalDoc?.proeftuin
  if (!isOwnProeftuin(req, target)) throw new Forbidden(req.t)
  return data
}
