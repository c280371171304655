import axe from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { launchChromium } from '../../scripts/lib/browser'
import { builtSite } from '../site/built-site'
import { serveDir } from '../../scripts/lib/staticServer'

// The search page and the header field in Chromium, on the built site served as a static host would.

let origin: string
let dist: string
let closeServer: () => Promise<void>
let browser: Browser
let context: BrowserContext

const runAxe = async (page: Page) => {
  // Injected through the DevTools protocol: the site's CSP (rightly) refuses an inline <script>.
  await page.evaluate(axe.source)
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }))
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const status = (page: Page) => page.locator('[data-search-status]')
const resultLinks = (page: Page) => page.locator('.search-result > h3 a')
/** Until the results on screen are counted, the panel shows the previous counts, marked busy. */
const counted = (page: Page) => page.locator('[data-search-filters]:not([aria-busy="true"]) input').first().waitFor({ state: 'attached', timeout: 15_000 })

beforeAll(async () => {
  dist = await builtSite()
  ;({ origin, close: closeServer } = await serveDir(dist))
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
})

afterAll(async () => {
  await browser?.close()
  await closeServer?.()
})

describe('the search page', () => {
  it('types a query, applies a filter, keeps both in the URL and opens a result', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/zoeken/`)
    await page.locator('#zoekterm').fill('vraagbaak')
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/^\d+ resultaten voor “vraagbaak”/)
    await expect.poll(() => page.url()).toContain('q=vraagbaak')
    const before = Number((await status(page).textContent())!.match(/^\d+/)![0])
    // The match is highlighted in the excerpt.
    expect(await page.locator('.search-result mark').count()).toBeGreaterThan(0)
    // Filter counts are shown, and one of them narrows the list to lessons.
    await counted(page)
    const lessons = page.getByRole('checkbox', { name: /^Les \(\d+\)$/ })
    const count = Number((await page.locator(`label[for="${await lessons.getAttribute('id')}"]`).textContent())!.match(/\((\d+)\)/)![1])
    expect(count).toBeGreaterThan(0)
    expect(count).toBeLessThan(before)
    await lessons.check()
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${count} resulta`))
    expect(page.url()).toContain('soort=Les')
    for (const href of await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/lessen\//)
    expect(await runAxe(page)).toEqual([])
    // Back undoes the filter, Forward brings it back.
    await page.goBack()
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${before} resultaten`))
    expect(await lessons.isChecked()).toBe(false)
    await page.goForward()
    await expect.poll(() => status(page).textContent()).toMatch(new RegExp(`^${count} resulta`))
    const first = resultLinks(page).first()
    const href = await first.getAttribute('href')
    await first.click()
    await page.waitForURL(`${origin}${href}`)
    expect(await page.locator('main h1').textContent()).toBeTruthy()
    await page.close()
  })

  it('a shared URL shows the same search, and a typo still finds the page', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/zoeken/?q=kwartermaker&soort=MVP-onderdeel`)
    await expect.poll(() => resultLinks(page).first().getAttribute('href'), { timeout: 15_000 }).toBe('/mvp/kwartiermaker/')
    expect(await page.locator('#zoekterm').inputValue()).toBe('kwartermaker')
    expect(await page.getByRole('checkbox', { name: /^MVP-onderdeel / }).isChecked()).toBe(true)
    await page.close()
  })

  it('long pages list the sections that match', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/zoeken/?q=kosten`)
    await expect.poll(() => page.locator('.search-sections a').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('.search-sections a').first().getAttribute('href')).toMatch(/#/)
    await page.close()
  })

  it('without JavaScript says search needs it and links to the indexes', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const page = await noJs.newPage()
    await page.goto(`${origin}/zoeken/`)
    const notice = page.locator('noscript + *, .notice').filter({ hasText: 'JavaScript' })
    await expect.poll(() => notice.count()).toBeGreaterThan(0)
    for (const path of ['/gids/', '/toolbox/', '/proeftuinen/', '/lessen/', '/vraagbaak/']) expect(await notice.locator(`a[href="${path}"]`).count(), path).toBe(1)
    expect(await page.locator('[data-search-results]').isVisible()).toBe(false)
    await noJs.close()
  })
})

describe('the header search field', () => {
  it('"/" focuses it, and Enter leads to the search page with the query', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/toolbox/`)
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('site-zoekterm')
    await page.keyboard.type('ambassadeurs')
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/zoeken\/\?q=ambassadeurs$/)
    await expect.poll(() => resultLinks(page).count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await resultLinks(page).first().getAttribute('href')).toBe('/toolbox/ambassadeursteam/')
    // On the search page "/" goes to its own field.
    await page.locator('h1').click()
    await page.keyboard.press('/')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('zoekterm')
    await page.close()
  })
})

