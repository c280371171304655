import { describe, expect, it } from 'vitest'
import { formatAsOf } from './asOf'

describe('formatAsOf', () => {
  it('writes a month in Dutch words', () => expect(formatAsOf('2019-09')).toBe('september 2019'))
  it('keeps a bare year', () => expect(formatAsOf('2020')).toBe('2020'))
})
