import { ConfigError } from '../../cms/env/configError'

/**
 * One line a person can act on, for the errors that stop a start: bad configuration names the
 * variable, an unreachable database names the host.
 */
export function describeStartupError(error: unknown, env: NodeJS.ProcessEnv = process.env): string {
  if (error instanceof ConfigError || (error as Error)?.name === 'ConfigError') return (error as Error).message
  const text = `${(error as Error)?.name ?? ''} ${(error as Error)?.message ?? error}`
  if (/Mongo|ECONNREFUSED|ENOTFOUND|Server selection/i.test(text) && env.DATABASE_URL?.startsWith('mongodb')) {
    const host = safeHost(env.DATABASE_URL)
    return `DATABASE_URL: no MongoDB answered at ${host} (${(error as Error)?.message?.split('\n')[0] ?? 'no answer'}).`
  }
  return `Could not start: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`
}

/** The host part of a database URL, without user or password. */
const safeHost = (url: string) => {
  try {
    return new URL(url).host || url
  } catch {
    return url.replace(/\/\/[^@/]*@/, '//')
  }
}
