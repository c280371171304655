import type { Payload, Where } from 'payload'

/**
 * A sliding-window limit counted in the database (collection `rate-limit-hits`), so every CMS
 * process on the same database shares one count. Check and record are two statements, not one
 * atomic step: two processes hitting the last slot at the same instant may both pass, which
 * overshoots by at most the number of processes — far from "the limit times the processes".
 */
export type RateLimit = { limit: number; windowMs: number }
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

const collection = 'rate-limit-hits' as const
/** Hits older than this are removed now and then (the longest window in use is well below it). */
const KEEP_MS = 24 * 3_600_000

/** Whether `bucket` is under its limit now; records the hit when it is (`record: false` only checks). */
export async function hitLimit(payload: Payload, bucket: string, { limit, windowMs }: RateLimit, options: { record?: boolean; value?: string } = {}): Promise<RateDecision> {
  const now = Date.now()
  const since = new Date(now - windowMs).toISOString()
  const where: Where = { and: [{ bucket: { equals: bucket } }, { at: { greater_than: since } }] }
  const { totalDocs } = await payload.count({ collection, where, overrideAccess: true })
  if (totalDocs >= limit) {
    const { docs } = await payload.find({ collection, where, sort: 'at', limit: 1, depth: 0, overrideAccess: true })
    const oldest = docs[0] ? Date.parse(docs[0].at) : now
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + windowMs - now) / 1000)) }
  }
  if (options.record !== false) await recordHit(payload, bucket, options.value)
  if (Math.random() < 0.02) await forgetOldHits(payload)
  return { allowed: true }
}

export async function recordHit(payload: Payload, bucket: string, value?: string) {
  await payload.create({ collection, data: { bucket, at: new Date().toISOString(), value }, overrideAccess: true, depth: 0 })
}

/** The value of the latest hit of `bucket` within `windowMs` (e.g. the kenmerk of a question just sent). */
export async function latestValue(payload: Payload, bucket: string, windowMs: number): Promise<string | undefined> {
  const since = new Date(Date.now() - windowMs).toISOString()
  const { docs } = await payload.find({
    collection,
    where: { and: [{ bucket: { equals: bucket } }, { at: { greater_than: since } }] },
    sort: '-at',
    limit: 1,
    depth: 0,
    overrideAccess: true,
  })
  return docs[0]?.value ?? undefined
}

/** Forgets a bucket (a login that succeeded clears that account's failures from that address). */
export async function clearBucket(payload: Payload, bucket: string) {
  await payload.delete({ collection, where: { bucket: { equals: bucket } }, overrideAccess: true })
}

async function forgetOldHits(payload: Payload) {
  await payload.delete({ collection, where: { at: { less_than: new Date(Date.now() - KEEP_MS).toISOString() } }, overrideAccess: true })
}
