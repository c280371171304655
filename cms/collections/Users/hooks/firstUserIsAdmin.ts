import type { CollectionBeforeChangeHook } from 'payload'

/** Whoever registers first (the /admin first-register screen) becomes the admin. */
export const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', req, overrideAccess: true })
  if (totalDocs === 0) data.role = 'admin'
  return data
}
