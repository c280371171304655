import type { Access, Where } from 'payload'
import { expertSteps, notPublished } from '../../model/questionSteps'
import { hasRole, userOf } from './roles'

/**
 * Questions: editors moderate all; an expert writes only on questions assigned to them at the
 * expert's steps (accepted or answered) and not yet published: a published answer changes only
 * through an editor.
 */
export const editorOrAssignedExpert: Access = ({ req }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  if (!hasRole(req, 'expert')) return false
  const assigned: Where = { assignedTo: { equals: userOf(req)!.id } }
  return { and: [assigned, { status: { in: [...expertSteps] } }, notPublished] }
}
