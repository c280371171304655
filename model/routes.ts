import type { ContentCollection } from './collections'

/**
 * Where each collection lives on the public site. Links in Markdown bodies use these paths
 * (e.g. [VraagBaak](/toolbox/vraagbaak/)), so import checks them and the site builds them.
 */
export const routes: Record<ContentCollection, string> = {
  'guide-chapters': '/gids',
  tools: '/toolbox',
  'mvp-parts': '/mvp',
  proeftuinen: '/proeftuinen',
  lessons: '/lessen',
  programmes: '/programmas',
  questions: '/vraagbaak',
}

export const pathOf = (collection: ContentCollection, slug: string) => `${routes[collection]}/${slug}/`

/** The document a site-internal link points to, or undefined when the path is no document page. */
export const documentOfPath = (path: string): { collection: ContentCollection; slug: string } | undefined => {
  const match = /^(\/[a-z-]+)\/([a-z0-9-]+)\/?(?:#.*)?$/.exec(path)
  if (!match) return undefined
  const collection = (Object.keys(routes) as ContentCollection[]).find((c) => routes[c] === match[1])
  return collection && { collection, slug: match[2] }
}
