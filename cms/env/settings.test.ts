import { describe, expect, it } from 'vitest'
import { parseSettings } from './settings'

const env = (e: Record<string, string>) => e as unknown as NodeJS.ProcessEnv

describe('settings', () => {
  it('has its defaults in one place', () => {
    const s = parseSettings(env({}))
    expect(s).toMatchObject({ ASK_MIN_SECONDS: 3, ASK_MAX_AGE_HOURS: 24, ASK_RATE_LIMIT: 10, ASK_RATE_WINDOW_SECONDS: 900, ASK_MAX_BYTES: 16384, SITE_URL: 'http://localhost:4321', TRUST_PROXY: false })
  })
  it('names the variable and the value in one line', () => {
    expect(() => parseSettings(env({ ASK_RATE_LIMIT: 'abc' }))).toThrow(/^ASK_RATE_LIMIT="abc" is not a number/)
    expect(() => parseSettings(env({ ASK_MIN_SECONDS: '-1' }))).toThrow(/^ASK_MIN_SECONDS="-1" must be at least 0/)
    expect(() => parseSettings(env({ ASK_RATE_LIMIT: '2.5' }))).toThrow(/whole number/)
    expect(() => parseSettings(env({ SITE_URL: 'javascript:alert(1)' }))).toThrow(/^SITE_URL=.* is not an http\(s\) URL/)
    expect(() => parseSettings(env({ TRUST_PROXY: 'yes' }))).toThrow(/^TRUST_PROXY="yes" must be 1 or 0/)
  })
  it('has the VraagBaak promise and the jobs with defaults, and refuses what would break them', () => {
    expect(parseSettings(env({}))).toMatchObject({ ANSWER_WITHIN_HOURS: 24, NEW_QUESTION_MAIL: 'immediate', DAILY_HOUR: 7, JOBS_AUTORUN: true })
    expect(parseSettings(env({ ANSWER_WITHIN_HOURS: '0.5', JOBS_AUTORUN: '0' }))).toMatchObject({ ANSWER_WITHIN_HOURS: 0.5, JOBS_AUTORUN: false })
    expect(() => parseSettings(env({ ANSWER_WITHIN_HOURS: '0' }))).toThrow(/^ANSWER_WITHIN_HOURS="0" must be more than 0/)
    expect(() => parseSettings(env({ NEW_QUESTION_MAIL: 'weekly' }))).toThrow(/^NEW_QUESTION_MAIL="weekly" must be immediate, daily or off/)
    expect(() => parseSettings(env({ DAILY_HOUR: '24' }))).toThrow(/^DAILY_HOUR="24" must be an hour/)
  })
  it('takes numbers as numbers and blank as the default', () => {
    expect(parseSettings(env({ ASK_RATE_LIMIT: '60', ASK_MIN_SECONDS: '' }))).toMatchObject({ ASK_RATE_LIMIT: 60, ASK_MIN_SECONDS: 3 })
  })
})
