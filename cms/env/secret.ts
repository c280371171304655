import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { ConfigError } from './configError'
import { dataDir } from './paths'

/**
 * PAYLOAD_SECRET signs sessions. Production must be given one; in development a random one is
 * generated once and kept in .data/ so logins survive restarts.
 */
export function payloadSecret(env: NodeJS.ProcessEnv = process.env): string {
  if (env.PAYLOAD_SECRET) return env.PAYLOAD_SECRET
  if (env.NODE_ENV === 'production') {
    throw new ConfigError('PAYLOAD_SECRET is not set: production needs a secret of its own (e.g. `openssl rand -hex 32`).')
  }
  const file = path.join(dataDir(), 'payload-secret')
  if (fs.existsSync(file)) return fs.readFileSync(file, 'utf8').trim()
  fs.mkdirSync(dataDir(), { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  // 'wx' fails when another process wrote it first; then its secret wins.
  try {
    fs.writeFileSync(file, secret, { flag: 'wx', mode: 0o600 })
    return secret
  } catch {
    return fs.readFileSync(file, 'utf8').trim()
  }
}
