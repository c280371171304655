import { searchWithFallback, type Filters, type SearchOutcome, type PagefindLike, type PagefindResult, type PagefindResultData } from './search-core'
import { filterCountsUrl, rankingOptions, searchFilters, type FilterCounts } from './search-options'

/**
 * The search page over Pagefind's JS API (https://pagefind.app/docs/api/), instead of
 * pagefind-ui: the query and filters live in the URL (?q=…&soort=Tool), so a search can be shared
 * and Back works; the filter counts and the highlighting are ours. Text from the index is set as
 * textContent, except Pagefind's excerpts, which it escapes itself and marks with <mark>.
 */

interface PagefindInstance extends PagefindLike {
  init: () => Promise<void>
  filters: () => Promise<Record<string, Record<string, number>>>
}
interface PagefindModule extends PagefindInstance {
  options: (o: Record<string, unknown>) => Promise<void>
  createInstance: (o: Record<string, unknown>) => PagefindInstance
}

const pageSize = 10
const filterNames: string[] = searchFilters.map((f) => f.name)

interface State {
  q: string
  filters: Filters
}

const stateFromUrl = (): State => {
  const params = new URL(location.href).searchParams
  return { q: params.get('q') ?? '', filters: Object.fromEntries(filterNames.map((n) => [n, params.getAll(n)]).filter(([, v]) => v.length > 0)) }
}

const urlOf = (state: State) => {
  const params = new URLSearchParams()
  if (state.q) params.set('q', state.q)
  for (const name of filterNames) for (const v of state.filters[name] ?? []) params.append(name, v)
  const query = params.toString()
  return `${location.pathname}${query ? `?${query}` : ''}`
}

// Props are a plain record: Partial<HTMLElementTagNameMap[K]> is a union too large for tsc.
const el = <K extends keyof HTMLElementTagNameMap>(tag: K, props: Record<string, unknown> = {}, ...children: (Node | string)[]) => {
  const node: HTMLElementTagNameMap[K] = Object.assign(document.createElement(tag), props)
  node.append(...children)
  return node
}

