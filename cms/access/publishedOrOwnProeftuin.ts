import type { Access } from 'payload'
import { hasRole, ownProeftuinId } from './roles'

/**
 * Read access for a proeftuin's own documents: editors read all, a kwartiermaker also reads the
 * drafts of their own proeftuin, everyone else what is published.
 * `field` names the field that holds the proeftuin: `id` on proeftuinen, `proeftuin` on lessons.
 */
export const publishedOrOwnProeftuin =
  (field: 'id' | 'proeftuin'): Access =>
  ({ req }) => {
    if (hasRole(req, 'editor', 'admin')) return true
    const published = { _status: { equals: 'published' } }
    if (hasRole(req, 'kwartiermaker')) return { or: [published, { [field]: { equals: ownProeftuinId(req) } }] }
    return published
  }
