import { describe, expect, it } from 'vitest'
import { clientAddress, isAllowedOrigin } from './origin'
import { createRateLimiter } from './rateLimit'

describe('createRateLimiter', () => {
  it('allows the limit per window, then refuses with the seconds until the window ends', () => {
    let t = 0
    const limiter = createRateLimiter({ limit: 2, windowMs: 60_000 }, () => t)
    expect(limiter.hit('a').allowed).toBe(true)
    expect(limiter.hit('a').allowed).toBe(true)
    t = 15_000
    expect(limiter.hit('a')).toEqual({ allowed: false, retryAfterSeconds: 45 })
    expect(limiter.hit('b').allowed).toBe(true)
    t = 60_000
    expect(limiter.hit('a').allowed).toBe(true)
  })
})

describe('origin and address', () => {
  const env = { SITE_URL: 'https://samenbeter.example/' } as unknown as NodeJS.ProcessEnv
  it('allows the site origin only', () => {
    expect(isAllowedOrigin('https://samenbeter.example', env)).toBe(true)
    expect(isAllowedOrigin('http://samenbeter.example', env)).toBe(false)
    expect(isAllowedOrigin('https://samenbeter.example.evil.test', env)).toBe(false)
    expect(isAllowedOrigin(null, env)).toBe(false)
    expect(isAllowedOrigin('http://localhost:4321', {} as NodeJS.ProcessEnv)).toBe(true)
  })
  it('takes the address the nearest proxy added', () => {
    expect(clientAddress(new Headers({ 'x-forwarded-for': '6.6.6.6, 10.0.0.7' }))).toBe('10.0.0.7')
    expect(clientAddress(new Headers())).toBe('unknown')
  })
})