export async function initSearch(root: HTMLElement) {
  const form = root.querySelector<HTMLFormElement>('form')!
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!
  const filterBox = root.querySelector<HTMLElement>('[data-search-filters]')!
  const status = root.querySelector<HTMLElement>('[data-search-status]')!
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!
  const panel = root.querySelector<HTMLDetailsElement>('[data-search-panel]')!
  const chosen = root.querySelector<HTMLElement>('[data-search-chosen]')!
  // The filter panel is open beside the results on a wide screen, folded above them on a phone.
  const wide = matchMedia('(min-width: 50rem)')
  panel.open = wide.matches || Object.keys(stateFromUrl().filters).length > 0
  wide.addEventListener('change', () => (panel.open = wide.matches))
  root.querySelector<HTMLElement>('[data-needs-js]')?.removeAttribute('hidden')

  status.textContent = 'Zoeken wordt geladen…'
  // The bundle's own path, outside Vite's reach: Pagefind writes it after the Astro build.
  // Loading starts now; the fields work at once, and a search waits for it.
  const bundle = '/pagefind/pagefind.js'
  const loading = (async () => {
    const pagefind = (await import(/* @vite-ignore */ bundle)) as PagefindModule
    // Without its web worker: a search at 10,000 pages takes a few ms of the main thread, and the
    // worker would cost a second script (43 KB) and a second start of the wasm before the first results.
    await pagefind.options({ ranking: rankingOptions, noWorker: true })
    await pagefind.init()
    return pagefind
  })()
  let pagefind: PagefindModule
  // The panel's values and their counts come from a small file of the build's (filterCountsUrl).
  // Results are counted by filter in a second Pagefind, in its worker, after the results are on
  // screen: once an instance has loaded the filters' index, every search of it counts every filter
  // value (at 10,000 pages 80 ms more per search), so the instance that finds the results never
  // loads it. On a phone the panel stays closed until it is opened, and nothing is counted.
  let allFilters: FilterCounts | undefined
  let allFiltersLoading: Promise<void> | undefined
  const loadAllFilters = () =>
    (allFiltersLoading ??= fetch(filterCountsUrl).then(async (response) => {
      if (!response.ok) throw new Error(`${filterCountsUrl}: ${response.status}`)
      allFilters = (await response.json()) as FilterCounts
    }))
  let counter: Promise<PagefindInstance> | undefined
  const counting = () =>
    (counter ??= loading.then(async (p) => {
      const instance = p.createInstance({})
      await instance.init()
      await instance.filters() // the whole filters' index, or its counts would be partial
      return instance
    }))

  let state = stateFromUrl()
  let results: PagefindResult[] = []
  let shown = 0
  let run = 0

  /** counting: the counts are not yet those of the results on screen (the panel says it is busy). */
  const hasFilters = () => Object.values(state.filters).some((v) => v.length > 0)
  /** Whether the state searches with this filter value: its box is ticked. */
  const ticked = (name: string, value: string) => (state.filters[name] ?? []).includes(value)
  const drawFilters = (counts: Record<string, Record<string, number>>, counting = false) => {
    // Redrawing replaces the boxes: the one that had focus gets it back, so a keyboard user stays put.
    const focused = filterBox.contains(document.activeElement) ? document.activeElement!.id : undefined
    const n = Object.values(state.filters).reduce((sum, v) => sum + v.length, 0)
    chosen.textContent = n === 0 ? '' : n === 1 ? '(1 gekozen)' : `(${n} gekozen)`
    if (counting) filterBox.setAttribute('aria-busy', 'true')
    else filterBox.removeAttribute('aria-busy')
    filterBox.replaceChildren(
      ...searchFilters.flatMap(({ name, label }) => {
        const values = Object.keys(allFilters?.[name] ?? {}).sort((a, b) => a.localeCompare(b, 'nl'))
        if (values.length === 0) return []
        const fieldset = el('fieldset', { className: 'search-filter' }, el('legend', {}, label))
        for (const value of values) {
          const id = `f-${name}-${value}`.replace(/[^a-zA-Z0-9-]+/g, '-')
          const box = el('input', { type: 'checkbox', id, name, value, checked: ticked(name, value) })
          const count = counts[name]?.[value] ?? 0
          // An option that would find nothing is left out, unless it is ticked (so it can be unticked).
          if (count === 0 && !box.checked) continue
          const labelEl = el('label', { htmlFor: id }, `${value} `, el('span', { className: 'muted' }, `(${count})`))
          fieldset.append(el('div', { className: 'search-option' }, box, labelEl))
        }
        return fieldset.children.length > 1 ? [fieldset] : []
      }),
    )
    if (focused) document.getElementById(focused)?.focus()
  }

  const drawResult = (data: PagefindResultData) => {
    const meta = [data.meta.kind, data.meta.proeftuin].filter(Boolean).join(' · ')
    const item = el('li', { className: 'search-result' }, el('h3', {}, el('a', { href: data.url }, data.meta.title ?? data.url)))
    if (meta) item.append(el('p', { className: 'muted kicker' }, meta))
    const excerpt = el('p', { className: 'search-excerpt' })
    excerpt.innerHTML = data.excerpt // Pagefind's excerpt: escaped text with <mark> around matches.
    item.append(excerpt)
    // Long pages: the sections that match, linked to their headings.
    const sections = data.sub_results.filter((s) => s.url !== data.url && s.url.includes('#')).slice(0, 3)
    if (sections.length > 0) {
      const sub = el('ul', { className: 'search-sections' })
      for (const s of sections) {
        const p = el('p', { className: 'search-excerpt' })
        p.innerHTML = s.excerpt
        sub.append(el('li', {}, el('a', { href: s.url }, s.title), p))
      }
      item.append(sub)
    }
    return item
  }

  const showMore = async (mine: number) => {
    const next = await Promise.all(results.slice(shown, shown + pageSize).map((r) => r.data()))
    if (mine !== run) return
    list.append(...next.map(drawResult))
    shown += next.length
    more.hidden = shown >= results.length
  }


  const pagefindFilters = () => Object.fromEntries(Object.entries(state.filters).map(([k, v]) => [k, { any: v }]))
  /** The results for the current state, with Pagefind's counts of the filter values among them. */
  const searchState = async (): Promise<SearchOutcome | null> =>
    state.q.trim()
      ? await searchWithFallback(pagefind, state.q, state.filters)
      : { search: (await pagefind.search(null as unknown as string, { filters: pagefindFilters() }))!, countedBy: null }
  let countedBy: string | null = null

  // The counts of the results on screen, once the counting Pagefind has given them.
  let counts: Record<string, Record<string, number>> | undefined
  /** The filter panel with counts for what is shown; for results, the counting Pagefind is asked the same query. */
  const drawCounts = async (mine: number) => {
    if (filterBox.childElementCount === 0) filterBox.replaceChildren(el('p', { className: 'muted' }, 'Filters worden geladen…'))
    await loadAllFilters()
    if (mine !== run) return
    if (!state.q.trim() && !hasFilters()) return drawFilters(allFilters!)
    // Until these results are counted: every value with its number of pages (a ticked box shows at once).
    if (!filterBox.querySelector('input')) drawFilters(allFilters!, true)
    const counted = await (await counting()).search(countedBy as string, { filters: pagefindFilters() }) // null searches by filters only
    if (mine !== run) return
    counts = counted?.filters
    drawFilters(counts ?? allFilters!)
  }
  // Opening the panel (a phone) loads the filters; the script's own opening on a wide screen waits for the first results.
  let started = false
  panel.addEventListener('toggle', () => {
    if (started && panel.open && !counts) void drawCounts(run)
  })

  const searchNow = async () => {
    const mine = ++run
    // The boxes say what is searched for at once (after Back, say), while their counts may still
    // be the previous results' until drawCounts has counted these.
    for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) box.checked = ticked(box.name, box.value)
    pagefind = await loading
    if (mine !== run) return
    if (!state.q.trim() && !hasFilters()) {
      results = []
      list.replaceChildren()
      more.hidden = true
      empty.hidden = true
      status.textContent = 'Typ een zoekterm of kies een filter.'
      if (panel.open) await drawCounts(mine)
      return
    }
    status.textContent = 'Bezig met zoeken…'
    const outcome = await searchState()
    if (mine !== run || !outcome) return // A newer search has started (debounced by Pagefind).
    results = outcome.search.results
    shown = 0
    list.replaceChildren()
    counts = undefined
    countedBy = outcome.countedBy
    // The panel's counts are of what was shown before, until drawCounts has counted these results.
    filterBox.setAttribute('aria-busy', 'true')
    const n = results.length
    empty.hidden = n > 0
    more.hidden = true
    const found = n === 0 ? 'Niets gevonden' : n === 1 ? '1 resultaat' : `${n} resultaten`
    status.textContent = `${found}${state.q ? ` voor “${state.q}”` : ''}${outcome.usedQuery ? ` (gezocht op: ${outcome.usedQuery})` : ''}${hasFilters() ? ', met filters' : ''}.`
    await showMore(mine)
    if (panel.open) await drawCounts(mine)
  }

  /** push: a new entry in the history (submit, filter); otherwise the current one is updated (typing). */
  const update = (next: State, push: boolean) => {
    state = next
    const url = urlOf(state)
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url)
    void searchNow()
  }

  let typing: ReturnType<typeof setTimeout> | undefined
  input.addEventListener('input', () => {
    clearTimeout(typing)
    typing = setTimeout(() => update({ ...state, q: input.value }, false), 250)
  })
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    clearTimeout(typing)
    update({ ...state, q: input.value }, true)
  })
  filterBox.addEventListener('change', (event) => {
    const box = event.target as HTMLInputElement
    const values = new Set(state.filters[box.name] ?? [])
    if (box.checked) values.add(box.value)
    else values.delete(box.value)
    update({ ...state, filters: { ...state.filters, [box.name]: [...values] } }, true)
  })
  more.addEventListener('click', () => {
    const first = shown
    void showMore(run).then(() => list.querySelectorAll<HTMLAnchorElement>('.search-result > h3 a')[first]?.focus())
  })
  window.addEventListener('popstate', () => {
    state = stateFromUrl()
    input.value = state.q
    void searchNow()
  })
  // What the URL says, unless someone typed while the page loaded.
  if (input.value && !state.q) update({ ...state, q: input.value }, false)
  else {
    input.value = state.q
    await searchNow()
  }
  started = true
}
