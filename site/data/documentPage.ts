import { render } from 'astro:content'
import type { ContentCollection } from '../../model/collections'
import { corpus } from './corpus'

// What every page of one document (/toolbox/<slug>/ and the like) starts from.

/** `getStaticPaths` of a collection's document pages: one page per document, at its slug. */
export const documentPaths = (collection: ContentCollection) => async () =>
  (await corpus())[collection].map((entry) => ({ params: { slug: entry.id }, props: { id: entry.id } }))

/** The corpus, the document of this page and its rendered body. */
export const documentPage = async <C extends ContentCollection>(collection: C, id: string) => {
  const c = await corpus()
  const entry = c.get(collection, id)!
  const { Content, headings } = await render(entry)
  const body = (entry.body ?? '').trimStart()
  return {
    c,
    entry,
    Content,
    headings,
    hasBody: body.length > 0,
    /** A body that opens with its own heading needs none from the page. */
    bodyHasHeading: /^#{1,3}\s/.test(body),
  }
}
