import { getPayload, type Payload } from 'payload'

/** The Local API on the configured database (scripts and tests; no HTTP server needed). */
export async function localPayload(): Promise<Payload> {
  const { default: config } = await import('../../cms/payload.config')
  return getPayload({ config })
}
