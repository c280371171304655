/** `npm run privacy:purge`: askers are forgotten after the retention period; questions and answers stay. */
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { cutoffDate, purgeAskers, retentionMonths } from '../../scripts/lib/privacyPurge'
import { tempPayload } from '../helpers/tempPayload'

let payload: Payload
let cleanup: () => Promise<void>
const monthsAgo = (n: number) => cutoffDate(n).toISOString()

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
})
afterAll(async () => cleanup?.())

describe('privacy purge', () => {
  it('removes the name and e-mail of old questions, also from their versions, and keeps the rest', async () => {
    const ask = (title: string, askedAt: string, published = false) =>
      payload.create({
        collection: 'questions',
        data: { title, askedAt, status: published ? 'answered' : 'new', _status: published ? 'published' : 'draft', askerName: `Naam ${title}`, askerEmail: `${title}@example.org` } as never,
      })
    const old = await ask('oud', monthsAgo(13), true)
    await payload.update({ collection: 'questions', id: old.id, data: { answeredBy: 'Expert' } })
    const recent = await ask('recent', monthsAgo(11))

    const result = await purgeAskers(payload, { months: 12 })
    expect(result.purged).toBe(1)

    const purged = await payload.findByID({ collection: 'questions', id: old.id })
    expect(purged).toMatchObject({ title: 'oud', _status: 'published', answeredBy: 'Expert' })
    expect(purged.askerName ?? null).toBeNull()
    expect(purged.askerEmail ?? null).toBeNull()
    const versions = await payload.findVersions({ collection: 'questions', where: { parent: { equals: old.id } }, limit: 0 })
    expect(JSON.stringify(versions.docs)).not.toContain('oud@example.org')
    expect(JSON.stringify(versions.docs)).not.toContain('Naam oud')

    expect((await payload.findByID({ collection: 'questions', id: recent.id })).askerEmail).toBe('recent@example.org')
    expect((await purgeAskers(payload, { months: 12 })).purged).toBe(0)
  })

  it('reads the retention period from the environment, 12 months by default', () => {
    const months = (env: Record<string, string>) => retentionMonths(env as NodeJS.ProcessEnv)
    expect(months({})).toBe(12)
    expect(months({ PRIVACY_RETENTION_MONTHS: '6' })).toBe(6)
    // A blank value (an empty line in an .env file) is unset, not zero months.
    expect(months({ PRIVACY_RETENTION_MONTHS: '' })).toBe(12)
    expect(months({ PRIVACY_RETENTION_MONTHS: '  ' })).toBe(12)
    expect(() => months({ PRIVACY_RETENTION_MONTHS: 'lang' })).toThrow(/PRIVACY_RETENTION_MONTHS/)
  })

  it('without SMTP, logs which mail was not sent, never to whom', async () => {
    expect(process.env.SMTP_HOST).toBeUndefined()
    const lines: string[] = []
    const logger = payload.logger as unknown as Record<string, (...args: unknown[]) => void>
    const originals = Object.fromEntries(['info', 'warn', 'error'].map((level) => [level, logger[level]]))
    for (const level of Object.keys(originals)) logger[level] = (...args: unknown[]) => void lines.push(JSON.stringify(args))
    try {
      await payload.sendEmail({ to: 'anna.vrager@example.org', subject: 'Je vraag is ontvangen', text: 'Beste Anna Vrager, …' })
    } finally {
      Object.assign(logger, originals)
    }
    expect(lines.join('\n')).toContain('Je vraag is ontvangen')
    expect(lines.join('\n')).not.toMatch(/anna/i)
  })
})
