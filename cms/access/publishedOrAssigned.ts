import type { Access } from 'payload'
import { hasRole, userOf } from './roles'

/** Questions: editors read all; an expert also the ones assigned to them; everyone the published. */
export const publishedOrAssigned: Access = ({ req }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  const published = { status: { equals: 'published' } }
  if (hasRole(req, 'expert')) return { or: [published, { assignedTo: { equals: userOf(req)!.id } }] }
  return published
}
