import { z } from 'zod'
import { slug } from './common'

/**
 * Front matter fields that name another document, marked on the field itself: `ref('tools')` is
 * a slug of a tool. The references table of a collection is read off its schema (referencesOf),
 * so a new reference field is declared once.
 */
// The target is a plain string here (the collection table imports the schemas, so the schemas
// cannot import its key type); collections.ts checks every target against the table on load.
const referenceTargets = z.registry<{ collection: string }>()

export const ref = (collection: string): z.ZodString => slug().register(referenceTargets, { collection })

/** A list of references, empty when the file names none. */
export const refList = (collection: string) => z.array(ref(collection)).default([])

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> }
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/**
 * Every reference of a schema as path → collection. Paths use [] for "every item of this array"
 * (`scorecard[].part`); a list of slugs is named by its field (`tools`).
 */
export function referencesOf(schema: z.ZodType, path = ''): Record<string, string> {
  const target = referenceTargets.get(schema)
  if (target) return { [path]: target.collection }
  const def = defOf(schema)
  const inner = def.innerType ?? def.in
  if (inner) return referencesOf(inner, path)
  if (def.type === 'array' && def.element) {
    const element = def.element
    return referencesOf(element, defOf(element).type === 'object' ? `${path}[]` : path)
  }
  if (def.type === 'object' && def.shape) {
    return Object.assign({}, ...Object.entries(def.shape).map(([key, field]) => referencesOf(field, path ? `${path}.${key}` : key)))
  }
  return {}
}
