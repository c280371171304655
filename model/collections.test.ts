import type { Field } from 'payload'
import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { GuideChapters } from '../cms/collections/GuideChapters'
import { Lessons } from '../cms/collections/Lessons'
import { MvpParts } from '../cms/collections/MvpParts'
import { PeerReviews } from '../cms/collections/PeerReviews'
import { Proeftuinen } from '../cms/collections/Proeftuinen'
import { Programmes } from '../cms/collections/Programmes'
import { Questions } from '../cms/collections/Questions'
import { Tools } from '../cms/collections/Tools'
import { dataFields } from '../scripts/lib/content/fields'
import { collectionNames, contentCollections, importOrder, references } from './collections'
import { referencesOf, refList } from './reference'

// The model and the CMS describe each collection from two sides: the model its front matter, the
// Payload config its fields. This checks, per collection, that they say the same.
const payloadCollections = [GuideChapters, Tools, MvpParts, Proeftuinen, PeerReviews, Lessons, Programmes, Questions]

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; element?: z.ZodType; shape?: Record<string, z.ZodType> }
const defOf = (s: z.ZodType) => (s as unknown as { _zod: { def: Def } })._zod.def
/** The object inside optional/default/array wrappers, or undefined when the field holds no object. */
const objectShape = (s: z.ZodType): Record<string, z.ZodType> | undefined => {
  const def = defOf(s)
  if (def.innerType ?? def.in) return objectShape((def.innerType ?? def.in)!)
  if (def.type === 'array') return objectShape(def.element!)
  return def.type === 'object' ? def.shape : undefined
}
const named = (fields: Field[]) => new Map(dataFields(fields).map((f) => [(f as { name: string }).name, f]))

/** Every front matter key (nested ones as `scorecard[].part`) that has no Payload field of that name. */
function missingFields(shape: Record<string, z.ZodType>, fields: Field[], prefix = ''): string[] {
  const byName = named(fields)
  return Object.entries(shape).flatMap(([key, schema]) => {
    const field = byName.get(key)
    if (!field) return [`${prefix}${key}`]
    const inner = objectShape(schema)
    if (!inner || !('fields' in field)) return []
    return missingFields(inner, field.fields as Field[], `${prefix}${key}${field.type === 'array' ? '[]' : ''}.`)
  })
}

const fieldAt = (fields: Field[], path: string): Field | undefined => {
  const [head, ...rest] = path.split('.')
  const field = named(fields).get(head.replace(/\[\]$/, ''))
  if (!field || rest.length === 0) return field
  return 'fields' in field ? fieldAt(field.fields as Field[], rest.join('.')) : undefined
}

describe('the domain model', () => {
  it('describes exactly the content collections the CMS has', () => {
    expect(payloadCollections.map((c) => c.slug).sort()).toEqual([...collectionNames].sort())
  })

  for (const config of payloadCollections) {
    const name = config.slug as keyof typeof contentCollections
    describe(name, () => {
      const { schema } = contentCollections[name]

      it('has a Payload field for every front matter key', () => {
        expect(missingFields(objectShape(schema)!, config.fields)).toEqual([])
      })

      it('keeps its Markdown body in the field "body" and publishes with drafts', () => {
        expect(named(config.fields).get('body')?.type).toBe('richText')
        expect(config.versions && typeof config.versions === 'object' && config.versions.drafts).toBeTruthy()
      })

      it('points every reference where the Payload relationship points', () => {
        for (const [path, target] of Object.entries(references[name])) {
          const field = fieldAt(config.fields, path)
          expect(field, `${name}.${path}`).toMatchObject({ type: 'relationship', relationTo: target })
        }
      })

      it('marks every relationship to a content collection as a reference', () => {
        const relationships = (fields: Field[], prefix = ''): string[] =>
          dataFields(fields).flatMap((f) => {
            const fieldName = (f as { name: string }).name
            if (f.type === 'relationship' && typeof f.relationTo === 'string' && f.relationTo in contentCollections) return [`${prefix}${fieldName}`]
            return 'fields' in f ? relationships(f.fields as Field[], `${prefix}${fieldName}${f.type === 'array' ? '[]' : ''}.`) : []
          })
        const exported = new Set(Object.keys(objectShape(schema)!))
        const public_ = relationships(config.fields).filter((p) => exported.has(p.split(/[.[]/)[0]))
        expect(public_.sort()).toEqual(Object.keys(references[name]).sort())
      })
    })
  }

  it('imports every collection after the collections it references', () => {
    for (const [i, c] of importOrder.entries()) {
      for (const target of Object.values(references[c])) if (target !== c) expect(importOrder.indexOf(target), `${c} → ${target}`).toBeLessThan(i)
    }
    expect([...importOrder].sort()).toEqual([...collectionNames].sort())
  })

  it('gives every collection its own folder and route', () => {
    const all = Object.values(contentCollections)
    expect(new Set(all.map((c) => c.folder)).size).toBe(all.length)
    expect(new Set(all.map((c) => c.route)).size).toBe(all.length)
  })

  it('reads references off nested fields and lists', () => {
    expect(references.proeftuinen).toEqual({ 'scorecard[].part': 'mvp-parts' })
    expect(references['peer-reviews']).toEqual({ about: 'proeftuinen', by: 'proeftuinen', 'verdicts[].part': 'mvp-parts' })
    expect(references.programmes).toEqual({ 'phases[].tools': 'tools' })
    expect(referencesOf(refList('tools'))).toEqual({ '': 'tools' })
  })
})

describe('dates in front matter', () => {
  it('finds the date fields of a schema and writes a moment as content/ does', async () => {
    const { dateKeysOf, dateText } = await import('./common')
    expect(dateKeysOf(contentCollections.questions.schema).sort()).toEqual(['answeredAt', 'askedAt', 'publishedAt'])
    expect(dateKeysOf(contentCollections.tools.schema)).toEqual([])
    expect(dateText('2026-03-01T00:00:00.000Z')).toBe('2026-03-01')
    expect(dateText(new Date('2026-03-01T10:30:00+01:00'))).toBe('2026-03-01T09:30:00.000Z')
  })
})
