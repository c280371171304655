import type { CollectionSlug, RelationshipField } from 'payload'

/** A relationship to documents of another collection, many by default. */
/** The id a relationship holds, whether it came populated (`{ id, … }`) or as the bare id. */
export const idOf = <T extends string | number>(value: T | { id: T } | null | undefined): T | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

export const relation = (name: string, label: string, relationTo: CollectionSlug, hasMany = true): RelationshipField =>
  ({ name, label, type: 'relationship', relationTo, hasMany }) as RelationshipField