// Issue 17: search as a visitor on a phone (375 px) and a laptop (1280 px) uses it.
const widths = [375, 1280]
let filterChunks: string[] = []
const openAt = async (width: number, path: string) => {
  const ctx = await browser.newContext({ viewport: { width, height: 812 } })
  const page = await ctx.newPage()
  filterChunks = []
  page.on('request', (r) => r.url().includes('/pagefind/filter/') && filterChunks.push(r.url()))
  await page.goto(`${origin}${path}`)
  return { ctx, page }
}
const settled = (page: Page) => expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toMatch(/resulta|Niets gevonden/)

describe.each(widths)('search at %i px', (width) => {
  it('shows the first result in the first screen, with the filters in a panel that opens', async () => {
    const { ctx, page } = await openAt(width, '/zoeken/?q=vraagbaak')
    await settled(page)
    const top = await page.locator('.search-result').first().evaluate((e) => e.getBoundingClientRect().top)
    expect(top).toBeLessThan(812)
    const panel = page.locator('details.search-filters')
    expect(await panel.locator('summary').isVisible()).toBe(true)
    if (width < 800) {
      // On a phone the filters wait in a closed panel below the search field, and their index stays unloaded until it opens.
      expect(await page.getByRole('checkbox').first().isVisible()).toBe(false)
      expect(filterChunks).toEqual([])
      await panel.locator('summary').click()
    }
    // The filters are counted after the results (they have an index of their own, loaded then).
    await counted(page)
    await expect.poll(() => page.getByRole('checkbox', { name: /^Les \(\d+\)$/ }).isVisible(), { timeout: 15_000 }).toBe(true)
    expect(filterChunks.length).toBeGreaterThan(0)
    expect(await runAxe(page)).toEqual([])
    await ctx.close()
  })

  it('without a query, shows every filter value with its number of pages, as Pagefind counts them', async () => {
    const { ctx, page } = await openAt(width, '/zoeken/')
    await expect.poll(() => status(page).textContent(), { timeout: 15_000 }).toContain('Typ een zoekterm')
    if (width < 800) await page.locator('details.search-filters summary').click()
    await expect.poll(() => page.getByRole('checkbox', { name: /^Les \(\d+\)$/ }).isVisible(), { timeout: 15_000 }).toBe(true)
    const shown = await page.locator('.search-option label').allTextContents()
    // Pagefind's own counts, asked in the page after the panel was drawn.
    // A string, so that vitest's transform leaves the page's own dynamic import alone.
    const pagefinds: Record<string, Record<string, number>> = await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js')
      await pagefind.init()
      return pagefind.filters()
    })()`)
    const expected = Object.values(pagefinds).flatMap((values) => Object.entries(values).filter(([, n]) => n > 0).map(([v, n]) => `${v} (${n})`))
    expect(shown.map((t) => t.trim()).sort()).toEqual(expected.sort())
    expect(filterChunks.length).toBeGreaterThan(0) // loaded by the evaluate above, not by the page
    await ctx.close()
  })

  it("without a query, draws the filter panel without Pagefind's filter index", async () => {
    const { ctx, page } = await openAt(width, '/zoeken/')
    if (width < 800) await page.locator('details.search-filters summary').click()
    await expect.poll(() => page.getByRole('checkbox', { name: /^Les \(\d+\)$/ }).isVisible(), { timeout: 15_000 }).toBe(true)
    await page.waitForLoadState('networkidle')
    expect(filterChunks).toEqual([])
    await ctx.close()
  })

  it('offers "Meer resultaten" only when there are more results', async () => {
    const { ctx, page } = await openAt(width, '/zoeken/?q=grozzerdam')
    await settled(page)
    const n = await resultLinks(page).count()
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThanOrEqual(10)
    expect(await page.locator('[data-search-more]').isVisible()).toBe(false)
    await page.goto(`${origin}/zoeken/?q=vraagbaak`)
    await settled(page)
    expect(await page.locator('[data-search-more]').isVisible()).toBe(true)
    await ctx.close()
  })

  it('says honestly that nothing was found, and suggests where to look', async () => {
    const { ctx, page } = await openAt(width, '/zoeken/?q=xyzzy')
    await settled(page)
    expect(await status(page).textContent()).toContain('Niets gevonden voor “xyzzy”')
    expect(await resultLinks(page).count()).toBe(0)
    const tips = page.locator('[data-search-empty]')
    expect(await tips.isVisible()).toBe(true)
    expect(await tips.locator('a[href="/vraagbaak/#stel-een-vraag"]').count()).toBe(1)
    await ctx.close()
  })

  it('keeps focus on a filter when it is ticked, and hides options that would find nothing', async () => {
    const { ctx, page } = await openAt(width, '/zoeken/?q=vraagbaak')
    await settled(page)
    if (width < 800) await page.locator('details.search-filters summary').click()
    const lessons = page.getByRole('checkbox', { name: /^Les \(\d+\)$/ })
    await lessons.waitFor()
    await lessons.focus()
    await page.keyboard.press('Space')
    await expect.poll(() => page.url(), { timeout: 15_000 }).toContain('soort=Les')
    await settled(page)
    await counted(page)
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe('Les')
    const counts = await page.locator('.search-option:visible label').allTextContents()
    expect(counts.length).toBeGreaterThan(0)
    expect(counts.filter((c) => /\(0\)$/.test(c.trim()))).toEqual([])
    await ctx.close()
  })
})

describe('search results', () => {
  it('show excerpts from the text, not from the facts around it', async () => {
    const page = await context.newPage()
    for (const q of ['vraagbaak', 'valkuil', 'gesteld', 'proeftuin']) {
      await page.goto(`${origin}/zoeken/?q=${q}`)
      await settled(page)
      for (const text of await page.locator('.search-excerpt').allTextContents()) {
        expect(text, q).not.toMatch(/Gesteld op|Beantwoord op|Geen bepaalde proeftuin|zeggen hier niets over|◐|Soort [A-Z]|Thema [A-Z]/)
      }
    }
    await page.close()
  })

  it('do not match a tool on a field it leaves empty', async () => {
    // Tools that give no costs and whose text never speaks of them: only their empty "Kosten" could match.
    const tools: { id: string; costs?: unknown }[] = JSON.parse(readFileSync(join(dist, 'data/tools.json'), 'utf8')).items
    const withoutCosts = tools.filter((t) => !t.costs && !/kost/i.test(JSON.stringify({ ...t, related: undefined }))).map((t) => `/toolbox/${t.id}/`)
    expect(withoutCosts.length).toBeGreaterThan(0)
    const page = await context.newPage()
    await page.goto(`${origin}/zoeken/?q=kosten`)
    await settled(page)
    for (let i = 0; i < 20 && (await page.locator('[data-search-more]').isVisible()); i++) {
      const n = await resultLinks(page).count()
      await page.locator('[data-search-more]').click()
      await expect.poll(() => resultLinks(page).count(), { timeout: 15_000 }).toBeGreaterThan(n)
    }
    const hrefs = await resultLinks(page).evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs.filter((h) => withoutCosts.includes(h!))).toEqual([])
    await page.close()
  })
})
