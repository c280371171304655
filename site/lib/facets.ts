/**
 * Filters that work without JavaScript and combine: every combination of facet values that at
 * least one item has gets its own static page (/lessen/soort/valkuil/proeftuin/roermond/), and the
 * filter bar links only to such pages. The facets appear in the URL in one fixed order, so a
 * combination has one address. Combinations without items are never built, and at most
 * `maxDepth` facets combine: the number of pages grows with the items (each item is on at most
 * one page per combination of its own values), never with the product of all values.
 */

export interface FacetValue {
  /** The stored value (`pitfall`). */
  value: string
  /** The Dutch URL segment (`valkuil`). */
  segment: string
  /** "Valkuil" */
  label: string
}

export interface Facet<T> {
  /** URL segment of the facet, e.g. "soort". */
  key: string
  /** "Soort" */
  title: string
  /** Every possible value in display order. */
  values: readonly FacetValue[]
  /** The stored values an item has (none, one or several). */
  of: (item: T) => readonly string[]
}

/** Facet key → stored value. */
export type Selection = Readonly<Record<string, string>>

export interface FilterPage<T> {
  selection: Selection
  /** The URL segments after the list's base, e.g. ['soort', 'valkuil']; [] for the list itself. */
  segments: string[]
  items: T[]
}

export interface FilterLink {
  label: string
  href: string
  count: number
  current: boolean
}

export interface FilterGroup {
  key: string
  title: string
  /** "Alle": this facet left out of the selection. */
  all: FilterLink
  links: FilterLink[]
}

export interface FilterIndex<T> {
  pages: FilterPage<T>[]
  /** The page of a selection (undefined when no item has it). */
  page: (selection: Selection) => FilterPage<T> | undefined
  /** The filter bar of a page: per facet, "Alle" and the values that give a page, with counts. */
  groups: (selection: Selection) => FilterGroup[]
  /** The address of a selection. */
  href: (selection: Selection) => string
  /** "Soort: Valkuil", per selected facet, in URL order. */
  describe: (selection: Selection) => { title: string; label: string }[]
}

const keyOf = <T>(facets: readonly Facet<T>[], selection: Selection) =>
  facets.filter((f) => selection[f.key] !== undefined).map((f) => `${f.key}=${selection[f.key]}`).join('&')

const without = (selection: Selection, key: string): Selection => {
  const { [key]: _, ...rest } = selection
  return rest
}

/** All selections of up to `maxDepth` facets that one item has: one per combination of its values. */
const selectionsOf = <T>(item: T, facets: readonly Facet<T>[], maxDepth: number): Selection[] => {
  let partial: Selection[] = [{}]
  for (const facet of facets) {
    const values = [...new Set(facet.of(item))].filter((v) => facet.values.some((fv) => fv.value === v))
    const next: Selection[] = []
    for (const s of partial) {
      next.push(s)
      if (Object.keys(s).length < maxDepth) for (const v of values) next.push({ ...s, [facet.key]: v })
    }
    partial = next
  }
  return partial
}

/** Every filter page of a list (the unfiltered list first), and its filter bars. */
export const filterIndex = <T>(items: readonly T[], facets: readonly Facet<T>[], base: string, maxDepth = 3): FilterIndex<T> => {
  const byKey = new Map<string, FilterPage<T>>()
  const segmentsOf = (selection: Selection) =>
    facets.flatMap((f) => {
      const value = selection[f.key]
      return value === undefined ? [] : [f.key, f.values.find((v) => v.value === value)!.segment]
    })
  byKey.set('', { selection: {}, segments: [], items: [] })
  for (const item of items) {
    for (const selection of selectionsOf(item, facets, maxDepth)) {
      const key = keyOf(facets, selection)
      let page = byKey.get(key)
      if (!page) byKey.set(key, (page = { selection, segments: segmentsOf(selection), items: [] }))
      page.items.push(item)
    }
  }
  const href = (selection: Selection) => `${base}${segmentsOf(selection).map((s) => `${s}/`).join('')}`

  // Counts of one facet's values within a page: the same for every page that differs from it only
  // in that facet, so counted once per (page, facet) rather than once per link.
  const counted = new Map<string, Map<string, number>>()
  const countsIn = (selection: Selection, facet: Facet<T>) => {
    const key = `${keyOf(facets, selection)}|${facet.key}`
    let counts = counted.get(key)
    if (!counts) {
      counts = new Map()
      for (const item of byKey.get(keyOf(facets, selection))?.items ?? []) for (const v of new Set(facet.of(item))) counts.set(v, (counts.get(v) ?? 0) + 1)
      counted.set(key, counts)
    }
    return counts
  }

  const groups = (selection: Selection): FilterGroup[] => {
    const depth = Object.keys(selection).length
    return facets
      .filter((f) => selection[f.key] !== undefined || depth < maxDepth)
      .map((facet) => {
        const rest = without(selection, facet.key)
        const counts = countsIn(rest, facet)
        const links = facet.values
          .map((v) => ({
            label: v.label,
            href: href({ ...rest, [facet.key]: v.value }),
            count: counts.get(v.value) ?? 0,
            current: selection[facet.key] === v.value,
          }))
          .filter((l) => l.count > 0)
        const all = { label: 'Alle', href: href(rest), count: byKey.get(keyOf(facets, rest))!.items.length, current: selection[facet.key] === undefined }
        return { key: facet.key, title: facet.title, all, links }
      })
      .filter((g) => g.links.length > 0)
  }

  const describe = (selection: Selection) =>
    facets.flatMap((f) => {
      const value = f.values.find((v) => v.value === selection[f.key])
      return value ? [{ title: f.title, label: value.label }] : []
    })

  return { pages: [...byKey.values()], page: (selection) => byKey.get(keyOf(facets, selection)), groups, href, describe }
}

/** A vocabulary (`{ pitfall: 'Valkuil' }`) with its Dutch URL segments (`{ pitfall: 'valkuil' }`) as facet values. */
export const vocabularyValues = <V extends Record<string, string>>(vocabulary: V, segments: Record<keyof V, string>): FacetValue[] =>
  Object.entries(vocabulary).map(([value, label]) => ({ value, label, segment: segments[value as keyof V] }))
