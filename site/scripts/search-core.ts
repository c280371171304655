// The search logic of the site, without DOM: how a typed query becomes Pagefind searches. Shared
// by the search page (search.ts) and the relevance test (tests/search/) and the bench (scripts/lib/search/), so both measure
// what people get. Pagefind API: https://pagefind.app/docs/api/

export interface PagefindResultData {
  url: string
  /** The indexed text of the page. */
  content?: string
  excerpt: string
  meta: Record<string, string>
  filters: Record<string, string[]>
  sub_results: { url: string; title: string; excerpt: string }[]
}
export interface PagefindResult {
  id: string
  score: number
  data: () => Promise<PagefindResultData>
}
export interface PagefindSearch {
  results: PagefindResult[]
  unfilteredResultCount: number
  filters: Record<string, Record<string, number>>
  totalFilters?: Record<string, Record<string, number>>
}
export type Filters = Record<string, string[]>
export interface PagefindLike {
  search: (query: string, options?: { filters?: Record<string, { any: string[] }> }) => Promise<PagefindSearch | null>
}

/**
 * Words that carry no meaning in a Dutch question ("hoe begin ik een proeftuin"). Pagefind needs
 * every word of a query on a page; these are dropped only when the whole query finds nothing.
 */
const stopWords = new Set(
  'de het een en of in op aan van voor met over bij naar uit om te tot als dan dat die dit deze er is zijn was waren wordt worden kan kun kunt je jij ik we wij mijn ons onze hoe wat waarom wanneer waar wie welke wel niet nog ook al maar zo'.split(' '),
)

const words = (query: string) => query.toLowerCase().split(/\s+/).filter(Boolean)

/** A word cut to a prefix Pagefind completes: "kwartermaker" → "kwart", so a typo late in a word still finds it. */
const prefixOf = (word: string) => (word.length <= 5 ? word : word.slice(0, Math.max(4, Math.ceil(word.length * 0.45))))

export interface SearchOutcome {
  search: PagefindSearch
  /** The query that found the results, when it differs from the one typed. */
  usedQuery?: string
  /** The Pagefind query whose filter counts `search` carries (asked again, it counts anew); null: filters only. */
  countedBy: string | null
}

const asPagefindFilters = (filters: Filters) =>
  Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]))

/**
 * The typed query first; when it finds nothing, the same without stop words, then with every
 * word cut to a prefix (typos), then any of the words (the results that match most words first).
 * Pages the query names come first, also when their text writes the name differently.
 */
export const searchWithFallback = async (pagefind: PagefindLike, query: string, filters: Filters = {}): Promise<SearchOutcome | null> => {
  const outcome = await searchLoosening(pagefind, query, filters)
  if (!outcome) return null
  const used = outcome.usedQuery ?? query
  const results = await withNamedPages(pagefind, outcome.search.results.map(memoised), used, filters)
  if (!results) return null
  const ranked = await titlesFirst(results, used)
  outcome.search = { ...outcome.search, results: (await anyMatches(ranked, query)) ? ranked : [] }
  return outcome
}

/**
 * Pagefind also matches an indexed word that is only the start of a typed one: "xyzzy" finds
 * the "x" of "4 x 250". Results none of whose first pages carry a word beginning like one of the
 * typed words (its first four letters, as a typo late in the word still finds it) are no find: "niets gevonden".
 */
const anyMatches = async (results: PagefindResult[], query: string) => {
  const typed = words(normalise(query)).filter((w) => !stopWords.has(w)).map((w) => w.slice(0, 4))
  if (typed.length === 0 || results.length === 0) return true
  const texts = await Promise.all(results.slice(0, rerankDepth).map(async (r) => {
    const d = await r.data()
    return ` ${normalise(`${d.meta.title ?? ''} ${d.meta.names ?? ''} ${d.content ?? d.excerpt}`)}`
  }))
  return texts.some((t) => typed.some((w) => t.includes(` ${w}`)))
}

/**
 * A name typed as one word may be written otherwise on the page that it names: "kickoff" and
 * "kick-off" for the "Kick Off" (Pagefind indexes "kick-off" as "kickoff", and cannot split
 * "kickoff"), so their search finds only pages that happen to write "kick-off". When no result
 * is named by such a query, the pages named by it are looked for among those matching the
 * beginning of its first word ("kick"), and added. That second search costs as much again as the
 * first (a prefix matches many words), so it runs only when the results show the query is such
 * a name: a page writes it with a hyphen ("kick-off" under "kickoff"). "kosten" or
 * "ambassadeurs" are found as written and need no second search.
 */
const withNamedPages = async (pagefind: PagefindLike, results: PagefindResult[], query: string, filters: Filters): Promise<PagefindResult[] | null> => {
  const q = normalise(query)
  if (!q || /\s/.test(query.trim())) return results
  const head = results.slice(0, rerankDepth)
  const named = await Promise.all(head.map((r) => namesQuery(r, q)))
  if (named.some(Boolean)) return results
  if (!(await Promise.all(head.map((r) => writesHyphenated(r, q)))).some(Boolean)) return results
  const wider = await pagefind.search(prefixOf(q.split(' ')[0]), { filters: asPagefindFilters(filters) })
  if (!wider) return null
  const known = new Set(results.map((r) => r.id))
  const candidates = wider.results.slice(0, rerankDepth).filter((r) => !known.has(r.id)).map(memoised)
  const found = (await Promise.all(candidates.map(async (r) => ((await namesQuery(r, q)) ? r : undefined)))).filter((r) => r !== undefined)
  return [...found, ...results]
}

