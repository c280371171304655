import type { Access, FieldAccess } from 'payload'
import { idOf } from '../fields/relation'
import { hasRole, ownProeftuinId } from './roles'

/**
 * Who may do what with a peer review. Editors everything. A kwartiermaker takes part in the reviews
 * of their own proeftuin: as the reviewer (`by`) they write the review, as the reviewed (`about`)
 * they read it and reply; everyone else reads what is published.
 */
const ownSide = (prefix: '' | 'version.'): Access => ({ req }) => {
  if (hasRole(req, 'editor', 'admin')) return true
  if (!hasRole(req, 'kwartiermaker')) return false
  const own = ownProeftuinId(req)
  return { or: [{ [`${prefix}by`]: { equals: own } }, { [`${prefix}about`]: { equals: own } }] }
}

export const peerReviewRead: Access = (args) => {
  const published = { _status: { equals: 'published' } }
  if (hasRole(args.req, 'editor', 'admin')) return true
  if (!hasRole(args.req, 'kwartiermaker')) return published
  return { or: [published, ownSide('')(args) as never] }
}
export const peerReviewUpdate = ownSide('')
export const peerReviewVersions = ownSide('version.')

/** The review's own words: written by editors and by the reviewing proeftuin's kwartiermaker. */
export const reviewerOnly: FieldAccess = ({ req, doc }) =>
  !hasRole(req, 'kwartiermaker') || !doc || String(idOf(doc.by)) === String(ownProeftuinId(req))

/** The reply: written by editors and by the reviewed proeftuin's kwartiermaker, once the review exists. */
export const reviewedOnly: FieldAccess = ({ req, doc }) =>
  !hasRole(req, 'kwartiermaker') || (Boolean(doc) && String(idOf(doc!.about)) === String(ownProeftuinId(req)))
