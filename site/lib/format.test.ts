import { describe, expect, it } from 'vitest'
import { countOf, formatDay, formatEuroRange, isoTimestamp, joinItems, plainText, summaryLine } from './format'

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ')

describe('formatEuroRange', () => {
  it('writes a range, an open range and a single amount', () => {
    expect(nbsp(formatEuroRange({ min: 5000, max: 15000 })!)).toBe('€ 5.000 – € 15.000')
    expect(nbsp(formatEuroRange({ min: 5000 })!)).toBe('vanaf € 5.000')
    expect(nbsp(formatEuroRange({ max: 200 })!)).toBe('tot € 200')
    expect(nbsp(formatEuroRange({ min: 0, max: 0 })!)).toBe('€ 0')
  })
  it('is undefined when nothing is known', () => {
    expect(formatEuroRange(undefined)).toBeUndefined()
    expect(formatEuroRange({})).toBeUndefined()
  })
})

describe('formatDay', () => {
  it('writes a date in Dutch', () => {
    expect(formatDay('2026-03-03')).toBe('3 maart 2026')
    expect(formatDay('2026-03-03T23:30:00Z')).toBe('4 maart 2026')
  })
})

describe('isoTimestamp', () => {
  it('makes a date a timestamp', () => {
    expect(isoTimestamp('2026-03-03')).toBe('2026-03-03T00:00:00Z')
    expect(isoTimestamp('2026-03-03T10:00:00+01:00')).toBe('2026-03-03T09:00:00.000Z')
  })
})

describe('plainText', () => {
  it('strips Markdown and shortens at a word', () => {
    expect(plainText('## Kop\n\nZie de [VraagBaak](/toolbox/vraagbaak/) en *meer*.')).toBe('Kop Zie de VraagBaak en meer.')
    expect(plainText('een twee drie vier', 10)).toBe('een twee…')
  })
})

describe('joinItems', () => {
  it('lets sentences follow each other, and separates phrases with a semicolon', () => {
    expect(joinItems(['In netwerkcellen werken aan het MVP.', 'Aanbod maken.'])).toBe('In netwerkcellen werken aan het MVP. Aanbod maken.')
    expect(joinItems(['Een beeld van de wijk', 'Een impact pathway'])).toBe('Een beeld van de wijk; Een impact pathway')
    expect(joinItems(['Een hackathon.', 'Nieuwe netwerken'])).toBe('Een hackathon; Nieuwe netwerken')
    expect(joinItems(['Eén ding.'])).toBe('Eén ding.')
  })
})

describe('countOf', () => {
  it('uses the singular for one and the plural otherwise', () => {
    expect(countOf(1, 'onderdeel', 'onderdelen')).toBe('1 onderdeel')
    expect(countOf(0, 'resultaat', 'resultaten')).toBe('0 resultaten')
    expect(countOf(3, 'les', 'lessen')).toBe('3 lessen')
  })
})

describe('summaryLine', () => {
  it('is the first sentence of a text, as plain text', () => {
    expect(summaryLine('In **Westerpark** gaat hier veel energie in. Zeker nu.')).toBe('In Westerpark gaat hier veel energie in.')
  })
  it('shortens a long sentence at a word', () => {
    const line = summaryLine(`${'woord '.repeat(60)}eind.`, 40)
    expect(line.length).toBeLessThanOrEqual(40)
    expect(line).toMatch(/woord…$/)
  })
  it('is empty for no text', () => expect(summaryLine(undefined)).toBe(''))
})
