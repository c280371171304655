import type { Field } from 'payload'
import { dateText } from '../../../model/common'
import { contentFields, dataFields, isTextList } from './fields'


/** Finds the slug of a document by collection and id; undefined when it is not exported (e.g. a draft). */
export type SlugOf = (collection: string, id: number | string) => string | undefined

/**
 * A Payload document (depth 0) → front matter, for the keys the content schema knows (`keys`):
 * `{ text }` rows become strings, relationship ids become slugs, nulls and Payload's row ids go.
 * Anything else the CMS holds (the asker, moderation fields, timestamps of the workflow) is never read.
 */
export const fromPayloadData = (fields: Field[], doc: Record<string, unknown>, keys: readonly string[], slugOf: SlugOf) => {
  const walk = (fields: Field[], value: Record<string, unknown>, only?: readonly string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const field of contentFields(fields, only)) {
      const v = value[field.name]
      if (v === undefined || v === null) continue
      if (field.type === 'relationship' && typeof field.relationTo === 'string') {
        const relationTo = field.relationTo
        const slug = (id: unknown) => slugOf(relationTo, (id && typeof id === 'object' ? (id as { id: number }).id : id) as number)
        if (Array.isArray(v)) out[field.name] = v.map(slug).filter((s) => s !== undefined)
        else if (slug(v) !== undefined) out[field.name] = slug(v)
      } else if (field.type === 'array' && isTextList(field)) {
        out[field.name] = (v as { text: string }[]).map((row) => row.text)
      } else if (field.type === 'array') {
        // A row whose required reference points to an unpublished document (a scorecard row of a part
        // taken offline) goes with it, so the exported folder holds no reference to a missing file.
        const required = dataFields(field.fields).filter((f) => f.type === 'relationship' && 'required' in f && f.required)
        out[field.name] = (v as Record<string, unknown>[])
          .map((row) => walk(field.fields, row))
          .filter((row) => required.every((f) => 'name' in f && row[f.name] !== undefined))
      } else if (field.type === 'group') {
        out[field.name] = walk(field.fields, v as Record<string, unknown>)
      } else if (field.type === 'date') {
        out[field.name] = dateText(String(v))
      } else {
        out[field.name] = v
      }
    }
    return out
  }
  return walk(fields, doc, keys)
}
