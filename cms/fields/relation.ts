import type { CollectionSlug, RelationshipField } from 'payload'

/** A relationship to documents of another collection, many by default. */
export const relation = (name: string, label: string, relationTo: CollectionSlug, hasMany = true): RelationshipField =>
  ({ name, label, type: 'relationship', relationTo, hasMany }) as RelationshipField
