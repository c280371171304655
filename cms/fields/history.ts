import type { CollectionBeforeChangeHook, CollectionConfig, Field } from 'payload'
import { authenticated } from '../access/authenticated'

/**
 * Who made each version. Payload's version list shows when, not who: every save by a person
 * stamps their name on the document (and so on the version it creates), and the history view
 * (components/VersionHistory) shows it. A name, not an account: reading the history needs no
 * access to other users. Never public: only people who log in read it, and it is not exported.
 */
export const editedByField: Field = {
  name: 'editedBy',
  label: 'Laatst bewerkt door',
  type: 'text',
  // Anyone may send it; stampEditor overwrites it with the person saving.
  access: { read: authenticated },
  admin: { hidden: true },
}

type Person = { name?: string | null; email?: string | null; role?: string | null }

export const stampEditor: CollectionBeforeChangeHook = ({ data, req }) => {
  const user = req.user as Person | null | undefined
  // Field access keeps people from writing the field; the hook writes it for them.
  if (user) data.editedBy = user.name || user.email || 'onbekend'
  else if (data.editedBy === undefined) data.editedBy = null
  return data
}

/** A versioned collection with the author of each version in its history; others unchanged. */
export const withAuthorHistory = (collection: CollectionConfig): CollectionConfig => {
  if (!collection.versions) return collection
  return {
    ...collection,
    fields: [...collection.fields, editedByField],
    hooks: { ...collection.hooks, beforeChange: [...(collection.hooks?.beforeChange ?? []), stampEditor] },
    admin: {
      ...collection.admin,
      components: {
        ...collection.admin?.components,
        views: {
          ...collection.admin?.components?.views,
          // No collection replaces other document views (a `root` view would exclude this one).
          edit: { versions: { Component: '/components/VersionHistory#VersionHistory' } },
        },
      },
    },
  }
}
