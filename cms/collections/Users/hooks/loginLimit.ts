import crypto from 'node:crypto'
import { APIError, ValidationError, type CollectionAfterLoginHook, type CollectionBeforeOperationHook, type PayloadRequest } from 'payload'
import { passwordProblem } from '../../../access/passwordPolicy'
import { addressKey } from '../../../endpoints/addressKey'
import { clientAddress } from '../../../endpoints/origin'
import { clearBucket, hitLimit } from '../../../endpoints/rateLimit'
import { settings } from '../../../env/settings'

/**
 * Login and forgotten-password abuse, counted per client address (IPv6: per /64) in the shared
 * database. Payload's own account lockout is off (Users.ts): it let any stranger lock out an
 * editor with five wrong passwords, and told which addresses exist. Instead an address gets a
 * limited number of attempts, and a limited number of failures per account, so guessing is slow
 * and the owner, from their own address, can still log in.
 *
 * Only requests from outside (REST, GraphQL) count: scripts and tests on the Local API do not.
 */
const fromOutside = (req: PayloadRequest) => req.payloadAPI === 'REST' || req.payloadAPI === 'GraphQL'
const addressOf = (req: PayloadRequest) => addressKey(clientAddress(req.headers))
// The account by a hash of its e-mail: any string may be typed there (a megabyte, too).
const accountBucket = (req: PayloadRequest, email: unknown) =>
  `login:account:${crypto.createHash('sha256').update(String(email ?? '').trim().toLowerCase()).digest('hex').slice(0, 32)}:${addressOf(req)}`

const tooMany = (seconds: number) =>
  new APIError(`Te veel pogingen vanaf dit adres. Probeer het over ${Math.ceil(seconds / 60)} minuten opnieuw.`, 429, undefined, true)

export const limitLoginAbuse: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
  if (!fromOutside(req)) return args
  const s = settings()
  const windowMs = s.LOGIN_RATE_WINDOW_SECONDS * 1000
  if (operation === 'login') {
    const email = (args.data as { email?: unknown } | undefined)?.email
    // Both are checked before either is recorded, so a refused attempt costs the address nothing more.
    const perAddress = await hitLimit(req.payload, `login:address:${addressOf(req)}`, { limit: s.LOGIN_RATE_LIMIT, windowMs }, { record: false })
    if (!perAddress.allowed) throw tooMany(perAddress.retryAfterSeconds)
    const perAccount = await hitLimit(req.payload, accountBucket(req, email), { limit: s.LOGIN_ACCOUNT_LIMIT, windowMs })
    if (!perAccount.allowed) throw tooMany(perAccount.retryAfterSeconds)
    await hitLimit(req.payload, `login:address:${addressOf(req)}`, { limit: s.LOGIN_RATE_LIMIT, windowMs })
  }
  if (operation === 'forgotPassword') {
    const rate = await hitLimit(req.payload, `forgot:address:${addressOf(req)}`, { limit: s.FORGOT_PASSWORD_LIMIT, windowMs })
    if (!rate.allowed) throw tooMany(rate.retryAfterSeconds)
  }
  return args
}

/** A login that succeeded forgets that account's failures from that address. */
export const clearLoginFailures: CollectionAfterLoginHook = async ({ req, user }) => {
  if (fromOutside(req)) await clearBucket(req.payload, accountBucket(req, (user as { email?: string }).email))
}

/** New passwords: at least 12 characters and not a common one (create, update, reset, first user). */
export const passwordRules: CollectionBeforeOperationHook = ({ args, operation }) => {
  if (!['create', 'update', 'resetPassword'].includes(operation)) return args
  const password = ((args as { data?: { password?: unknown } }).data)?.password
  if (password === undefined || password === null || password === '') return args
  const problem = passwordProblem(password)
  if (problem) throw new ValidationError({ collection: 'users', errors: [{ path: 'password', message: problem }] })
  return args
}
