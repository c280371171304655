import { lessonKinds, maturities, themes, toolKinds } from '../../cms/schemas/vocabulary'
import { vocabularyValues, type Facet } from '../lib/facets'
import type { Corpus, Lesson, Tool } from './corpus'

/** The filters of the toolbox: kind, maturity, MVP part. A tool without a maturity is "onbekend". */
export const toolFacets = (c: Corpus): Facet<Tool>[] => [
  { key: 'soort', title: 'Soort', values: vocabularyValues(toolKinds), of: (t) => [t.data.kind] },
  {
    key: 'rijpheid',
    title: 'Volwassenheid',
    values: [...vocabularyValues(maturities), { value: 'onbekend', label: 'Onbekend' }],
    of: (t) => [t.data.maturity ?? 'onbekend'],
  },
  {
    key: 'mvp',
    title: 'MVP-onderdeel',
    values: c['mvp-parts'].map((p) => ({ value: p.id, label: p.data.title })),
    of: (t) => c.relations.related('tools', t.id).find((g) => g.collection === 'mvp-parts')?.ids ?? [],
  },
]

/** The filters of the lessons: kind, theme, proeftuin. */
export const lessonFacets = (c: Corpus): Facet<Lesson>[] => [
  { key: 'soort', title: 'Soort', values: vocabularyValues(lessonKinds), of: (l) => [l.data.kind] },
  { key: 'thema', title: 'Thema', values: vocabularyValues(themes), of: (l) => (l.data.theme ? [l.data.theme] : []) },
  {
    key: 'proeftuin',
    title: 'Proeftuin',
    values: c.proeftuinen.map((p) => ({ value: p.id, label: p.data.title })),
    of: (l) => (l.data.proeftuin ? [l.data.proeftuin] : []),
  },
]
