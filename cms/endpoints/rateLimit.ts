/**
 * A fixed-window limit per key (the client's address), in memory: enough for one CMS process.
 * Behind several CMS processes each keeps its own count, so the effective limit multiplies.
 */
export type RateLimit = { limit: number; windowMs: number }
export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number }

export function createRateLimiter({ limit, windowMs }: RateLimit, now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>()
  return {
    hit(key: string): RateDecision {
      const t = now()
      // Forget expired windows now and then, so a flood of addresses cannot grow the map forever.
      if (windows.size > 10_000) for (const [k, w] of windows) if (t - w.start >= windowMs) windows.delete(k)
      let w = windows.get(key)
      if (!w || t - w.start >= windowMs) windows.set(key, (w = { start: t, count: 0 }))
      w.count++
      if (w.count <= limit) return { allowed: true }
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + windowMs - t) / 1000)) }
    },
    reset: () => windows.clear(),
  }
}
