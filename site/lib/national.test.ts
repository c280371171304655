import { describe, expect, it } from 'vitest'
import { asOfDates, partCounts, recurringPatterns, unservedParts, type LessonRef, type ScoredProeftuin } from './national'

const parts = ['kwartiermaker', 'ecommunity', 'vraagbaak']

const proeftuinen: ScoredProeftuin[] = [
  { id: 'a', asOf: '2020', scorecard: [{ part: 'kwartiermaker', status: 'present' }, { part: 'ecommunity', status: 'present' }, { part: 'vraagbaak', status: 'in-progress' }] },
  { id: 'b', asOf: '2020', scorecard: [{ part: 'kwartiermaker', status: 'present' }, { part: 'ecommunity', status: 'absent' }] },
  // A row without a status, and a row for a part that is no longer in the MVP.
  { id: 'c', asOf: '2019-06', scorecard: [{ part: 'ecommunity' }, { part: 'vraagbaak', status: 'absent' }, { part: 'weg', status: 'present' }] },
  { id: 'd', scorecard: [] },
]

describe('partCounts', () => {
  it('counts per part how many proeftuinen have it present, in progress, absent or unknown', () => {
    expect(partCounts(parts, proeftuinen)).toEqual([
      { part: 'kwartiermaker', present: 2, inProgress: 0, absent: 0, unknown: 2, total: 4 },
      { part: 'ecommunity', present: 1, inProgress: 0, absent: 1, unknown: 2, total: 4 },
      { part: 'vraagbaak', present: 0, inProgress: 1, absent: 1, unknown: 2, total: 4 },
    ])
  })

  it('a row without a status counts as unknown, a row for a part outside the MVP not at all', () => {
    const [, ecommunity] = partCounts(parts, [proeftuinen[2]])
    expect(ecommunity).toMatchObject({ unknown: 1, present: 0, total: 1 })
    expect(partCounts(parts, [proeftuinen[2]]).reduce((n, c) => n + c.present, 0)).toBe(0)
  })

  it('with no proeftuinen every count is zero', () => {
    expect(partCounts(['x'], [])).toEqual([{ part: 'x', present: 0, inProgress: 0, absent: 0, unknown: 0, total: 0 }])
  })
})

describe('asOfDates', () => {
  it('groups the proeftuinen by the date of their scorecard, oldest first, undated last', () => {
    expect(asOfDates(proeftuinen)).toEqual([
      { asOf: '2019-06', proeftuinen: ['c'] },
      { asOf: '2020', proeftuinen: ['a', 'b'] },
      { asOf: undefined, proeftuinen: ['d'] },
    ])
  })
})

describe('recurringPatterns', () => {
  const lessons: LessonRef[] = [
    { id: 'l1', kind: 'pitfall', theme: 'participation', proeftuin: 'a', tools: ['ecommunity'] },
    { id: 'l2', kind: 'insight', theme: 'participation', proeftuin: 'b', tools: ['vraagbaak'] },
    { id: 'l3', kind: 'advice', theme: 'financing', proeftuin: 'a', tools: ['vraagbaak', 'vraagbaak'] },
    { id: 'l4', kind: 'pitfall', theme: 'participation', proeftuin: 'a', tools: [] },
    // General lessons say nothing about recurrence across proeftuinen.
    { id: 'l5', kind: 'pitfall', theme: 'financing', tools: ['vraagbaak'] },
    { id: 'l6', kind: 'opportunity', theme: 'financing', proeftuin: 'a', tools: [] },
  ]

  it('finds the themes and tools with lessons from at least two proeftuinen', () => {
    expect(recurringPatterns(lessons)).toEqual([
      { by: 'theme', key: 'participation', proeftuinen: ['a', 'b'], lessons: ['l1', 'l2', 'l4'] },
      { by: 'tool', key: 'vraagbaak', proeftuinen: ['a', 'b'], lessons: ['l2', 'l3'] },
    ])
  })

  it('a theme with many lessons from one proeftuin does not recur', () => {
    expect(recurringPatterns(lessons).find((p) => p.key === 'financing')).toBeUndefined()
  })

  it('narrows to some kinds of lesson', () => {
    expect(recurringPatterns(lessons, { kinds: ['pitfall'] })).toEqual([])
    expect(recurringPatterns(lessons, { kinds: ['pitfall', 'insight'] }).map((p) => `${p.by}:${p.key}`)).toEqual(['theme:participation'])
  })

  it('puts the pattern shared by most proeftuinen first', () => {
    const more = [...lessons, { id: 'l7', kind: 'insight', theme: 'financing', proeftuin: 'c', tools: ['ecommunity'] }, { id: 'l8', kind: 'insight', proeftuin: 'b', theme: 'financing', tools: [] }]
    expect(recurringPatterns(more)[0]).toMatchObject({ by: 'theme', key: 'financing', proeftuinen: ['a', 'b', 'c'] })
  })
})

describe('unservedParts', () => {
  it('names the parts no tool serves, in MVP order', () => {
    expect(unservedParts(parts, [{ mvpParts: ['ecommunity'] }, { mvpParts: [] }])).toEqual(['kwartiermaker', 'vraagbaak'])
    expect(unservedParts(parts, [])).toEqual(parts)
    expect(unservedParts(parts, [{ mvpParts: parts }])).toEqual([])
  })
})
