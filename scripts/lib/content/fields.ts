import type { Field } from 'payload'

/** The named fields of a field list, looking through rows and collapsibles (which hold no data of their own). */
export const dataFields = (fields: Field[]): Field[] =>
  fields.flatMap((f) => ('name' in f && f.name ? [f] : 'fields' in f ? dataFields(f.fields as Field[]) : []))

/** The data fields a content file can carry: named, not Payload's row `id`, and within `only` when given. */
export const contentFields = (fields: Field[], only?: readonly string[]) =>
  dataFields(fields).filter(
    (f): f is Extract<Field, { name: string }> => 'name' in f && f.name !== 'id' && (!only || only.includes(f.name)),
  )

/** An array of rows with one `text` field: stored as `{ text }` rows, written in files as a list of strings. */
export const isTextList = (f: Field) =>
  f.type === 'array' && (() => {
    // Payload adds an `id` to every array row.
    const inner = dataFields(f.fields).filter((x) => !('name' in x && x.name === 'id'))
    return inner.length === 1 && 'name' in inner[0] && inner[0].name === 'text'
  })()

