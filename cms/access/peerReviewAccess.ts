import type { FieldAccess } from 'payload'
import { hasRole, isOwnProeftuin } from './roles'

// Who may change which field of a peer review, as the admin shows it (read-only fields); the
// same rules hold for every way to write in cms/hooks/peerReviewRules.ts.

/** The review's own words: written by editors and by the reviewing proeftuin's kwartiermaker. */
export const reviewerOnly: FieldAccess = ({ req, doc }) => !hasRole(req, 'kwartiermaker') || !doc || isOwnProeftuin(req, doc.by)

/** The reply: written by editors and by the reviewed proeftuin's kwartiermaker, once the review exists. */
export const reviewedOnly: FieldAccess = ({ req, doc }) => !hasRole(req, 'kwartiermaker') || (Boolean(doc) && isOwnProeftuin(req, doc!.about))
