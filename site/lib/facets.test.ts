import { describe, expect, it } from 'vitest'
import { facetPages, filterGroups, type Facet } from './facets'

interface Item {
  id: string
  kind: string
  parts: string[]
}
const items: Item[] = [
  { id: 'a', kind: 'machine', parts: ['x', 'y'] },
  { id: 'b', kind: 'machine', parts: [] },
  { id: 'c', kind: 'method', parts: ['y'] },
]
const facets: Facet<Item>[] = [
  {
    key: 'soort',
    title: 'Soort',
    values: [
      { value: 'machine', label: 'Machine' },
      { value: 'method', label: 'Methode' },
      { value: 'platform', label: 'Platform' },
    ],
    of: (i) => [i.kind],
  },
  { key: 'mvp', title: 'MVP-onderdeel', values: [{ value: 'x', label: 'X' }, { value: 'y', label: 'Y' }], of: (i) => i.parts },
]

describe('facetPages', () => {
  it('makes a page per value that has items, with those items', () => {
    const pages = facetPages(items, facets)
    expect(pages.map((p) => `${p.facet.key}/${p.value.value}:${p.items.map((i) => i.id).join('')}`)).toEqual([
      'soort/machine:ab',
      'soort/method:c',
      'mvp/x:a',
      'mvp/y:ac',
    ])
  })
})

describe('filterGroups', () => {
  it('links the values that have items, counts them and marks the current one', () => {
    const groups = filterGroups(items, facets, '/toolbox/', { facet: 'mvp', value: 'y' })
    expect(groups[0].links.map((l) => [l.href, l.count, l.current])).toEqual([
      ['/toolbox/soort/machine/', 2, false],
      ['/toolbox/soort/method/', 1, false],
    ])
    expect(groups[1].links.find((l) => l.current)?.href).toBe('/toolbox/mvp/y/')
  })
})
