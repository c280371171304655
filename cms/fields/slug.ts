import type { CollectionSlug, TextField } from 'payload'
import { SLUG_PATTERN } from '../../model/common'
import { slugify } from './slugify'

/**
 * The document's id in content/ and in its URL. Generated from the title when left empty, and made
 * unique within the collection by a numeric suffix (-2, -3, …).
 */
export const slugField = (from = 'title'): TextField => ({
  name: 'slug',
  label: 'Slug (adres)',
  type: 'text',
  unique: true,
  index: true,
  admin: { position: 'sidebar', description: 'Wordt uit de titel gemaakt als je hem leeg laat.' },
  validate: (value: string | null | undefined) =>
    !value || SLUG_PATTERN.test(value) || 'Alleen kleine letters, cijfers en streepjes.',
  hooks: {
    // A copy gets a slug of its own (from its title, made unique below), not a clash with the original.
    beforeDuplicate: [() => null],
    beforeValidate: [
      async ({ value, data, req, collection, originalDoc }) => {
        if (value) return value
        const base = slugify(String(data?.[from] ?? originalDoc?.[from] ?? '')) || 'document'
        if (!collection) return base
        // One query for the slugs already taken that start like this one (not one per suffix
        // tried: a hundred askers of the same question cost a hundred counts each).
        const { docs } = await req.payload.find({
          collection: collection.slug as CollectionSlug,
          where: { slug: { like: base }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
          select: { slug: true },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          req,
        })
        const taken = new Set(docs.map((d) => (d as { slug?: string }).slug))
        if (!taken.has(base)) return base
        for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`
      },
    ],
  },
})
