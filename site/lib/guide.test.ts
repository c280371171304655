import { describe, expect, it } from 'vitest'
import { chapterNav, neighbours, readingOrder } from './guide'

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

describe('chapterNav', () => {
  const ids = (items: ReturnType<typeof chapterNav>): unknown[] => items.map((i) => ('hidden' in i ? `…${i.hidden}` : i.children.length ? [i.entry.chapter.id, ids(i.children)] : i.entry.chapter.id))
  // 40 top-level chapters; chapter 20 has three sub-chapters, and its second one has one more.
  const chapters = [
    ...Array.from({ length: 40 }, (_, i) => ch(`h${i + 1}`, i + 1)),
    ch('h20.1', 1, 'h20'), ch('h20.2', 2, 'h20'), ch('h20.3', 3, 'h20'), ch('h20.2.1', 1, 'h20.2'),
    ch('h5.1', 1, 'h5'),
  ]
  const ordered = readingOrder(chapters)

  it('opens only the branch of the current chapter', () => {
    const nav = chapterNav(ordered, 'h20.2', { max: 50 })
    expect(ids(nav)).toContain('h5')
    expect(JSON.stringify(ids(nav))).not.toContain('h5.1')
    expect(ids(nav)[19]).toEqual(['h20', ['h20.1', ['h20.2', ['h20.2.1']], 'h20.3']])
  })
  it('shows at most a window of a long level, with the first and the last, and counts what it leaves out', () => {
    const nav = ids(chapterNav(ordered, 'h20', { max: 25, around: 3 }))
    expect(nav).toEqual(['h1', '…15', 'h17', 'h18', 'h19', ['h20', ['h20.1', 'h20.2', 'h20.3']], 'h21', 'h22', 'h23', '…16', 'h40'])
  })
  it('is the whole guide, all open, without a current chapter', () => {
    const nav = chapterNav(ordered)
    expect(nav).toHaveLength(40)
    expect(JSON.stringify(ids(nav))).toContain('h20.2.1')
  })
})
