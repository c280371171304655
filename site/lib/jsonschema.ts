import { SLUG_PATTERN as SLUG_REGEX } from '../../model/common'

/** Describes the fields of a JSON Schema (as zod's toJSONSchema writes it) in Dutch, for the open data page. */

export interface JsonSchema {
  type?: string
  enum?: string[]
  items?: JsonSchema
  properties?: Record<string, JsonSchema>
  required?: string[]
  anyOf?: JsonSchema[]
  format?: string
  pattern?: string
}

export interface FieldRow {
  /** `scorecard[].status` */
  path: string
  type: string
  required: boolean
}

const SLUG_PATTERN = SLUG_REGEX.source

export const typeName = (s: JsonSchema, labelOf: (values: string[]) => Record<string, string> | undefined = () => undefined): string => {
  if (s.enum) {
    const labels = labelOf(s.enum)
    return `één van: ${s.enum.map((v) => (labels?.[v] ? `${v} (${labels[v]})` : v)).join(', ')}`
  }
  if (s.anyOf) {
    if (s.anyOf.every((a) => a.format === 'date' || a.format === 'date-time')) return 'datum of tijdstip (ISO 8601)'
    return s.anyOf.map((a) => typeName(a, labelOf)).join(' of ')
  }
  switch (s.type) {
    case 'string':
      return s.pattern === SLUG_PATTERN ? 'slug (verwijzing)' : s.format === 'uri' ? 'URL' : 'tekst'
    case 'integer':
      return 'geheel getal'
    case 'number':
      return 'getal'
    case 'boolean':
      return 'ja/nee'
    case 'array':
      return `lijst van ${s.items ? typeName(s.items, labelOf) : 'waarden'}`
    case 'object':
      return 'groep velden'
    default:
      return 'waarde'
  }
}

/** Every field, nested ones with a dotted path; a list of objects shows as `field[].sub`. */
export const fieldRows = (schema: JsonSchema, labelOf?: (values: string[]) => Record<string, string> | undefined, prefix = ''): FieldRow[] =>
  Object.entries(schema.properties ?? {}).flatMap(([name, s]) => {
    const path = `${prefix}${name}`
    const required = schema.required?.includes(name) ?? false
    if (s.type === 'object' && s.properties) return [{ path, type: 'groep velden', required }, ...fieldRows(s, labelOf, `${path}.`)]
    if (s.type === 'array' && s.items?.type === 'object' && s.items.properties) {
      return [{ path, type: 'lijst', required }, ...fieldRows(s.items, labelOf, `${path}[].`)]
    }
    return [{ path, type: typeName(s, labelOf), required }]
  })
