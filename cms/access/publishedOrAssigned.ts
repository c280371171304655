import type { Access } from 'payload'
import { publishedWhere as published } from '../../model/questionSteps'
import { hasRole, userOf } from './roles'

/** Questions: editors read all; an expert also the ones assigned to them; everyone the published. */
export const publishedOrAssigned: Access = ({ req }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  if (hasRole(req, 'expert')) return { or: [published, { assignedTo: { equals: userOf(req)!.id } }] }
  return published
}
