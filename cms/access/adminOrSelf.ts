import type { Access } from 'payload'
import { hasRole, userOf } from './roles'

/** Users: admins manage everyone; anyone logged in only their own account. */
export const adminOrSelf: Access = ({ req }) => {
  if (hasRole(req, 'admin')) return true
  const user = userOf(req)
  return user ? { id: { equals: user.id } } : false
}
