/**
 * How the site asks Pagefind, shared by the search page and the relevance test so the test
 * measures what people get. https://pagefind.app/docs/ranking/
 */
export const rankingOptions = {
  // Favour pages whose title or summary carries the words over long pages that mention them
  // often: a short page about "wijkplatform" should beat a long chapter that names it in passing.
  termFrequency: 0.8,
  pageLength: 0.6,
  termSaturation: 1.2,
  // Typed words that are a prefix of an indexed word ("ambassad") still count, a little less.
  termSimilarity: 1.0,
} as const

/** The filters the search page offers, in this order, with their Dutch headings. */
export const searchFilters = [
  { name: 'soort', label: 'Soort' },
  { name: 'proeftuin', label: 'Proeftuin' },
  { name: 'mvp-onderdeel', label: 'MVP-onderdeel' },
  { name: 'thema', label: 'Thema' },
] as const

export type SearchFilterName = (typeof searchFilters)[number]['name']

/**
 * Every filter value with the number of pages that have it, written by the build beside
 * Pagefind's index (scripts/lib/site/build.ts): a few KB the filter panel shows at once, while
 * Pagefind's own filter index (every page under every value: ~90 KB at 10,000 documents) is
 * loaded only to count results by filter.
 */
export const filterCountsUrl = '/pagefind/filter-counts.json'
export type FilterCounts = Record<string, Record<string, number>>
