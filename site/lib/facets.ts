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

/** The filter bar: per facet, the values that have items, with their counts and the current one marked. */
export const filterGroups = <T>(
  items: readonly T[],
  facets: readonly Facet<T>[],
  base: string,
  current?: { facet: string; value: string },
): FilterGroup[] =>
  facets
    .map((facet) => ({
      key: facet.key,
      title: facet.title,
      links: facet.values
        .map((v) => ({
          label: v.label,
          href: `${base}${facet.key}/${v.value}/`,
          count: items.filter((item) => facet.of(item).includes(v.value)).length,
          current: current?.facet === facet.key && current.value === v.value,
        }))
        .filter((l) => l.count > 0),
    }))
    .filter((g) => g.links.length > 0)

/** A vocabulary (`{ machine: 'Machine' }`) as facet values. */
export const vocabularyValues = (vocabulary: Record<string, string>): FacetValue[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label }))
