import { describe, expect, it } from 'vitest'
import { answerDueAt, answerPromise, answerWithinHours, reminderAt } from './answerPromise'

describe('the answer promise', () => {
  it('is one day by default, in words the site and the mails share', () => {
    expect(answerWithinHours({} as NodeJS.ProcessEnv)).toBe(24)
    expect(answerPromise(24)).toBe('binnen een dag')
    expect(answerPromise(48)).toBe('binnen twee dagen')
    expect(answerPromise(8)).toBe('binnen 8 uur')
    expect(answerPromise(0.5)).toBe('binnen 30 minuten')
  })
  it('puts the deadline and the reminder on the clock from the moment of asking', () => {
    const asked = '2026-12-01T09:00:00.000Z'
    expect(answerDueAt(asked, 24).toISOString()).toBe('2026-12-02T09:00:00.000Z')
    expect(reminderAt(asked, 24).toISOString()).toBe('2026-12-02T03:00:00.000Z')
  })
})
