import type { Field } from 'payload'
import { contentFields, isTextList } from './fields'

/** Finds the CMS id of a document by collection and slug; undefined when it does not exist (yet). */
export type IdOf = (collection: string, slug: string) => number | string | undefined

/**
 * Front matter (already checked by the schema) → Payload document data, walking the collection's
 * field config: text lists become `{ text }` rows, slugs in relationship fields become ids.
 * A slug that has no id yet (a document of the same collection created later in the run) is left
 * out and reported in `pending`, so the importer can fill it in on its second pass.
 */
export const toPayloadData = (fields: Field[], data: Record<string, unknown>, idOf: IdOf, keys: readonly string[]) => {
  let pending = false
  // A field the file leaves out is cleared (null), so removing a line from a file removes the value;
  // at the top level only the fields the content schema knows, never the CMS's own (asker, moderation).
  const walk = (fields: Field[], value: Record<string, unknown>, only?: readonly string[]): Record<string, unknown> => {
    const out: Record<string, unknown> = {}
    for (const field of contentFields(fields, only)) {
      const v = value[field.name]
      if (v === undefined) {
        out[field.name] = field.type === 'group' ? walk(field.fields, {}) : field.type === 'array' || ('hasMany' in field && field.hasMany) ? [] : null
        continue
      }
      if (field.type === 'relationship' && typeof field.relationTo === 'string') {
        const relationTo = field.relationTo
        const resolve = (slug: unknown) => {
          const id = idOf(relationTo, String(slug))
          if (id === undefined) pending = true
          return id
        }
        out[field.name] = Array.isArray(v) ? v.map(resolve).filter((id) => id !== undefined) : (resolve(v) ?? null)
      } else if (field.type === 'array' && isTextList(field)) {
        out[field.name] = (v as string[]).map((text) => ({ text }))
      } else if (field.type === 'array') {
        // A row whose reference is not there yet (a peer review by a proeftuin written later) waits for the second pass.
        out[field.name] = (v as Record<string, unknown>[]).flatMap((row) => {
          const before = pending
          pending = false
          const mapped = walk(field.fields, row)
          const waits = pending
          pending = before || waits
          return waits ? [] : [mapped]
        })
      } else if (field.type === 'group' && 'name' in field) {
        out[field.name] = walk(field.fields, v as Record<string, unknown>)
      } else {
        out[field.name] = v
      }
    }
    return out
  }
  return { data: walk(fields, data, keys), pending }
}
