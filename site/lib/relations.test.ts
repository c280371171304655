import { describe, expect, it } from 'vitest'
import { buildRelations, slugsAt, type Corpus } from './relations'

const corpus: Corpus = {
  'guide-chapters': [{ id: 'begin', data: { tools: ['vraagbaak'], proeftuinen: [], mvpParts: [] } }],
  tools: [
    { id: 'fitknip', data: { proeftuinen: ['westerpark'], mvpParts: [] } },
    { id: 'vraagbaak', data: { proeftuinen: ['westerpark', 'verdwenen'], mvpParts: ['ecommunity'] } },
  ],
  'mvp-parts': [{ id: 'ecommunity', data: {} }],
  proeftuinen: [
    { id: 'roermond', data: { scorecard: [] } },
    { id: 'westerpark', data: { scorecard: [{ part: 'ecommunity', status: 'present' }] } },
  ],
  'peer-reviews': [{ id: 'review', data: { about: 'westerpark', by: 'roermond', verdicts: [{ part: 'ecommunity', verdict: 'doubt' }] } }],
  lessons: [{ id: 'les', data: { proeftuin: 'westerpark', tools: ['vraagbaak'], mvpParts: [] } }],
  programmes: [{ id: 'kick-off', data: { phases: [{ tools: ['vraagbaak'] }, { tools: ['fitknip', 'vraagbaak'] }] } }],
  questions: [],
}

describe('slugsAt', () => {
  it('reads a single slug, a list and a path through a list', () => {
    expect(slugsAt({ proeftuin: 'a' }, 'proeftuin')).toEqual(['a'])
    expect(slugsAt({ tools: ['a', 'b'] }, 'tools')).toEqual(['a', 'b'])
    expect(slugsAt({ phases: [{ tools: ['a'] }, { tools: ['b', 'c'] }] }, 'phases[].tools')).toEqual(['a', 'b', 'c'])
    expect(slugsAt({}, 'scorecard[].part')).toEqual([])
  })
})

describe('buildRelations', () => {
  const r = buildRelations(corpus)
  it('lists a case’s tools, lessons and chapters, though only they name the case', () => {
    expect(r.related('proeftuinen', 'westerpark')).toEqual([
      { collection: 'tools', ids: ['fitknip', 'vraagbaak'] },
      { collection: 'mvp-parts', ids: ['ecommunity'] },
      { collection: 'peer-reviews', ids: ['review'] },
      { collection: 'lessons', ids: ['les'] },
    ])
  })
  it('connects a peer review with the proeftuin it reviews, the one that wrote it and the parts it judges', () => {
    expect(r.related('peer-reviews', 'review')).toEqual([
      { collection: 'mvp-parts', ids: ['ecommunity'] },
      { collection: 'proeftuinen', ids: ['roermond', 'westerpark'] },
    ])
    expect(r.relatedIds('proeftuinen', 'roermond', 'peer-reviews')).toEqual(['review'])
    expect(r.relatedIds('mvp-parts', 'ecommunity', 'peer-reviews')).toEqual(['review'])
  })
  it('lists a tool’s chapters, cases, lessons and programmes', () => {
    const groups = Object.fromEntries(r.related('tools', 'vraagbaak').map((g) => [g.collection, g.ids]))
    expect(groups).toEqual({
      'guide-chapters': ['begin'],
      'mvp-parts': ['ecommunity'],
      proeftuinen: ['westerpark'],
      lessons: ['les'],
      programmes: ['kick-off'],
    })
  })
  it('gives the ids of one collection, and none for a collection it is not connected to', () => {
    expect(r.relatedIds('proeftuinen', 'westerpark', 'tools')).toEqual(['fitknip', 'vraagbaak'])
    expect(r.relatedIds('proeftuinen', 'westerpark', 'programmes')).toEqual([])
  })
  it('leaves out references to documents that do not exist', () => {
    expect(r.outgoing('tools', 'vraagbaak')).not.toContainEqual({ collection: 'proeftuinen', id: 'verdwenen' })
  })
  it('names a programme’s tool once though two phases use it', () => {
    expect(r.outgoing('programmes', 'kick-off')).toEqual([
      { collection: 'tools', id: 'vraagbaak' },
      { collection: 'tools', id: 'fitknip' },
    ])
  })
  it('every edge shows from both ends', () => {
    for (const { from, to } of r.edges) {
      expect(r.relatedIds(to.collection, to.id, from.collection)).toContain(from.id)
      expect(r.relatedIds(from.collection, from.id, to.collection)).toContain(to.id)
    }
  })
})
