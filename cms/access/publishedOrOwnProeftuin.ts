import type { Access } from 'payload'
import { ownProeftuinIn, type ProeftuinField } from './editorOrOwnProeftuin'
import { hasRole, ownProeftuinId } from './roles'

/**
 * Read access for a proeftuin's own documents: editors read all, a kwartiermaker also reads the
 * drafts of their own proeftuin, everyone else what is published.
 * `fields` name the fields that hold the proeftuin: `id` on proeftuinen, `proeftuin` on lessons,
 * `by` and `about` on peer reviews.
 */
export const publishedOrOwnProeftuin =
  (...fields: ProeftuinField[]): Access =>
  ({ req }) => {
    if (hasRole(req, 'editor', 'admin')) return true
    const published = { _status: { equals: 'published' } }
    if (hasRole(req, 'kwartiermaker')) return { or: [published, ownProeftuinIn(fields, ownProeftuinId(req))] }
    return published
  }
