import { describe, expect, it } from 'vitest'
import { AsOfSchema } from '../../model/common'
import { docs } from './corpus'

// The sources end in 2020: a reader must be able to tell how old a fact is.
describe('dates of the corpus', () => {
  it('every document carries the month or year its facts describe', () => {
    const without = docs.filter((d) => typeof d.data.asOf !== 'string' || !AsOfSchema.safeParse(d.data.asOf).success).map((d) => d.file)
    expect(without).toEqual([])
  })

  it('no document claims a date after the sources end (2020)', () => {
    expect(docs.filter((d) => Number(String(d.data.asOf).slice(0, 4)) > 2020).map((d) => d.file)).toEqual([])
  })

  it('refuses a date that is not a year or a year and month, naming the form it wants', () => {
    const result = AsOfSchema.safeParse('september 2019')
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]?.message).toBe('moet een jaar of een jaar en maand zijn, zoals 2019-09')
    expect(AsOfSchema.safeParse('2019-13').success).toBe(false)
  })
})
