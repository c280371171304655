/**
 * Pages that fill in with JavaScript must not move what is already on screen (Lighthouse's
 * Cumulative Layout Shift; 0.1 is its "good" bound). The search page shows its results and filters
 * only once its script runs, which pushed the footer down by most of the screen on a laptop
 * (Lighthouse desktop performance 76). The built site, headless Chromium, the browser's own
 * layout-shift entries.
 */
import type { Browser } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveDir } from '../../scripts/lib/staticServer'
import { launchChromium } from '../../scripts/lib/browser'
import { builtSite } from '../site/built-site'

let browser: Browser
let origin = ''
let close: () => Promise<void>

beforeAll(async () => {
  ;({ origin, close } = await serveDir(await builtSite()))
  browser = await launchChromium()
}, 600_000)
afterAll(async () => {
  await browser?.close()
  await close?.()
})

const shiftOf = async (path: string, viewport: { width: number; height: number }) => {
  const page = await browser.newPage({ viewport })
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number }
    w.shift = 0
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) if (!entry.hadRecentInput) w.shift += entry.value
    }).observe({ type: 'layout-shift', buffered: true })
  })
  await page.goto(`${origin}${path}`)
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(1_000)
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift)
  await page.close()
  return shift
}

describe('no layout shift', () => {
  for (const [name, viewport] of [['a laptop', { width: 1350, height: 940 }], ['a phone', { width: 375, height: 812 }]] as const) {
    it(`the search page on ${name}`, async () => {
      expect(await shiftOf('/zoeken/', viewport)).toBeLessThan(0.1)
      expect(await shiftOf('/zoeken/?q=vraagbaak', viewport)).toBeLessThan(0.1)
    })
  }
})
