import type { Access, Where } from 'payload'
import { hasRole, userOf } from './roles'

/**
 * Questions: editors moderate all; an expert writes only on questions assigned to them that are
 * still open (accepted or answered). A published answer changes only through an editor.
 */
export const editorOrAssignedExpert: Access = ({ req }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  if (!hasRole(req, 'expert')) return false
  const assigned: Where = { assignedTo: { equals: userOf(req)!.id } }
  const open: Where = { status: { in: ['accepted', 'answered'] } }
  return { and: [assigned, open] }
}
