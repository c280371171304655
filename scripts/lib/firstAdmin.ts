import type { Payload } from 'payload'

/**
 * With ADMIN_EMAIL and ADMIN_PASSWORD, the first start creates the admin account; without them the
 * first person to open /admin registers it. Returns whether any account exists afterwards.
 */
export async function ensureFirstAdmin(payload: Payload, env: NodeJS.ProcessEnv = process.env): Promise<boolean> {
  const { totalDocs } = await payload.count({ collection: 'users' })
  if (totalDocs > 0) return true
  if (!env.ADMIN_EMAIL || !env.ADMIN_PASSWORD) return false
  await payload.create({
    collection: 'users',
    data: { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD, name: env.ADMIN_NAME || 'Beheerder', role: 'admin' },
  })
  console.log(`Admin: account ${env.ADMIN_EMAIL} created.`)
  return true
}
