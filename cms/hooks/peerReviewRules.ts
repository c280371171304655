import { Forbidden, ValidationError, type CollectionBeforeChangeHook, type CollectionBeforeOperationHook, type CollectionBeforeValidateHook } from 'payload'
import { hasRole, isOwnProeftuin } from '../access/roles'
import { idOf } from '../fields/relation'

/** What the reviewed proeftuin writes in a review of it: its reply (and, as anyone's draft, the review step). */
const reviewedWrites = new Set(['reply', '_status', 'reviewStatus', 'reviewComment'])

/** A proeftuin reviews another proeftuin, never itself: a 400 that names the field, for everyone. */
export const notAboutItself: CollectionBeforeValidateHook = ({ data, originalDoc, collection, req }) => {
  const about = data && 'about' in data ? data.about : originalDoc?.about
  const by = data && 'by' in data ? data.by : originalDoc?.by
  if (about != null && by != null && String(idOf(about)) === String(idOf(by))) {
    throw new ValidationError({ collection: collection.slug, errors: [{ path: 'about', message: 'Een proeftuin reviewt een andere proeftuin, niet zichzelf.' }] }, req.t)
  }
  return data
}

/**
 * A kwartiermaker takes part in a review as one of its two proeftuinen. As the reviewer they write
 * in their own proeftuin's name, about another, and never the reply; as the reviewed they write the
 * reply only, and whatever else they send keeps its stored value (as reviewRules does with the
 * editors' comment). The fields' access says the same to the admin, which shows them read-only;
 * this hook holds for every way to write, bulk updates included.
 */
export const peerReviewRules: CollectionBeforeChangeHook = ({ data, req, originalDoc, operation }) => {
  if (!hasRole(req, 'kwartiermaker')) return data
  if (operation === 'update' && !isOwnProeftuin(req, originalDoc?.by)) {
    for (const key of Object.keys(data)) if (!reviewedWrites.has(key) && originalDoc && key in originalDoc) data[key] = originalDoc[key]
    return data
  }
  // `by: null` is a change, not "unchanged": only a missing key keeps the stored value.
  const by = 'by' in data ? data.by : originalDoc?.by
  const about = 'about' in data ? data.about : originalDoc?.about
  if (!isOwnProeftuin(req, by) || isOwnProeftuin(req, about)) throw new Forbidden(req.t)
  data.reply = originalDoc?.reply ?? null
  return data
}

/**
 * Restoring a version writes the review's words as they were: that is the reviewer's to do (and
 * the editors'), not the reviewed proeftuin's, who only replies.
 */
export const reviewerRestoresOnly: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (operation !== 'restoreVersion' || !hasRole(req, 'kwartiermaker')) return args
  const versionId = (args as { id?: number | string }).id
  const version = versionId === undefined ? undefined : await req.payload.findVersionByID({ collection: 'peer-reviews', id: String(versionId), depth: 0, overrideAccess: true, req }).catch(() => undefined)
  // A version that is not there is Payload's own 404 (restoreReadableVersionOnly).
  if (!version) return args
  const review = await req.payload.findByID({ collection: 'peer-reviews', id: idOf(version.parent as never)!, depth: 0, draft: true, overrideAccess: true, req })
  if (!isOwnProeftuin(req, review.by)) throw new Forbidden(req.t)
  return args
}
