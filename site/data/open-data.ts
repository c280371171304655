import { z } from 'zod'
import { contentCollections, type ContentCollection } from '../../model/collections'
import * as vocabulary from '../../model/vocabulary'
import type { JsonSchema } from '../lib/jsonschema'
import { collectionLabels, contentLicence, siteName } from '../lib/labels'
import type { Corpus } from './corpus'

export const openCollections = Object.keys(contentCollections) as ContentCollection[]

/** The front matter schema of a collection as JSON Schema: what every item of its export holds. */
export const jsonSchemaOf = (collection: ContentCollection) =>
  z.toJSONSchema(contentCollections[collection].schema, { io: 'output', unrepresentable: 'any' }) as JsonSchema & Record<string, unknown>

/** The Dutch labels of the vocabulary whose values are exactly these. */
export const labelsOf = (values: string[]) =>
  Object.values(vocabulary)
    .filter((v): v is Record<string, string> => typeof v === 'object' && v !== null)
    .find((v) => Object.keys(v).length === values.length && values.every((x) => x in v))

/** /data/<collection>.json: every published document with its fields, its text and its connections. */
export const exportOf = (c: Corpus, collection: ContentCollection, site: URL) => {
  const abs = (path: string) => new URL(path, site).href
  const entries = c[collection] as { id: string; data: Record<string, unknown>; body?: string }[]
  return {
    collection,
    title: collectionLabels[collection].many,
    publisher: siteName,
    licence: { name: contentLicence.short, url: contentLicence.url },
    schema: abs(`/data/${collection}.schema.json`),
    count: entries.length,
    items: entries.map((e) => ({
      id: e.id,
      url: abs(c.url(collection, e.id)),
      ...e.data,
      body: (e.body ?? '').trim(),
      related: Object.fromEntries(c.relations.related(collection, e.id).map((g) => [g.collection, g.ids])),
    })),
  }
}
