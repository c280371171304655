import { describe, expect, it } from 'vitest'
import { neighbours, readingOrder } from './guide'

const ch = (id: string, order: number, parent?: string) => ({ id, data: { title: id, order, parent } })

describe('readingOrder', () => {
  const chapters = [ch('mvp', 2), ch('kosten', 2, 'mvp'), ch('begin', 1), ch('onderdelen', 1, 'mvp'), ch('verder', 3)]
  const ordered = readingOrder(chapters)
  it('puts sub-chapters right after their parent, each level by order', () => {
    expect(ordered.map((o) => o.chapter.id)).toEqual(['begin', 'mvp', 'onderdelen', 'kosten', 'verder'])
  })
  it('numbers chapters by their place', () => {
    expect(ordered.map((o) => o.number)).toEqual(['1', '2', '2.1', '2.2', '3'])
    expect(ordered.map((o) => o.depth)).toEqual([0, 0, 1, 1, 0])
  })
  it('knows each chapter’s parent and children', () => {
    const mvp = ordered.find((o) => o.chapter.id === 'mvp')!
    expect(mvp.children.map((c) => c.id)).toEqual(['onderdelen', 'kosten'])
    expect(ordered.find((o) => o.chapter.id === 'kosten')!.parent?.id).toBe('mvp')
  })
  it('reads a chapter with a missing parent as top-level, and survives a cycle', () => {
    const odd = readingOrder([ch('a', 1, 'weg'), ch('b', 2, 'c'), ch('c', 3, 'b')])
    expect(odd.map((o) => o.chapter.id)).toEqual(['a', 'b', 'c'])
    expect(new Set(odd.map((o) => o.number)).size).toBe(3)
  })
})

describe('neighbours', () => {
  it('gives previous and next in reading order', () => {
    const ordered = readingOrder([ch('a', 1), ch('b', 1, 'a'), ch('c', 2)])
    expect(neighbours(ordered, 'b').previous?.chapter.id).toBe('a')
    expect(neighbours(ordered, 'b').next?.chapter.id).toBe('c')
    expect(neighbours(ordered, 'a').previous).toBeUndefined()
    expect(neighbours(ordered, 'c').next).toBeUndefined()
  })
})
