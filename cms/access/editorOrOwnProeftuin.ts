import type { Access } from 'payload'
import { hasRole, ownProeftuinId } from './roles'

/** Write access: editors everywhere, a kwartiermaker only on their own proeftuin's documents. */
export const editorOrOwnProeftuin =
  (field: 'id' | 'proeftuin'): Access =>
  ({ req }) => {
    if (hasRole(req, 'editor', 'admin')) return true
    if (hasRole(req, 'kwartiermaker')) return { [field]: { equals: ownProeftuinId(req) } }
    return false
  }
