import type { FilterOptions } from 'payload'
import { hasRole, ownProeftuinId } from './roles'

/** The proeftuinen a user may pick for a lesson: a kwartiermaker only their own, others all. */
export const ownProeftuinOption: FilterOptions = ({ req }) =>
  hasRole(req, 'kwartiermaker') ? { id: { equals: ownProeftuinId(req) } } : true
