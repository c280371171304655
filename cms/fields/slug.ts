import type { CollectionSlug, TextField } from 'payload'
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
    !value || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(value) || 'Alleen kleine letters, cijfers en streepjes.',
  hooks: {
    // A copy gets a slug of its own (from its title, made unique below), not a clash with the original.
    beforeDuplicate: [() => null],
    beforeValidate: [
      async ({ value, data, req, collection, originalDoc }) => {
        if (value) return value
        const base = slugify(String(data?.[from] ?? originalDoc?.[from] ?? '')) || 'document'
        if (!collection) return base
        for (let n = 1; ; n++) {
          const candidate = n === 1 ? base : `${base}-${n}`
          const { totalDocs } = await req.payload.count({
            collection: collection.slug as CollectionSlug,
            where: { slug: { equals: candidate }, ...(originalDoc?.id ? { id: { not_equals: originalDoc.id } } : {}) },
            req,
          })
          if (totalDocs === 0) return candidate
        }
      },
    ],
  },
})
