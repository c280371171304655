import type { ArrayField } from 'payload'

/** A list of short texts (steps, pitfalls, …): an array of rows with one `text` field each. */
export const textList = (name: string, label: string, itemLabel = 'Regel'): ArrayField => ({
  name,
  label,
  type: 'array',
  labels: { singular: itemLabel, plural: label },
  fields: [{ name: 'text', label: itemLabel, type: 'textarea', required: true }],
})
