import type { CollectionSlug, Payload, Where } from 'payload'
import { contentCollections, type ContentCollection } from '../../../model/collections'
import { fromPayloadData } from './fromPayload'
import { withoutLinksToMissing } from './links'
import { placeholdersToImages } from './media'
import { editorConfigOf, toMarkdown, type LexicalState } from './richText'
import { canonicalData, schemaKeys } from './serialize'

export interface CurrentDocument {
  collection: ContentCollection
  slug: string
  id: number | string
  raw: Record<string, unknown>
  /** Front matter as a content file would carry it. */
  data: () => Record<string, unknown>
  /** The body as Markdown. */
  body: () => string
  /** JSON of [canonical front matter, body]: equal to the source's when nothing changed. */
  canonical: () => string
}

const collections = Object.keys(contentCollections) as ContentCollection[]

/**
 * The content documents of the CMS, with their front matter and body as files would carry them.
 * `draft: true` reads the latest version of each (what an import compares with); `published`
 * reads only the published ones (what an export writes), and references to anything else are left out.
 */
export async function currentDocuments(payload: Payload, { draft = false, published = false } = {}) {
  const docs: CurrentDocument[] = []
  const slugs = new Map<string, string>()
  const raw = new Map<ContentCollection, Record<string, unknown>[]>()
  for (const collection of collections) {
    const where: Where | undefined = published ? { _status: { equals: 'published' } } : undefined
    const { docs: found } = await payload.find({
      collection: collection as CollectionSlug,
      where,
      depth: 0,
      limit: 0,
      pagination: false,
      draft,
      sort: 'slug',
      overrideAccess: true,
    })
    raw.set(collection, found as unknown as Record<string, unknown>[])
    for (const d of found as unknown as Record<string, unknown>[]) slugs.set(`${collection}:${d.id}`, String(d.slug))
  }
  const { docs: media } = await payload.find({ collection: 'media', depth: 0, limit: 0, pagination: false, overrideAccess: true })
  const mediaById = new Map(media.map((m) => [String(m.id), { file: m.filename ?? '', alt: m.alt }]))
  const slugOf = (collection: string, id: number | string) => slugs.get(`${collection}:${id}`)
  const slugSet = new Set([...slugs].map(([key, slug]) => `${key.split(':')[0]}/${slug}`))
  const exists = (collection: ContentCollection, slug: string) => slugSet.has(`${collection}/${slug}`)
  for (const collection of collections) {
    const config = payload.collections[collection as CollectionSlug].config
    const schema = contentCollections[collection].schema
    const editorConfig = editorConfigOf(payload, collection)
    for (const d of raw.get(collection)!) {
      const data = () => fromPayloadData(config.fields, d, schemaKeys(schema), slugOf)
      const body = () => {
        const stored = d.body as LexicalState | null | undefined
        if (!stored?.root) return ''
        const state = published ? withoutLinksToMissing(stored, exists) : stored
        return placeholdersToImages(toMarkdown(state, editorConfig), (id) => mediaById.get(id))
      }
      docs.push({
        collection,
        slug: String(d.slug),
        id: d.id as number | string,
        raw: d,
        data,
        body,
        canonical: () => JSON.stringify([canonicalData(schema, data()), body()]),
      })
    }
  }
  const index = new Map(docs.map((d) => [`${d.collection}/${d.slug}`, d]))
  return { all: () => docs, get: (collection: ContentCollection, slug: string) => index.get(`${collection}/${slug}`), media: mediaById }
}
