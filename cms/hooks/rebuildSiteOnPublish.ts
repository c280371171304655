import type { CollectionAfterChangeHook, CollectionAfterDeleteHook } from 'payload'
import { siteRebuild } from './siteRebuild'

/**
 * Publishing an editorial document changes the public site: export + rebuild, debounced (see
 * siteRebuild). A saved draft changes nothing public and waits. Imports pass `skipRebuild`.
 */
export const rebuildSiteOnPublish: CollectionAfterChangeHook = ({ doc, context }) => {
  if (doc._status === 'published' && !context.skipRebuild) siteRebuild.request()
  return doc
}

export const rebuildSiteOnDelete: CollectionAfterDeleteHook = ({ doc, context }) => {
  if (doc?._status === 'published' && !context.skipRebuild) siteRebuild.request()
}
