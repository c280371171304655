import type { Access } from 'payload'
import { hasRole, ownProeftuinId } from './roles'

/** A field that holds a proeftuin (of the document, or of its versions as `parent` and `version.*`). */
export type ProeftuinField = 'id' | 'proeftuin' | 'parent' | 'version.proeftuin' | 'by' | 'about' | 'version.by' | 'version.about'

/** "One of these fields is the kwartiermaker's own proeftuin", as a Payload query. */
export const ownProeftuinIn = (fields: ProeftuinField[], own: unknown) =>
  fields.length === 1 ? { [fields[0]]: { equals: own } } : { or: fields.map((field) => ({ [field]: { equals: own } })) }

/**
 * Editors everywhere, a kwartiermaker only on their own proeftuin's documents: write access, and
 * the version history (whose rows name the document as `parent` and its fields as `version.*`).
 * A document that names two proeftuinen (a peer review: `by` and `about`) is theirs through either.
 */
export const editorOrOwnProeftuin =
  (...fields: ProeftuinField[]): Access =>
  ({ req }) => {
    if (hasRole(req, 'editor', 'admin')) return true
    if (hasRole(req, 'kwartiermaker')) return ownProeftuinIn(fields, ownProeftuinId(req))
    return false
  }
