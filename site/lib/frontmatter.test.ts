import { describe, expect, it } from 'vitest'
import { QuestionSchema } from '../../model/question'
import { datesAsStrings } from './frontmatter'

describe('datesAsStrings', () => {
  it('turns a YAML 1.1 date back into the date it was written as', () => {
    expect(datesAsStrings({ askedAt: new Date('2026-03-01T00:00:00Z') })).toEqual({ askedAt: '2026-03-01' })
  })
  it('keeps the time of a timestamp, in UTC', () => {
    expect(datesAsStrings([new Date('2026-03-01T10:00:00+01:00')])).toEqual(['2026-03-01T09:00:00.000Z'])
  })
  it('walks nested objects and leaves other values alone', () => {
    expect(datesAsStrings({ a: { b: [1, 'x', null] } })).toEqual({ a: { b: [1, 'x', null] } })
  })
  it('makes unquoted dates acceptable to the question schema', () => {
    const data = { title: 'Vraag?', askedAt: new Date('2026-03-01'), publishedAt: new Date('2026-03-02T08:00:00Z') }
    expect(QuestionSchema.safeParse(datesAsStrings(data)).success).toBe(true)
  })
})
