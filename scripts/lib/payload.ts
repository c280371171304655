import { getPayload, type Payload } from 'payload'
import { prepareLocalRun } from './localRun'

/** The Local API on the configured database (scripts and tests; no HTTP server needed). */
export async function localPayload(): Promise<Payload> {
  prepareLocalRun()
  const { default: config } = await import('../../cms/payload.config')
  return getPayload({ config })
}
