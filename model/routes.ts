import { collectionNames, contentCollections, type ContentCollection } from './collections'
import { SLUG_PATTERN } from './common'

/**
 * Where each collection lives on the public site (its `route` in the model). Links in Markdown
 * bodies use these paths (e.g. [VraagBaak](/toolbox/vraagbaak/)), so import checks them and the
 * site builds them.
 */
export const routes = Object.fromEntries(collectionNames.map((c) => [c, contentCollections[c].route])) as Record<ContentCollection, string>

export const pathOf = (collection: ContentCollection, slug: string) => `${routes[collection]}/${slug}/`

/** The document a site-internal link points to, or undefined when the path is no document page. */
export const documentOfPath = (path: string): { collection: ContentCollection; slug: string } | undefined => {
  const match = /^(\/[a-z-]+)\/([^/#]+)\/?(?:#.*)?$/.exec(path)
  if (!match || !SLUG_PATTERN.test(match[2])) return undefined
  const collection = collectionNames.find((c) => routes[c] === match[1])
  return collection && { collection, slug: match[2] }
}
