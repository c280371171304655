import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir } from '../../scripts/lib/staticServer'
import { launchChromium } from '../../scripts/lib/browser'
import { builtSite } from './built-site'

// Printouts of the built site in Chromium (print media): a chapter, a tool and a programme with its
// planner are taken to workshops on paper, where nothing can be typed in or clicked.

let origin: string
let closeServer: () => Promise<void>
let browser: Browser
let page: Page

beforeAll(async () => {
  ;({ origin, close: closeServer } = await serveDir(await builtSite()))
  browser = await launchChromium()
  page = await browser.newPage()
  await page.emulateMedia({ media: 'print' })
})

afterAll(async () => {
  await browser?.close()
  await closeServer?.()
})

/** Form fields and buttons a reader of the page would see. */
const visibleControls = (p: Page) =>
  p.locator('input, button, select, textarea').evaluateAll((els) =>
    els.filter((el) => (el as HTMLElement).checkVisibility()).map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.getAttribute('placeholder') ? ` "${el.getAttribute('placeholder')}"` : ''}`),
  )

describe('a printout', () => {
  it.each(['/gids/starten/', '/toolbox/vraagbaak/', '/programmas/kick-off/', '/programmas/kick-off/?start=2026-01-05&tijd=09%3A00'])('of %s shows no search field, form field or button', async (path) => {
    await page.goto(`${origin}${path}`)
    // With a plan made, the printout is that dated agenda, titled by its caption (issue 17).
    if (path.includes('start=')) expect(await page.locator('.agenda caption').isVisible()).toBe(true)
    else expect(await page.locator('main h1').isVisible()).toBe(true)
    expect(await page.getByPlaceholder('Zoeken…').isVisible()).toBe(false)
    expect(await visibleControls(page)).toEqual([])
  })
})
