import type { Payload } from 'payload'
import { buildCmsIfStale, serveCms } from '../../scripts/lib/cmsServer'

/**
 * The start of every suite that drives the real CMS: set its environment (its own data folder,
 * SMTP peer, site commands), write what the suite needs through the Local API, let go of the
 * database, and serve the built CMS on it as production does. Returns the server process.
 */
export async function seededCms(port: number, env: Record<string, string | undefined>, seed: (payload: Payload) => Promise<void>) {
  Object.assign(process.env, env)
  const { localPayload } = await import('../../scripts/lib/payload')
  const payload = await localPayload()
  await seed(payload)
  await payload.destroy()
  await buildCmsIfStale()
  return serveCms(port, env as NodeJS.ProcessEnv)
}
