import { ConfigError } from '../../cms/env/configError'

/**
 * One line a person can act on, for the errors that stop a start: bad configuration (a
 * ConfigError) names the variable or host itself.
 */
export function describeStartupError(error: unknown): string {
  if (error instanceof ConfigError || (error as Error)?.name === 'ConfigError') return (error as Error).message
  return `Could not start: ${(error as Error)?.message?.split('\n')[0] ?? String(error)}`
}
