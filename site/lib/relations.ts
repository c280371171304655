import { references, type ContentCollection } from '../../model/collections'

/**
 * The connections between documents. Front matter names its references in one direction only
 * (a tool names its proeftuinen, a lesson its proeftuin); the site shows every connection from
 * both ends, so a proeftuin lists the tools that name it.
 */

export interface DocRef {
  collection: ContentCollection
  id: string
}

export interface RelDoc {
  id: string
  data: Record<string, unknown>
}

export type Corpus = Record<ContentCollection, readonly RelDoc[]>

export const collectionOrder = Object.keys(references) as ContentCollection[]

/** The slugs at a reference path of `references` (`tools`, `proeftuin`, `scorecard[].part`). */
export const slugsAt = (data: unknown, spec: string): string[] => {
  let values: unknown[] = [data]
  for (const segment of spec.split('.')) {
    const key = segment.replace(/\[\]$/, '')
    values = values.flatMap((v) => {
      const next = v && typeof v === 'object' ? (v as Record<string, unknown>)[key] : undefined
      if (next === undefined || next === null) return []
      return Array.isArray(next) ? next : [next]
    })
  }
  return values.filter((v): v is string => typeof v === 'string')
}

const keyOf = (collection: ContentCollection, id: string) => `${collection}/${id}`

export interface Relations {
  /** Documents this one names in its front matter (that exist). */
  outgoing: (collection: ContentCollection, id: string) => DocRef[]
  /** Documents that name this one. */
  incoming: (collection: ContentCollection, id: string) => DocRef[]
  /**
   * Both directions, without itself, grouped by collection; within a collection in corpus order.
   * Collections in `collectionOrder`; empty groups left out.
   */
  related: (collection: ContentCollection, id: string) => { collection: ContentCollection; ids: string[] }[]
  /** The ids of one collection in `related` (none: []). */
  relatedIds: (collection: ContentCollection, id: string, other: ContentCollection) => string[]
  /** Every connection once, from → to, for tests and open data. */
  edges: { from: DocRef; to: DocRef; field: string }[]
}

export const buildRelations = (corpus: Corpus): Relations => {
  const position = new Map<string, number>()
  for (const collection of collectionOrder) corpus[collection].forEach((doc, i) => position.set(keyOf(collection, doc.id), i))
  const exists = (collection: ContentCollection, id: string) => position.has(keyOf(collection, id))

  const edges: Relations['edges'] = []
  const out = new Map<string, DocRef[]>()
  const inc = new Map<string, DocRef[]>()
  const push = (map: Map<string, DocRef[]>, key: string, ref: DocRef) => {
    const list = map.get(key) ?? []
    if (!list.some((r) => r.collection === ref.collection && r.id === ref.id)) list.push(ref)
    map.set(key, list)
  }
  for (const collection of collectionOrder) {
    for (const doc of corpus[collection]) {
      for (const [spec, target] of Object.entries(references[collection])) {
        for (const id of slugsAt(doc.data, spec)) {
          // A reference to a document that is not in the corpus is left out: the site links only
          // to pages that exist (the content loader reports such references before they get here).
          if (!exists(target, id)) continue
          const from = { collection, id: doc.id }
          const to = { collection: target, id }
          edges.push({ from, to, field: spec })
          push(out, keyOf(collection, doc.id), to)
          push(inc, keyOf(target, id), from)
        }
      }
    }
  }

  const outgoing = (collection: ContentCollection, id: string) => out.get(keyOf(collection, id)) ?? []
  const incoming = (collection: ContentCollection, id: string) => inc.get(keyOf(collection, id)) ?? []
  const related = (collection: ContentCollection, id: string) => {
    const all = [...outgoing(collection, id), ...incoming(collection, id)].filter((r) => !(r.collection === collection && r.id === id))
    return collectionOrder
      .map((c) => {
        const ids = [...new Set(all.filter((r) => r.collection === c).map((r) => r.id))]
        ids.sort((a, b) => position.get(keyOf(c, a))! - position.get(keyOf(c, b))!)
        return { collection: c, ids }
      })
      .filter((g) => g.ids.length > 0)
  }
  const relatedIds = (collection: ContentCollection, id: string, other: ContentCollection) => related(collection, id).find((g) => g.collection === other)?.ids ?? []
  return { outgoing, incoming, related, relatedIds, edges }
}
