import type { Access } from 'payload'
import { hasRole, userOf } from './roles'

/**
 * Users: admins read everyone; editors also read the experts, so they can assign a question;
 * anyone else only themselves.
 */
export const usersVisible: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  const user = userOf(req)
  if (!user) return false
  const self = { id: { equals: user.id } }
  return hasRole(req, 'editor') ? { or: [self, { role: { equals: 'expert' } }] } : self
}
