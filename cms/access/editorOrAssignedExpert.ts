import type { Access } from 'payload'
import { hasRole, userOf } from './roles'

/** Questions: editors moderate all; an expert writes only on questions assigned to them. */
export const editorOrAssignedExpert: Access = ({ req }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  if (hasRole(req, 'expert')) return { assignedTo: { equals: userOf(req)!.id } }
  return false
}
