import { describe, expect, it } from 'vitest'
import { matrixPages, mvpShare, percent, scorecardCells } from './mvp'

describe('scorecardCells', () => {
  it('puts the statuses in the order of the parts and marks missing rows unknown', () => {
    const rows = [
      { part: 'b', status: 'absent' as const },
      { part: 'a', status: 'present' as const },
    ]
    expect(scorecardCells(rows, ['a', 'b', 'c'])).toEqual(['present', 'absent', 'unknown'])
  })
})

describe('mvpShare', () => {
  it('counts only present parts towards the share', () => {
    const s = mvpShare(['present', 'in-progress', 'absent', 'unknown'])
    expect(s).toMatchObject({ total: 4, present: 1, inProgress: 1, absent: 1, unknown: 1, share: 0.25, meetsBar: false })
  })
  it('exactly three quarters does not meet the bar of more than three quarters', () => {
    expect(mvpShare(['present', 'present', 'present', 'absent']).meetsBar).toBe(false)
  })
  it('more than three quarters meets the bar', () => {
    expect(mvpShare(['present', 'present', 'present', 'present', 'in-progress']).meetsBar).toBe(true)
  })
  it('an empty MVP has share 0', () => {
    expect(mvpShare([])).toMatchObject({ total: 0, share: 0, meetsBar: false })
  })
})

describe('percent', () => {
  it('rounds down so a share just under the bar never reads as the bar', () => {
    expect(percent(0.7499)).toBe('74%')
    expect(percent(0.75)).toBe('75%')
    expect(percent(7 / 9)).toBe('77%')
    expect(percent(1)).toBe('100%')
  })
})

describe('matrixPages', () => {
  it('keeps today\'s five proeftuinen on one page and pages hundreds by twelve', () => {
    expect(matrixPages(5)).toEqual({ size: 12, count: 1 })
    expect(matrixPages(0).count).toBe(1)
    expect(matrixPages(500)).toEqual({ size: 12, count: 42 })
  })
})
