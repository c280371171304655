import { beforeAll, describe, expect, it } from 'vitest'
import { pathOf } from '../../model/routes'
import { loadContent } from '../../scripts/lib/content/load'
import { builtSite, contentDir } from '../site/built-site'
import { loadPagefind, topPaths, type PagefindApi } from '../../scripts/lib/search/pagefindNode'
import { judge, precisionAt3, type QueryOutcome } from '../../scripts/lib/search/precision'
import { relevanceQueries } from '../../scripts/lib/search/queries'

// The search of the built site, asked in Node with Pagefind's own browser API and the search
// page's logic (site/scripts/search-core.ts): every listed query must bring its pages to the top 3.

let api: PagefindApi
const outcomes: QueryOutcome[] = []

beforeAll(async () => {
  api = await loadPagefind(await builtSite())
})

describe('relevance of the Dutch search', () => {
  it('has at least 40 queries, each expecting pages that exist in the index', async () => {
    expect(relevanceQueries.length).toBeGreaterThanOrEqual(40)
    const { results } = await api.search(null)
    const indexed = new Set(await Promise.all(results.map(async (r) => (await r.data()).url)))
    const missing = relevanceQueries.flatMap((q) => q.expect.filter((p) => !indexed.has(p)).map((p) => `${q.query}: ${p}`))
    expect(missing).toEqual([])
  })

  it.each(relevanceQueries.map((q) => [q.query, q] as const))('"%s" brings the expected pages to the top 3', async (_, q) => {
    const outcome = judge(q, await topPaths(api, q.query, 5))
    outcomes.push(outcome)
    expect(outcome.top.slice(0, 3), q.note).toEqual(expect.arrayContaining(q.expect))
  })

  it('reports precision@3', () => {
    const p = precisionAt3(outcomes)
    console.log(`precision@3: ${p.hits}/${p.queries} queries with every expected page in the top 3 (${(p.hitRate * 100).toFixed(1)}%); mean P@3 ${p.meanP3.toFixed(3)}`)
    expect(p.hits).toBe(relevanceQueries.length)
  })
})

describe('Dutch language and filters in the index', () => {
  it('stems Dutch: the plural finds the singular', async () => {
    expect(await topPaths(api, 'kwartiermakers', 3)).toContain('/mvp/kwartiermaker/')
  })

  it('offers the filters soort, proeftuin, mvp-onderdeel and thema with Dutch values', async () => {
    const filters = await api.filters()
    expect(Object.keys(filters)).toEqual(expect.arrayContaining(['soort', 'proeftuin', 'mvp-onderdeel', 'thema']))
    expect(Object.keys(filters.soort)).toEqual(expect.arrayContaining(['Hoofdstuk', 'Tool', 'Proeftuin', 'Les', 'Vraag', 'Programma']))
    expect(Object.keys(filters.proeftuin)).toContain('Proeftuin Roermond')
  })

  it('a filter narrows the results to that kind', async () => {
    const paths = await topPaths(api, 'vraagbaak', 20, { soort: ['Les'] })
    expect(paths.length).toBeGreaterThan(0)
    for (const p of paths) expect(p).toMatch(/^\/lessen\//)
  })

  it('indexes the words of adjacent elements apart, never run together', async () => {
    // A label and its value (<dt>Stad</dt><dd>Eindhoven</dd>) are two words: without whitespace
    // between the elements Pagefind read "StadEindhovenWijk" and indexed the made-up word.
    const content = async (query: string, path: string) => {
      const data = await Promise.all((await api.search(query)).results.map((r) => r.data()))
      return data.find((d) => d.url === path)?.content ?? ''
    }
    expect(await content('eindhoven', '/proeftuinen/eindhoven-achtse-barrier/')).toContain('Stad Eindhoven Wijk Achtse Barrier Status')
    // The facts of a question (theme, dates) are filters and metadata, not indexed text (issue 17).
    expect(await content('ambassadeursteam', '/vraagbaak/wat-doet-een-ambassadeursteam/')).not.toMatch(/Gesteld op|Beantwoord op/)
    // And the excerpts under the results read as words: not "ambassadeursGesteld opOnbekend".
    for (const r of (await api.search('ambassadeurs')).results) expect((await r.data()).excerpt).not.toMatch(/\p{Ll}(<\/mark>)?(Soort|Thema|Proeftuin|Gesteld|Beantwoord|Onbekend)/u)
  })

  it('indexes only the document, never the menu or footer', async () => {
    // "Colofon" and "Atom-feed" are in every page's footer, and in no document's text.
    for (const word of ['colofon', 'atom-feed']) expect((await api.search(word)).results, word).toHaveLength(0)
  })
})

describe('what a result shows under its title', () => {
  it('names a proeftuin only for a page of that one proeftuin: a lesson learned there', async () => {
    const { documents } = await loadContent(contentDir)
    const titles = new Map(documents.filter((d) => d.collection === 'proeftuinen').map((d) => [d.slug, d.data.title as string]))
    const own = new Map(documents.filter((d) => d.collection === 'lessons' && titles.has(d.data.proeftuin as string)).map((d) => [pathOf('lessons', d.slug), titles.get(d.data.proeftuin as string)]))
    const { results } = await api.search(null)
    const shown = (await Promise.all(results.map((r) => r.data()))).filter((d) => d.meta.proeftuin !== undefined).map((d) => [d.url, d.meta.proeftuin])
    expect(shown.sort()).toEqual([...own].sort())
  })

  it('still filters every kind of page by the proeftuinen it is connected to', async () => {
    const paths = await topPaths(api, 'ambassadeurs', 50, { proeftuin: ['Proeftuin Achtse Barrier'] })
    expect(paths).toEqual(expect.arrayContaining(['/toolbox/ambassadeursteam/', '/gids/onderwijs-en-ambassadeurs/', '/mvp/ambassadeursteam/']))
  })
})
