/**
 * Filters that work without JavaScript: every value of a facet gets its own page
 * (/toolbox/soort/machine/), and the filter bar links to those pages.
 */

export interface FacetValue {
  value: string
  label: string
}

export interface Facet<T> {
  /** URL segment and Pagefind filter name, e.g. "soort". */
  key: string
  /** "Soort" */
  title: string
  /** Every possible value in display order. */
  values: readonly FacetValue[]
  /** The values an item has (none, one or several). */
  of: (item: T) => readonly string[]
}

export interface FacetPage<T> {
  facet: Facet<T>
  value: FacetValue
  items: T[]
}

/** One page per facet value that at least one item has. */
export const facetPages = <T>(items: readonly T[], facets: readonly Facet<T>[]): FacetPage<T>[] =>
  facets.flatMap((facet) =>
    facet.values
      .map((value) => ({ facet, value, items: items.filter((item) => facet.of(item).includes(value.value)) }))
      .filter((page) => page.items.length > 0),
  )

export interface FilterGroup {
  key: string
  title: string
  links: { label: string; href: string; count: number; current: boolean }[]
}

/**
 * Per facet key, how many items have each value: counted in one pass over the items, once per
 * list (every facet page of a list shows the same counts). Counting per page and per value made
 * the build grow with the cube of the corpus (perf findings, 2026-12-01).
 */
const counted = new WeakMap<readonly unknown[], Map<string, Map<string, number>>>()
const countsOf = <T>(items: readonly T[], facets: readonly Facet<T>[]) => {
  let byFacet = counted.get(items)
  if (!byFacet) counted.set(items, (byFacet = new Map()))
  for (const facet of facets) {
    if (byFacet.has(facet.key)) continue
    const counts = new Map<string, number>()
    for (const item of items) for (const value of new Set(facet.of(item))) counts.set(value, (counts.get(value) ?? 0) + 1)
    byFacet.set(facet.key, counts)
  }
  return byFacet
}

/** The filter bar: per facet, the values that have items, with their counts and the current one marked. */
export const filterGroups = <T>(
  items: readonly T[],
  facets: readonly Facet<T>[],
  base: string,
  current?: { facet: string; value: string },
): FilterGroup[] => {
  const counts = countsOf(items, facets)
  return facets
    .map((facet) => ({
      key: facet.key,
      title: facet.title,
      links: facet.values
        .map((v) => ({
          label: v.label,
          href: `${base}${facet.key}/${v.value}/`,
          count: counts.get(facet.key)!.get(v.value) ?? 0,
          current: current?.facet === facet.key && current.value === v.value,
        }))
        .filter((l) => l.count > 0),
    }))
    .filter((g) => g.links.length > 0)
}

/** A vocabulary (`{ machine: 'Machine' }`) as facet values. */
export const vocabularyValues = (vocabulary: Record<string, string>): FacetValue[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }))
