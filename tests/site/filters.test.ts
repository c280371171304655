/**
 * Combined filters on the lessons and the toolbox, as a visitor uses them: links only, so they
 * work without JavaScript, in Chromium at a phone's and a laptop's width, on the built site.
 */
import path from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir } from '../../scripts/lib/staticServer'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { builtSite } from './built-site'

let origin: string
let close: () => Promise<void>
let browser: Browser
const shots = artifactDir('filters')

beforeAll(async () => {
  ;({ origin, close } = await serveDir(await builtSite()))
  browser = await launchChromium()
})
afterAll(async () => {
  await browser?.close()
  await close?.()
})

const nav = (page: Page) => page.locator('nav.filters')
const group = (page: Page, title: string) => nav(page).locator('div', { has: page.locator(`h2:text-is("${title}")`) })
/** Follows the first value of a filter group other than "Alle" and the one chosen. */
const choose = async (page: Page, title: string) => {
  const link = group(page, title).locator('a:not([aria-current])').filter({ hasNotText: /^\s*Alle \(/ }).first()
  const label = (await link.textContent())!.replace(/\s*\(\d+\)\s*$/, '').trim()
  const before = new URL(page.url()).pathname
  await Promise.all([page.waitForURL((u) => u.pathname !== before), link.click()])
  return label
}
const chosen = (page: Page, title: string) => group(page, title).locator('a[aria-current="page"]').textContent().then((t) => t!.replace(/\s*\(\d+\)\s*$/, '').trim())
const countOf = async (page: Page) => Number((await page.locator('h2.list-count').textContent())!.match(/^\d+/)![0])

describe.each([375, 1280])('combined filters at %i px, without JavaScript', (width) => {
  let page: Page
  beforeAll(async () => {
    const context = await browser.newContext({ viewport: { width, height: 900 }, javaScriptEnabled: false })
    page = await context.newPage()
  })
  afterAll(() => page.context().close())

  it('the lessons combine kind, theme and proeftuin in one Dutch address, and every listed lesson has all three', async () => {
    await page.goto(`${origin}/lessen/`)
    const all = await countOf(page)
    const proeftuin = await choose(page, 'Proeftuin')
    expect(await chosen(page, 'Proeftuin')).toBe(proeftuin)
    const soort = await choose(page, 'Soort')
    // The first choice stays when a second facet is chosen.
    expect(await chosen(page, 'Proeftuin')).toBe(proeftuin)
    expect(await chosen(page, 'Soort')).toBe(soort)
    const thema = await choose(page, 'Thema')
    expect([await chosen(page, 'Soort'), await chosen(page, 'Thema'), await chosen(page, 'Proeftuin')]).toEqual([soort, thema, proeftuin])
    expect(new URL(page.url()).pathname).toMatch(/^\/lessen\/soort\/(inzicht|valkuil|kans|advies)\/thema\/[a-z-]+\/proeftuin\/[a-z-]+\/$/)
    const n = await countOf(page)
    expect(n).toBeGreaterThan(0)
    expect(n).toBeLessThan(all)
    const items = page.locator('ul.doc-list > li')
    expect(await items.count()).toBe(n)
    for (const item of await items.all()) {
      const tags = await item.locator('.tag').allTextContents()
      expect(tags).toEqual(expect.arrayContaining([soort, proeftuin]))
      expect(tags.some((t) => t === thema)).toBe(true)
    }
    expect(await page.locator('h1').textContent()).toContain(soort)
    await page.screenshot({ path: path.join(shots, `lessen-${width}.png`), fullPage: true })

    // "Alle" in one facet leaves that facet out and keeps the others.
    await Promise.all([page.waitForURL((u) => !u.pathname.includes('/soort/')), group(page, 'Soort').locator('a', { hasText: /^\s*Alle \(/ }).click()])
    expect(new URL(page.url()).pathname).not.toContain('/soort/')
    expect(await chosen(page, 'Thema')).toBe(thema)
    expect(await chosen(page, 'Proeftuin')).toBe(proeftuin)
    await Promise.all([page.waitForURL((u) => u.pathname === '/lessen/'), page.getByRole('link', { name: 'Wis alle filters' }).click()])
    expect(new URL(page.url()).pathname).toBe('/lessen/')
  })

  it('the toolbox combines kind, proeftuin and MVP part, with a summary line per tool', async () => {
    await page.goto(`${origin}/toolbox/`)
    const proeftuin = await choose(page, 'Proeftuin')
    const soort = await choose(page, 'Soort')
    const part = await choose(page, 'MVP-onderdeel')
    expect([await chosen(page, 'Soort'), await chosen(page, 'Proeftuin'), await chosen(page, 'MVP-onderdeel')]).toEqual([soort, proeftuin, part])
    const cards = page.locator('ul.cards > li')
    expect(await cards.count()).toBe(await countOf(page))
    for (const card of await cards.all()) {
      expect(await card.locator('.tag').first().textContent()).toBe(soort)
      expect((await card.locator('p.summary').textContent())!.length).toBeGreaterThan(10)
    }
    await page.screenshot({ path: path.join(shots, `toolbox-${width}.png`), fullPage: true })
  })

  it('every filter link leads to a page with results, and the page fits the screen', async () => {
    await page.goto(`${origin}/lessen/soort/valkuil/`)
    for (const link of await nav(page).locator('a').all()) {
      const text = (await link.textContent())!
      expect(Number(text.match(/\((\d+)\)/)?.[1] ?? 1), text).toBeGreaterThan(0)
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width)
  })
})
