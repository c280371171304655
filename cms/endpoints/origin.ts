/** The public site: its origin is the only one that may post questions (README: SITE_URL). */
export const siteUrl = (env: NodeJS.ProcessEnv = process.env) => (env.SITE_URL || 'http://localhost:4321').replace(/\/+$/, '')

/** The public CMS (README: CMS_URL): where the site posts questions and mails link to the admin. */
export const cmsUrl = (env: NodeJS.ProcessEnv = process.env) => (env.CMS_URL || 'http://localhost:3000').replace(/\/+$/, '')

export const siteOrigin = (env: NodeJS.ProcessEnv = process.env) => new URL(siteUrl(env)).origin

/** A browser always sends Origin on a cross-origin POST; a request without one did not come from the form. */
export const isAllowedOrigin = (origin: string | null | undefined, env: NodeJS.ProcessEnv = process.env) =>
  Boolean(origin) && origin === siteOrigin(env)

/**
 * The client's address for the rate limit: the last X-Forwarded-For entry. The CMS server
 * (scripts/serve-cms.ts) sets that header to the socket's address, so a client cannot choose it;
 * behind a proxy (TRUST_PROXY=1) the proxy appends the address it saw, again the last entry.
 */
export const clientAddress = (headers: Headers) => {
  const forwarded = headers.get('x-forwarded-for')
  const last = forwarded?.split(',').map((s) => s.trim()).filter(Boolean).at(-1)
  return last || headers.get('x-real-ip') || 'unknown'
}
