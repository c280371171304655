import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { searchWithFallback, type Filters } from '../../../site/scripts/search-core'
import { rankingOptions } from '../../../site/scripts/search-options'

// Pagefind's browser API (dist/pagefind/pagefind.js) run in Node against a built index. Outside a
// browser it searches on the main thread (no Worker) and loads its files with fetch() from the
// directory it was imported from; Node's fetch cannot read file: URLs, so those are read from disk.

export interface PagefindResult {
  id: string
  score: number
  data: () => Promise<{ url: string; content: string; meta: Record<string, string>; excerpt: string; filters: Record<string, string[]>; sub_results: { url: string; title: string }[] }>
}
export interface PagefindApi {
  options: (o: Record<string, unknown>) => Promise<void>
  init: () => Promise<void>
  search: (query: string | null, options?: { filters?: Record<string, unknown> }) => Promise<{ results: PagefindResult[]; filters: Record<string, Record<string, number>>; unfilteredResultCount: number }>
  filters: () => Promise<Record<string, Record<string, number>>>
}

let patched = false
const patchFetch = () => {
  if (patched) return
  patched = true
  const original = globalThis.fetch
  globalThis.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url
    if (!url.startsWith('file:')) return original(input, init)
    try {
      return new Response(await readFile(fileURLToPath(url.split('?')[0])))
    } catch {
      return new Response(null, { status: 404 })
    }
  }) as typeof fetch
}

/** Pagefind over dist/, with the site's ranking options. */
export const loadPagefind = async (dist: string): Promise<PagefindApi> => {
  patchFetch()
  const api = (await import(pathToFileURL(join(dist, 'pagefind', 'pagefind.js')).href)) as PagefindApi
  // baseUrl: result URLs as the site's paths (/toolbox/vraagbaak/), not file: URLs.
  await api.options({ ranking: rankingOptions, baseUrl: '/' })
  await api.init()
  return api
}

/** The URL paths of the first n results of a query, searched as the search page does. */
export const topPaths = async (api: PagefindApi, query: string, n = 3, filters?: Filters) => {
  const outcome = await searchWithFallback(api as never, query, filters)
  const data = await Promise.all((outcome?.search.results ?? []).slice(0, n).map((r) => r.data()))
  return data.map((d) => d.url)
}
