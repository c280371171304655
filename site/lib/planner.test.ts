import { describe, expect, it } from 'vitest'
import { agenda, dayAfter, formatSpan, isoDate, lastDay, parseIsoDate, parseTime, programmeLength, relativeSpan } from './planner'

const hundredDays = [
  { name: 'Masterclass', offset: 0, duration: 1 },
  { name: 'Hackathons', offset: 14, duration: 30 },
  { name: 'Stadscollege', offset: 99, duration: 1 },
]

describe('parseIsoDate', () => {
  it('reads a calendar date', () => {
    expect(parseIsoDate('2026-01-05')?.toISOString()).toBe('2026-01-05T00:00:00.000Z')
  })
  it('refuses dates that do not exist and other text', () => {
    expect(parseIsoDate('2026-02-30')).toBeUndefined()
    expect(parseIsoDate('5-1-2026')).toBeUndefined()
    expect(parseIsoDate(null)).toBeUndefined()
  })
})

describe('parseTime', () => {
  it('reads hours and minutes', () => {
    expect(parseTime('09:30')).toBe(570)
    expect(parseTime('24:00')).toBeUndefined()
  })
})

describe('agenda in days', () => {
  const items = agenda('days', hundredDays, parseIsoDate('2026-01-05')!)
  it('starts offset 0 on the start date', () => {
    expect(isoDate(items[0].start)).toBe('2026-01-05')
    expect(isoDate(lastDay(items[0]))).toBe('2026-01-05')
  })
  it('counts calendar days, across month ends', () => {
    expect(isoDate(items[1].start)).toBe('2026-01-19')
    expect(isoDate(lastDay(items[1]))).toBe('2026-02-17')
  })
  it('puts day 100 on the 100th day, ignoring daylight saving time', () => {
    expect(isoDate(items[2].start)).toBe('2026-04-14')
    const spring = agenda('days', hundredDays, parseIsoDate('2026-03-01')!)
    expect(isoDate(spring[2].start)).toBe('2026-06-08')
  })
  it('writes the dates in Dutch', () => {
    expect(formatSpan(items[0])).toBe('ma 5 januari 2026')
    expect(formatSpan(items[1])).toBe('ma 19 januari 2026 t/m di 17 februari 2026')
  })
})

describe('agenda in hours', () => {
  const kickOff = [
    { name: 'Ophalen', offset: 0, duration: 4 },
    { name: 'Delen', offset: 20, duration: 4 },
  ]
  it('starts at the start time and runs on past midnight', () => {
    const items = agenda('hours', kickOff, parseIsoDate('2026-06-12')!, parseTime('10:00'))
    expect(items[0].start.toISOString()).toBe('2026-06-12T10:00:00.000Z')
    expect(items[1].start.toISOString()).toBe('2026-06-13T06:00:00.000Z')
    expect(items[1].end.toISOString()).toBe('2026-06-13T10:00:00.000Z')
    expect(formatSpan(items[0])).toBe('vr 12 juni 2026 10:00 – 14:00')
  })
  it('starts at 09:00 unless told otherwise', () => {
    expect(agenda('hours', kickOff, parseIsoDate('2026-06-12')!)[0].start.toISOString()).toBe('2026-06-12T09:00:00.000Z')
  })
})

describe('template spans', () => {
  it('numbers days from 1 and hours from 0', () => {
    expect(relativeSpan('days', hundredDays[1])).toBe('Dag 15 – 44')
    expect(relativeSpan('days', hundredDays[0])).toBe('Dag 1')
    expect(relativeSpan('hours', { name: 'x', offset: 4, duration: 6 })).toBe('Uur 4 – 10')
  })
  it('measures a programme by where its last phase ends', () => {
    expect(programmeLength(hundredDays)).toBe(100)
  })
})

describe('agenda options (issue 17)', () => {
  const kickOff = [
    { name: 'Opening', offset: 0, duration: 2 },
    { name: 'Werken', offset: 2, duration: 18 },
    { name: 'Tools delen', offset: 20, duration: 4 },
  ]
  it('presses a programme of 24 hours into one day of the given length', () => {
    const items = agenda('hours', kickOff, parseIsoDate('2026-01-05')!, { startMinutes: 9 * 60, dayHours: 8 })
    expect(items.map((i) => isoDate(i.start))).toEqual(['2026-01-05', '2026-01-05', '2026-01-05'])
    expect(items[0].start.toISOString()).toBe('2026-01-05T09:00:00.000Z')
    expect(items[2].end.toISOString()).toBe('2026-01-05T17:00:00.000Z')
  })
  it('keeps the hours of a programme that fits in the day', () => {
    const items = agenda('hours', [{ name: 'Kort', offset: 1, duration: 2 }], parseIsoDate('2026-01-05')!, { dayHours: 8 })
    expect(items[0].start.toISOString()).toBe('2026-01-05T10:00:00.000Z')
  })
  it('puts phases on working days when asked', () => {
    // 2026-01-10 is a Saturday: the plan starts on Monday the 12th; 5 working days later is Monday the 19th.
    const items = agenda('days', [{ name: 'A', offset: 0, duration: 1 }, { name: 'B', offset: 5, duration: 3 }], parseIsoDate('2026-01-10')!, { workingDays: true })
    expect(isoDate(items[0].start)).toBe('2026-01-12')
    expect(isoDate(items[1].start)).toBe('2026-01-19')
    expect(isoDate(lastDay(items[1]))).toBe('2026-01-21')
    for (const i of items) expect([0, 6]).not.toContain(i.start.getUTCDay())
  })
  it('starts a following programme on the next (working) day', () => {
    const friday = agenda('hours', kickOff, parseIsoDate('2026-01-09')!, { dayHours: 8 })
    expect(isoDate(dayAfter(friday))).toBe('2026-01-10')
    expect(isoDate(dayAfter(friday, true))).toBe('2026-01-12')
  })
})
