import axe from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../helpers/browser'
import { builtSite } from '../site/built-site'
import { serveDir } from '../../scripts/lib/staticServer'

// The search page and the header field in Chromium, on the built site served as a static host would.

let origin: string
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

beforeAll(async () => {
  ;({ origin, close: closeServer } = await serveDir(await builtSite()))
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