/** Whether a result's excerpt marks the query written with a hyphen: "kick-off" for "kickoff" or "kick-off". */
const writesHyphenated = async (r: PagefindResult, q: string) => {
  const joined = q.replace(/ /g, '')
  return [...(await r.data()).excerpt.matchAll(/<mark>(.*?)<\/mark>/g)].some(([, word]) => /\p{L}-\p{L}/u.test(word) && normalise(word).replace(/ /g, '') === joined)
}

/** A result whose data() is loaded once however often it is asked for. */
const memoised = (r: PagefindResult): PagefindResult => {
  let data: ReturnType<PagefindResult['data']> | undefined
  return { ...r, data: () => (data ??= r.data()) }
}

const normalise = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim()

/** Edit distance, for short strings (titles against a query). */
const distance = (a: string, b: string) => {
  let row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const next = [i]
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j] + 1, next[j - 1] + 1, row[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1))
    row = next
  }
  return row[b.length]
}

/**
 * A title names the query when they are equal, when one is the other plus at most two letters
 * ("ambassadeursteams"), or when they differ by a typo (one letter; two in long words).
 */
const sameName = (a: string, b: string) => {
  if (a === b) return true
  if (Math.min(a.length, b.length) < 5) return false
  if ((a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 2) return true
  return Math.abs(a.length - b.length) <= 2 && distance(a, b) <= (Math.min(a.length, b.length) >= 9 ? 2 : 1)
}

/**
 * Whether a result's title, a part of it or another name of the page names the (normalised)
 * query, with or without an article, and with or without the spaces: "kickoff" names "Kick Off".
 */
const namesQuery = async (r: PagefindResult, q: string) => {
  const { title = '', names = '' } = (await r.data()).meta
  const parts = [title, ...title.split(/[(/):]/), ...names.split(';')].map(normalise).filter(Boolean)
  const joined = q.replace(/ /g, '')
  return parts.some((p) => [p, p.replace(/^(de|het|een) /, '')].some((name) => sameName(name, q) || sameName(name.replace(/ /g, ''), joined)))
}

/** How many results titlesFirst looks at: the first page of results, which the page loads anyway. */
export const rerankDepth = 10

/**
 * Pagefind ranks by words in the text (BM25) and cannot tell that a page is *named* by the query
 * (https://github.com/CloudCannon/pagefind/issues/437): a long tool page called "VraagBaak" loses
 * to short pages that say "VraagBaak" often. So among the first results, pages whose title (or a
 * part of it, split at "(", "/" or ":") is the query move to the front, keeping Pagefind's order
 * otherwise. Other names of a page (meta `names`, "; "-separated: a proeftuin's city and
 * neighbourhood) count as its title: "eindhoven" names the proeftuin in Eindhoven.
 */
const titlesFirst = async (results: PagefindResult[], query: string): Promise<PagefindResult[]> => {
  const q = normalise(query)
  if (!q) return results
  const head = results.slice(0, rerankDepth)
  const named = await Promise.all(head.map((r) => namesQuery(r, q)))
  const order = head.map((r, i) => ({ r, i, named: named[i] })).sort((a, b) => Number(b.named) - Number(a.named) || a.i - b.i)
  return [...order.map((o) => o.r), ...results.slice(rerankDepth)]
}

const searchLoosening = async (pagefind: PagefindLike, query: string, filters: Filters = {}): Promise<SearchOutcome | null> => {
  const options = { filters: asPagefindFilters(filters) }
  const first = await pagefind.search(query, options)
  if (!first) return null
  if (first.results.length > 0 || words(query).length === 0) return { search: first, countedBy: query }
  const meaningful = words(query).filter((w) => !stopWords.has(w))
  const attempts = [meaningful.join(' '), meaningful.map(prefixOf).join(' ')].filter((q, i, all) => q && q !== query.toLowerCase() && all.indexOf(q) === i)
  for (const attempt of attempts) {
    const next = await pagefind.search(attempt, options)
    if (!next) return null
    if (next.results.length > 0) return { search: next, usedQuery: attempt, countedBy: attempt }
  }
  // Any of the words: one search per word, pages ranked by the sum of their scores.
  if (meaningful.length > 1) {
    const merged = new Map<string, PagefindResult>()
    let last: PagefindSearch | null = first
    let countedBy = query
    for (const word of meaningful) {
      const one = await pagefind.search(prefixOf(word), options)
      if (!one) return null
      last = one
      countedBy = prefixOf(word)
      for (const r of one.results) {
        const seen = merged.get(r.id)
        merged.set(r.id, seen ? { ...seen, score: seen.score + r.score } : r)
      }
    }
    const results = [...merged.values()].sort((a, b) => b.score - a.score)
    if (results.length > 0) return { search: { ...last!, results, unfilteredResultCount: results.length }, usedQuery: meaningful.join(' of '), countedBy }
  }
  return { search: first, countedBy: query }
}
