import { payloadSecret } from '../../cms/env/secret'

/**
 * The scripts (start, seed, import, export, purge) run the CMS as it runs in production, so the
 * local database is always built by the committed migrations and never mixed with a schema push
 * (Payload then stops to ask). A run the user did not mark as production keeps its generated
 * secret in .data/; tests (NODE_ENV=test) and `next dev` keep pushing to their own databases.
 */
export function prepareLocalRun(env: NodeJS.ProcessEnv = process.env) {
  if (env.NODE_ENV === 'test' || env.NODE_ENV === 'development') return
  if (env.NODE_ENV !== 'production') env.PAYLOAD_SECRET ||= payloadSecret(env)
  // Next's types make NODE_ENV read-only; here it is the one place that decides it.
  ;(env as Record<string, string | undefined>).NODE_ENV = 'production'
}
