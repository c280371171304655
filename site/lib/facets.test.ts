import { describe, expect, it } from 'vitest'
import { filterIndex, type Facet } from './facets'

interface Item {
  id: string
  kind: string
  parts: string[]
  place?: string
}
const items: Item[] = [
  { id: 'a', kind: 'pitfall', parts: ['x', 'y'], place: 'roermond' },
  { id: 'b', kind: 'pitfall', parts: [] },
  { id: 'c', kind: 'advice', parts: ['y'], place: 'roermond' },
]
const facets: Facet<Item>[] = [
  {
    key: 'soort',
    title: 'Soort',
    values: [
      { value: 'pitfall', segment: 'valkuil', label: 'Valkuil' },
      { value: 'advice', segment: 'advies', label: 'Advies' },
      { value: 'insight', segment: 'inzicht', label: 'Inzicht' },
    ],
    of: (i) => [i.kind],
  },
  { key: 'mvp', title: 'MVP-onderdeel', values: [{ value: 'x', segment: 'x', label: 'X' }, { value: 'y', segment: 'y', label: 'Y' }], of: (i) => i.parts },
  { key: 'proeftuin', title: 'Proeftuin', values: [{ value: 'roermond', segment: 'roermond', label: 'Roermond' }], of: (i) => (i.place ? [i.place] : []) },
]
const ids = (list: Item[]) => list.map((i) => i.id).join('')

describe('filterIndex', () => {
  const index = filterIndex(items, facets, '/lessen/')
  const pages = Object.fromEntries(index.pages.map((p) => [index.href(p.selection), ids(p.items)]))

  it('makes a page for every combination that has items, with Dutch segments in a fixed order, and none for the rest', () => {
    expect(pages).toEqual({
      '/lessen/': 'abc',
      '/lessen/soort/valkuil/': 'ab',
      '/lessen/soort/advies/': 'c',
      '/lessen/mvp/x/': 'a',
      '/lessen/mvp/y/': 'ac',
      '/lessen/proeftuin/roermond/': 'ac',
      '/lessen/soort/valkuil/mvp/x/': 'a',
      '/lessen/soort/valkuil/mvp/y/': 'a',
      '/lessen/soort/advies/mvp/y/': 'c',
      '/lessen/soort/valkuil/proeftuin/roermond/': 'a',
      '/lessen/soort/advies/proeftuin/roermond/': 'c',
      '/lessen/mvp/x/proeftuin/roermond/': 'a',
      '/lessen/mvp/y/proeftuin/roermond/': 'ac',
      '/lessen/soort/valkuil/mvp/x/proeftuin/roermond/': 'a',
      '/lessen/soort/valkuil/mvp/y/proeftuin/roermond/': 'a',
      '/lessen/soort/advies/mvp/y/proeftuin/roermond/': 'c',
    })
  })

  it('combines at most maxDepth facets', () => {
    const shallow = filterIndex(items, facets, '/lessen/', 2)
    expect(shallow.pages.every((p) => Object.keys(p.selection).length <= 2)).toBe(true)
    expect(shallow.groups({ soort: 'pitfall', mvp: 'x' }).map((g) => g.key)).toEqual(['soort', 'mvp'])
  })

  it('links, within a combination, every value that keeps items, with its count, and "Alle" to leave a facet out', () => {
    const groups = index.groups({ soort: 'pitfall', proeftuin: 'roermond' })
    const soort = groups.find((g) => g.key === 'soort')!
    expect(soort.all).toMatchObject({ href: '/lessen/proeftuin/roermond/', count: 2, current: false })
    expect(soort.links.map((l) => [l.href, l.count, l.current])).toEqual([
      ['/lessen/soort/valkuil/proeftuin/roermond/', 1, true],
      ['/lessen/soort/advies/proeftuin/roermond/', 1, false],
    ])
    const mvp = groups.find((g) => g.key === 'mvp')!
    expect(mvp.all).toMatchObject({ href: '/lessen/soort/valkuil/proeftuin/roermond/', current: true })
    expect(mvp.links.map((l) => [l.href, l.count])).toEqual([
      ['/lessen/soort/valkuil/mvp/x/proeftuin/roermond/', 1],
      ['/lessen/soort/valkuil/mvp/y/proeftuin/roermond/', 1],
    ])
  })

  it('every link of every filter bar leads to a page that exists', () => {
    for (const page of index.pages) {
      for (const g of index.groups(page.selection)) for (const l of [g.all, ...g.links]) expect(pages[l.href], `${index.href(page.selection)} → ${l.href}`).toBeDefined()
    }
  })

  it('has the unfiltered list even without items', () => {
    expect(filterIndex([], facets, '/lessen/').pages.map((p) => p.segments)).toEqual([[]])
  })
})
