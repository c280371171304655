import { describe, expect, it } from 'vitest'
import { DAY_MS, formatDuration, median, questionStats, timeLeft } from './questionStats'

const now = Date.parse('2026-06-01T12:00:00Z')
const ago = (ms: number) => new Date(now - ms).toISOString()
const H = 3_600_000

describe('questionStats', () => {
  const questions = [
    { id: 1, title: 'a', status: 'answered', _status: 'published', askedAt: ago(5 * DAY_MS), answeredAt: ago(5 * DAY_MS - 2 * H) },
    { id: 2, title: 'b', status: 'answered', askedAt: ago(3 * DAY_MS), answeredAt: ago(3 * DAY_MS - 30 * H) },
    { id: 3, title: 'c', status: 'new', askedAt: ago(2 * DAY_MS) },
    { id: 4, title: 'd', status: 'accepted', askedAt: ago(30 * H) },
    { id: 5, title: 'e', status: 'new', askedAt: ago(2 * H) },
    { id: 6, title: 'f', status: 'rejected', askedAt: ago(4 * DAY_MS) },
    { id: 7, title: 'g', status: 'answered', _status: 'published', askedAt: ago(40 * DAY_MS), answeredAt: ago(40 * DAY_MS - H) },
  ]
  const stats = questionStats(questions, now)

  it('counts the questions per status', () =>
    expect(stats.perStatus).toEqual({ new: 2, accepted: 1, answered: 1, published: 2, rejected: 1 }))

  it('takes the median time from asked to answered', () => expect(stats.medianAnswerMs).toBe(2 * H))

  it('measures the one-day promise over the last 30 days, without rejected or still-young questions', () => {
    // Counted: 1 (in time), 2 (late), 3 and 4 (open past the day). Not: 5 (young), 6 (rejected), 7 (old).
    expect(stats.withinDayCounted).toBe(4)
    expect(stats.withinDayShare).toBe(0.25)
  })

  it('lists the open questions past their day, the longest waiting first', () =>
    expect(stats.overdue.map((q) => q.id)).toEqual([3, 4]))
})

describe('median and formatDuration', () => {
  it('gives no median of nothing and the middle of an even list', () => {
    expect(median([])).toBeUndefined()
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })
  it('says an age in Dutch', () => {
    expect(formatDuration(90_000)).toBe('1 minuut')
    expect(formatDuration(5 * H)).toBe('5 uur')
    expect(formatDuration(DAY_MS + 4 * H)).toBe('1 dag en 4 uur')
    expect(formatDuration(3 * DAY_MS)).toBe('3 dagen')
  })
})

describe('timeLeft', () => {
  const now = Date.parse('2026-12-01T12:00:00Z')
  const q = (askedAt?: string) => ({ id: 1, title: 'Vraag', status: 'new', askedAt })
  it('counts down to a day after asking', () => expect(timeLeft(q('2026-12-01T09:00:00Z'), now)).toBe('nog 21 uur'))
  it('counts how late a question is past its day', () => expect(timeLeft(q('2026-11-30T09:00:00Z'), now)).toBe('3 uur te laat'))
  it('gives an undated question no deadline', () => expect(timeLeft(q(), now)).toBe('geen termijn'))
})
