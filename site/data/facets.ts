import { lessonKinds, maturities, themes, toolKinds } from '../../model/vocabulary'
import { routes } from '../../model/routes'
import { filterIndex, vocabularyValues, type Facet } from '../lib/facets'
import type { Corpus, Lesson, Tool } from './corpus'

// The Dutch words in the filter URLs (/lessen/soort/valkuil/): the stored values are English
// identifiers, the addresses people read and quote are Dutch. Typed per vocabulary, so a new value
// without its word does not build.
const lessonKindSegments: Record<keyof typeof lessonKinds, string> = { insight: 'inzicht', pitfall: 'valkuil', opportunity: 'kans', advice: 'advies' }
const themeSegments: Record<keyof typeof themes, string> = {
  mvp: 'mvp',
  participation: 'participatie',
  ict: 'ict',
  financing: 'financiering',
  ownership: 'eigenaarschap',
  organisation: 'organisatie',
  education: 'onderwijs',
  scaling: 'opschalen',
}
const toolKindSegments: Record<keyof typeof toolKinds, string> = {
  machine: 'machine',
  programme: 'programma',
  method: 'methode',
  platform: 'platform',
  standard: 'standaard',
  financing: 'financiering',
  organisation: 'organisatievorm',
}
/** The lessons of one theme: its filter page, in its Dutch words. */
export const lessonThemeUrl = (theme: keyof typeof themes) => `/lessen/thema/${themeSegments[theme]}/`
const maturitySegments: Record<keyof typeof maturities, string> = { concept: 'concept', prototype: 'prototype', 'in-use': 'in-gebruik', commons: 'commons' }
/** A tool whose maturity the sources do not give. */
const notDescribed = 'niet-beschreven'

const existing = (c: Corpus, ids: readonly string[]) => ids.filter((id) => c.get('proeftuinen', id))

/** The filters of the toolbox: kind, proeftuin, MVP part, maturity. */
export const toolFacets = (c: Corpus): Facet<Tool>[] => [
  { key: 'soort', title: 'Soort', values: vocabularyValues(toolKinds, toolKindSegments), of: (t) => [t.data.kind] },
  {
    key: 'proeftuin',
    title: 'Proeftuin',
    values: c.proeftuinen.map((p) => ({ value: p.id, segment: p.id, label: p.data.title })),
    of: (t) => existing(c, t.data.proeftuinen),
  },
  {
    key: 'mvp',
    title: 'MVP-onderdeel',
    values: c['mvp-parts'].map((p) => ({ value: p.id, segment: p.id, label: p.data.title })),
    of: (t) => c.relations.relatedIds('tools', t.id, 'mvp-parts'),
  },
  {
    key: 'volwassenheid',
    title: 'Volwassenheid',
    values: [...vocabularyValues(maturities, maturitySegments), { value: notDescribed, segment: notDescribed, label: 'Niet beschreven' }],
    of: (t) => [t.data.maturity ?? notDescribed],
  },
]

/** The filters of the lessons: kind, theme, proeftuin. */
export const lessonFacets = (c: Corpus): Facet<Lesson>[] => [
  { key: 'soort', title: 'Soort', values: vocabularyValues(lessonKinds, lessonKindSegments), of: (l) => [l.data.kind] },
  { key: 'thema', title: 'Thema', values: vocabularyValues(themes, themeSegments), of: (l) => (l.data.theme ? [l.data.theme] : []) },
  {
    key: 'proeftuin',
    title: 'Proeftuin',
    values: c.proeftuinen.map((p) => ({ value: p.id, segment: p.id, label: p.data.title })),
    of: (l) => (l.data.proeftuin ? existing(c, [l.data.proeftuin]) : []),
  },
]

/** The lists with filters: their filter pages, built once per build. */
const lists = new WeakMap<Corpus, { lessons: ReturnType<typeof filterIndex<Lesson>>; tools: ReturnType<typeof filterIndex<Tool>> }>()
export const filters = (c: Corpus) => {
  let l = lists.get(c)
  if (!l) lists.set(c, (l = { lessons: filterIndex(c.lessons, lessonFacets(c), `${routes.lessons}/`), tools: filterIndex(c.tools, toolFacets(c), `${routes.tools}/`) }))
  return l
}
