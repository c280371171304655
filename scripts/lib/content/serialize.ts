import { stringify } from 'yaml'
import type { z } from 'zod'
import { normaliseMarkdown } from './richText'

type Schema = z.ZodType & { def: { type: string; innerType?: Schema; element?: Schema; in?: Schema }; shape?: Record<string, Schema> }

/** Looks through optional / default / pipe wrappers to the schema that gives the value its shape. */
const unwrap = (schema: Schema): Schema => {
  const { def } = schema
  if (def.innerType && ['optional', 'default', 'nullable', 'prefault', 'readonly', 'catch'].includes(def.type)) return unwrap(def.innerType)
  if (def.type === 'pipe' && def.in) return unwrap(def.in)
  return schema
}

const isEmpty = (value: unknown) =>
  value === undefined ||
  value === null ||
  (Array.isArray(value) && value.length === 0) ||
  (typeof value === 'object' && !Array.isArray(value) && Object.keys(value as object).length === 0)

/**
 * The front matter in its canonical form: keys in the order the schema declares them, nested
 * objects likewise, and nothing that only repeats a default (absent values, empty lists, empty
 * groups). Two documents with the same meaning therefore give the same bytes.
 */
export const canonicalData = (schema: z.ZodType, value: unknown): unknown => {
  const s = unwrap(schema as Schema)
  if (s.def.type === 'object' && s.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    const out: Record<string, unknown> = {}
    const record = value as Record<string, unknown>
    for (const key of Object.keys(s.shape)) {
      const v = canonicalData(s.shape[key], record[key])
      if (!isEmpty(v)) out[key] = v
    }
    // Keys the schema does not know cannot pass a strictObject; keep them last, sorted, rather than drop them.
    for (const key of Object.keys(record).filter((k) => !(k in s.shape!)).sort()) {
      if (!isEmpty(record[key])) out[key] = record[key]
    }
    return out
  }
  if (s.def.type === 'array' && s.def.element && Array.isArray(value)) return value.map((item) => canonicalData(s.def.element!, item))
  return value
}

/** The top-level keys of a front matter schema, in their declared order. */
export const schemaKeys = (schema: z.ZodType) => Object.keys(unwrap(schema as Schema).shape ?? {})

/** YAML without line folding (a diff shows the changed sentence, not a re-wrapped paragraph). */
export const frontMatterYaml = (data: unknown) => stringify(data, { lineWidth: 0, minContentWidth: 0, indentSeq: true })

/** A whole content file: front matter between --- lines, then the Markdown body and one final newline. */
export const serializeDocument = (schema: z.ZodType, data: unknown, body: string) => {
  const markdown = normaliseMarkdown(body)
  return `---\n${frontMatterYaml(canonicalData(schema, data))}---\n${markdown ? `${markdown}\n` : ''}`
}
