import type { FieldAccess } from 'payload'
import { idOf } from '../fields/relation'
import { hasRole, userOf } from './roles'

/** A field for the editors and for the expert the question is assigned to (the asker's own words). */
export const editorOrAssignedExpertField: FieldAccess = ({ req, doc }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  if (!hasRole(req, 'expert') || !doc) return false
  return String(idOf(doc.assignedTo)) === String(userOf(req)!.id)
}
