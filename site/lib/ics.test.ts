import { describe, expect, it } from 'vitest'
import { escapeText, foldLine, toIcs } from './ics'
import { agenda, parseIsoDate } from './planner'

const options = { name: 'De 100-dagenlijn', uidPrefix: 'honderd-dagen', host: 'example.org', now: new Date('2026-01-01T12:00:00Z') }

describe('toIcs', () => {
  it('writes all-day events with an exclusive end date', () => {
    const items = agenda('days', [{ name: 'Hackathons', offset: 14, duration: 30 }], parseIsoDate('2026-01-05')!)
    const ics = toIcs(items, options)
    expect(ics).toContain('DTSTART;VALUE=DATE:20260119\r\n')
    expect(ics).toContain('DTEND;VALUE=DATE:20260218\r\n')
    expect(ics).toContain('SUMMARY:De 100-dagenlijn: Hackathons\r\n')
    expect(ics).toContain('DTSTAMP:20260101T120000Z\r\n')
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true)
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true)
  })
  it('writes timed events in floating local time', () => {
    const items = agenda('hours', [{ name: 'Ophalen', offset: 20, duration: 4 }], parseIsoDate('2026-06-12')!)
    const ics = toIcs(items, { ...options, name: 'Kick Off' })
    expect(ics).toContain('DTSTART:20260613T050000\r\n')
    expect(ics).toContain('DTEND:20260613T090000\r\n')
  })
  it('gives every event its own UID', () => {
    const items = agenda('days', [{ name: 'A', offset: 0, duration: 1 }, { name: 'B', offset: 0, duration: 1 }], parseIsoDate('2026-01-05')!)
    const uids = toIcs(items, options).match(/^UID:.*$/gm)!
    expect(new Set(uids).size).toBe(2)
  })
  it('escapes descriptions', () => {
    const items = agenda('days', [{ name: 'A', offset: 0, duration: 1 }], parseIsoDate('2026-01-05')!)
    expect(toIcs(items, { ...options, describe: () => 'Doel: x, y; z\nnieuw' })).toContain('DESCRIPTION:Doel: x\\, y\\; z\\nnieuw')
  })
})

describe('escapeText', () => {
  it('escapes backslashes first', () => {
    expect(escapeText('a\\b,c')).toBe('a\\\\b\\,c')
  })
})

describe('foldLine', () => {
  it('leaves short lines alone', () => {
    expect(foldLine('SUMMARY:kort')).toBe('SUMMARY:kort')
  })
  it('folds at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`
    const folded = foldLine(line)
    for (const piece of folded.split('\r\n')) expect(new TextEncoder().encode(piece).length).toBeLessThanOrEqual(75)
    expect(folded.split('\r\n').map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line)
  })
})
