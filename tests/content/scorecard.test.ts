import { describe, expect, it } from 'vitest'
import { docs } from './corpus'

// The schema says: leave the status out when the sources do not say. A row whose own evidence
// says the sources do not settle it must not carry a status anyway (audit of 2026-12-01).
const unsettled = /niet vastgesteld in de bronnen|bronnen noemen geen stand|noemen de bronnen geen stand/i

describe('MVP scorecards', () => {
  const proeftuinen = docs.filter((d) => d.file.startsWith('proeftuinen/'))

  it('has the proeftuinen to check', () => expect(proeftuinen.length).toBeGreaterThanOrEqual(5))

  it('a row whose evidence says the sources do not settle it has no status', () => {
    const wrong = proeftuinen.flatMap((d) =>
      ((d.data.scorecard ?? []) as { part: string; status?: string; evidence?: string }[])
        .filter((row) => row.status && row.evidence && unsettled.test(row.evidence))
        .map((row) => `${d.file}: ${row.part} is "${row.status}" but the evidence says: ${row.evidence}`),
    )
    expect(wrong).toEqual([])
  })
})
