import { z } from 'zod'
import { ConfigError } from './configError'
import { DEFAULT_ANSWER_HOURS } from '../../model/answerPromise'

/**
 * Every tunable setting of the CMS, parsed once from the environment with its default defined
 * here only. A bad value stops the start with one line naming the variable (a `Number('abc')` that
 * silently disables a defence is what this replaces).
 */
const int = (fallback: number, min = 0) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? fallback : v),
    z.coerce.number({ error: 'is not a number' }).int('is not a whole number').min(min, `must be at least ${min}`),
  )
const flag = (fallback: '0' | '1' = '0') =>
  z.preprocess((v) => (v === undefined || v === '' ? fallback : v), z.enum(['0', '1', 'true', 'false'], { error: 'must be 1 or 0' })).transform((v) => v === '1' || v === 'true')
const hours = (fallback: number) =>
  z.preprocess(
    (v) => (v === undefined || v === '' ? fallback : v),
    z.coerce.number({ error: 'is not a number' }).positive('must be more than 0'),
  )
const url = (fallback: string) =>
  z.preprocess((v) => (v === undefined || v === '' ? fallback : v), z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' })).transform((v) => v.replace(/\/+$/, ''))

export const SettingsSchema = z.object({
  NODE_ENV: z.string().optional(),
  SITE_URL: url('http://localhost:4321'),
  CMS_URL: z.preprocess((v) => (v === '' ? undefined : v), z.url({ protocol: /^https?$/, error: 'is not an http(s) URL' }).optional()),
  TRUST_PROXY: flag(),
  ASK_MIN_SECONDS: int(3),
  ASK_MAX_AGE_HOURS: int(24, 1),
  ASK_RATE_LIMIT: int(10, 1),
  ASK_RATE_WINDOW_SECONDS: int(15 * 60, 1),
  ASK_MAX_BYTES: int(16 * 1024, 1024),
  /** The same question from the same address within this many seconds returns the first kenmerk. */
  ASK_DUPLICATE_WINDOW_SECONDS: int(10 * 60),
  /** Login attempts per address (IPv6: per /64) per window, whatever the account. */
  LOGIN_RATE_LIMIT: int(20, 1),
  /** Failed logins per account from one address per window (the account itself is never locked). */
  LOGIN_ACCOUNT_LIMIT: int(5, 1),
  LOGIN_RATE_WINDOW_SECONDS: int(15 * 60, 1),
  FORGOT_PASSWORD_LIMIT: int(5, 1),
  SMTP_PORT: int(587, 1),
  PRIVACY_RETENTION_MONTHS: int(12, 1),
  /** The VraagBaak's promise: an answer this many hours after asking (the deadline; 24 = "binnen een dag"). */
  ANSWER_WITHIN_HOURS: hours(DEFAULT_ANSWER_HOURS),
  /** How editors hear of a new question: a mail each, one daily digest, or none (the dashboard only). */
  NEW_QUESTION_MAIL: z.preprocess((v) => (v === undefined || v === '' ? 'immediate' : v), z.enum(['immediate', 'daily', 'off'], { error: 'must be immediate, daily or off' })),
  /** The first pause before a failed mail is tried again (then doubling: 1, 2, 4, 8 ×). */
  MAIL_RETRY_SECONDS: int(60, 1),
  /** The hour (server time) of the daily digest and the daily privacy purge. */
  DAILY_HOUR: int(7).pipe(z.number().max(23, 'must be an hour from 0 to 23')),
  /** How long the link in a new kwartiermaker's invitation works (Payload's reset-password token), in hours. */
  JOIN_INVITATION_HOURS: int(72, 1),
  /** A job marked as running but untouched this long was left by a process that stopped: it runs again. */
  JOBS_STALE_SECONDS: int(600, 1),
  /** 0: this CMS process runs no background jobs (another process, or `payload jobs:run`, does). */
  JOBS_AUTORUN: flag('1'),
})
export type Settings = z.output<typeof SettingsSchema>

/** Parses `env`; throws a ConfigError whose message is one line naming the variable and the value. */
export function parseSettings(env: NodeJS.ProcessEnv = process.env): Settings {
  const result = SettingsSchema.safeParse(env)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const name = String(issue.path[0])
  throw new ConfigError(`${name}=${JSON.stringify(env[name] ?? '')} ${issue.message} (see the README, Environment).`)
}

let cached: { env: NodeJS.ProcessEnv; snapshot: string; settings: Settings } | undefined
const keys = Object.keys(SettingsSchema.shape)

/** The settings of this process, parsed once (again only when a test changes the environment). */
export function settings(env: NodeJS.ProcessEnv = process.env): Settings {
  const snapshot = keys.map((k) => env[k] ?? '').join('\u0000')
  if (cached?.env === env && cached.snapshot === snapshot) return cached.settings
  cached = { env, snapshot, settings: parseSettings(env) }
  return cached.settings
}
