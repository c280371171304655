import { gzipSync } from 'node:zlib'
import type { Browser, Page, Request } from 'playwright-core'
import { launchChromium } from '../browser'
import { serveDir } from '../staticServer'

/**
 * The cost of a search on the built site, in Chromium on loopback: bytes transferred and time
 * from pressing Enter to results on screen, for a first query (cold: nothing of Pagefind's
 * index loaded yet) and a following query on the same page; and the search page opened with the
 * query in its URL (a shared link, the header's search field): from the start of the navigation
 * to results on screen. The same for any page that has the search page's field, status and list
 * (rawPagefind.ts: Pagefind alone, the baseline). Measured, never asserted.
 */

export interface Transfer {
  requests: number
  /** Bytes as the static server sends them (it does not compress). */
  bytes: number
  /** The same with gzip on text and wasm (Pagefind's index chunks are gzipped already). */
  gzipBytes: number
  files: string[]
}

export interface QueryCost {
  query: string
  ms: number
  transfer: Transfer
}

export interface OpenedCost extends QueryCost {
  /** What the page loads after its results are on screen (the filter counts), until the network is idle. */
  after: Transfer
}

export interface SearchBenchResult {
  runs: number
  path: string
  pageLoad: Transfer
  first: QueryCost[]
  following: QueryCost[]
  opened: OpenedCost[]
}

const compressible = /\.(js|css|html|json|wasm|svg)$|\/$/

type Measured = { url: string; bytes: number; gzipBytes: number; at: number }

class Meter {
  private pending: Promise<Measured>[] = []
  constructor(private origin: string) {}
  record = (request: Request) => {
    const at = performance.now()
    this.pending.push(
      (async () => {
        const response = await request.response()
        const sizes = await request.sizes()
        const body = (await response?.body().catch(() => undefined)) ?? Buffer.alloc(0)
        const path = request.url().replace(this.origin, '')
        const headers = sizes.responseHeadersSize + sizes.requestHeadersSize
        // Chromium reports no body size for a worker's script (Pagefind's, 43 KB): its Content-Length
        // then says what was sent. A file revalidated from the cache (304) has none, and counts 0.
        const bodyBytes = sizes.responseBodySize || Number((await response?.headerValue('content-length')) ?? 0)
        const gzipBody = bodyBytes === 0 ? 0 : compressible.test(path.split('?')[0]) ? gzipSync(body).length : body.length
        return { url: path, bytes: headers + bodyBytes, gzipBytes: headers + gzipBody, at }
      })(),
    )
  }
  /** What finished since the last take; with `until`, only what finished before it (and the rest stays). */
  async take(until = Infinity): Promise<Transfer> {
    const all = await Promise.all(this.pending)
    const done = all.filter((d) => d.at <= until)
    this.pending = all.filter((d) => d.at > until).map((d) => Promise.resolve(d))
    return {
      requests: done.length,
      bytes: done.reduce((n, d) => n + d.bytes, 0),
      gzipBytes: done.reduce((n, d) => n + d.gzipBytes, 0),
      files: done.map((d) => d.url),
    }
  }
}

/**
 * In the page before it loads: calls resultsShown() once the status names the query and the
 * list has results (or says nothing was found), with the ms since the navigation started.
 */
const watchResults = (query: string) => `(() => {
  const q = ${JSON.stringify(query)}
  const check = () => {
    const status = document.querySelector('[data-search-status]')
    const list = document.querySelector('[data-search-results]')
    if (!status || !list || !status.textContent.includes('“' + q + '”')) return false
    if (list.children.length === 0 && !status.textContent.startsWith('Niets')) return false
    requestAnimationFrame(() => window.resultsShown(performance.now()))
    return true
  }
  const observer = new MutationObserver(() => check() && observer.disconnect())
  document.addEventListener('DOMContentLoaded', () => check() || observer.observe(document.body, { childList: true, subtree: true, characterData: true }))
})()`

/**
 * Types a query into the search page's field, presses Enter and waits for results on screen; ms.
 * A string, not a function: tsx would wrap named functions in a helper the page does not have.
 */
const timeQuery = (page: Page, query: string) =>
  page.evaluate(`(async (q) => {
    const input = document.getElementById('zoekterm')
    const status = document.querySelector('[data-search-status]')
    const list = document.querySelector('[data-search-results]')
    const root = document.getElementById('zoeken')
    const shown = () => status.textContent.includes('“' + q + '”') && (list.children.length > 0 || status.textContent.startsWith('Niets'))
    const t0 = performance.now()
    input.value = q
    input.form.requestSubmit()
    await new Promise((resolve) => {
      if (shown()) return resolve()
      const observer = new MutationObserver(() => shown() && (observer.disconnect(), resolve()))
      observer.observe(root, { childList: true, subtree: true, characterData: true })
    })
    await new Promise((r) => requestAnimationFrame(r))
    return performance.now() - t0
  })(${JSON.stringify(query)})`) as Promise<number>

export const benchSearch = async (dist: string, { runs = 5, first = 'business case rotterdam', following = 'ambassadeurs', path = '/zoeken/' } = {}): Promise<SearchBenchResult> => {
  const { origin, close } = await serveDir(dist)
  let browser: Browser | undefined
  const result: SearchBenchResult = { runs, path, pageLoad: { requests: 0, bytes: 0, gzipBytes: 0, files: [] }, first: [], following: [], opened: [] }
  try {
    browser = await launchChromium()
    for (let i = 0; i < runs; i++) {
      // Opened from a URL with the query, in a fresh context (an empty cache).
      const opening = await browser.newContext()
      const openMeter = new Meter(origin)
      opening.on('requestfinished', openMeter.record)
      const opened = await opening.newPage()
      let shownAt = 0
      const shown = new Promise<number>((resolve) => void opened.exposeFunction('resultsShown', (ms: number) => ((shownAt = performance.now()), resolve(ms))))
      await opened.addInitScript(watchResults(first))
      await opened.goto(`${origin}${path}?q=${encodeURIComponent(first)}`)
      const openedMs = await shown
      await opened.waitForLoadState('networkidle')
      result.opened.push({ query: first, ms: openedMs, transfer: await openMeter.take(shownAt), after: await openMeter.take() })
      await opening.close()

      // Typed: a fresh context each run, as for someone who opens the page for the first time.
      const context = await browser.newContext()
      const meter = new Meter(origin)
      context.on('requestfinished', meter.record)
      const page = await context.newPage()
      await page.goto(`${origin}${path}`)
      await page.locator('[data-search-status]', { hasText: 'Typ een zoekterm' }).waitFor()
      await page.waitForLoadState('networkidle')
      const load = await meter.take()
      if (i === 0) result.pageLoad = load
      const firstMs = await timeQuery(page, first)
      await page.waitForLoadState('networkidle')
      result.first.push({ query: first, ms: firstMs, transfer: await meter.take() })
      const followingMs = await timeQuery(page, following)
      await page.waitForLoadState('networkidle')
      result.following.push({ query: following, ms: followingMs, transfer: await meter.take() })
      await context.close()
    }
  } finally {
    await browser?.close()
    await close()
  }
  return result
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
