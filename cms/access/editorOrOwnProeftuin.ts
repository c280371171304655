import type { Access } from 'payload'
import { hasRole, ownProeftuinId } from './roles'

/**
 * Editors everywhere, a kwartiermaker only on their own proeftuin's documents: write access, and
 * the version history (whose rows name the document as `parent` and its fields as `version.*`).
 */
export const editorOrOwnProeftuin =
  (field: 'id' | 'proeftuin' | 'parent' | 'version.proeftuin'): Access =>
  ({ req }) => {
    if (hasRole(req, 'editor', 'admin')) return true
    if (hasRole(req, 'kwartiermaker')) return { [field]: { equals: ownProeftuinId(req) } }
    return false
  }
