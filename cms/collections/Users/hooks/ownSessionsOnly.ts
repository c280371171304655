import type { CollectionAfterReadHook } from 'payload'
import { hasRole, userOf } from '../../../access/roles'

/** A user's sessions (devices, expiry) are theirs and the admins': editors reading experts do not see them. */
export const ownSessionsOnly: CollectionAfterReadHook = ({ doc, req }) => {
  if (!req.user || hasRole(req, 'admin') || String(userOf(req)?.id) === String(doc?.id)) return doc
  if (doc && 'sessions' in doc) delete doc.sessions
  return doc
}
