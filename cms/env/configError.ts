/** A misconfiguration found at start: its message is the one line a person needs to fix it. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
