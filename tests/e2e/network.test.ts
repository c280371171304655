import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import axe from 'axe-core'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pathOf } from '../../model/routes'
import { serveDir } from '../../scripts/lib/staticServer'
import { scorecardCells, type MvpCell, type MvpStatus } from '../../site/lib/mvp'
import { rankSimilar } from '../../site/lib/similar'
import { artifactDir, launchChromium } from '../../scripts/lib/browser'
import { builtSite, contentDir, runSiteBuild } from '../site/built-site'

// Issue 18: the network of proeftuinen in Chromium, on a phone (375 px): "Proeftuinen zoals de
// mijne" on the self-scan, and the national picture without JavaScript.

let dist: string
let origin: string
let closeServer: () => Promise<void>
let browser: Browser
const foreign: string[] = []
/** The servers of this suite: the shared build and the hostile fixture build. */
const ours: string[] = []

interface Item {
  id: string
  [k: string]: unknown
}
const items = (collection: string): Item[] => JSON.parse(readFileSync(join(dist, `data/${collection}.json`), 'utf8')).items

const runAxe = async (page: Page) => {
  await page.evaluate(axe.source)
  const result = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }))
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
}

const phone = async (options: { javaScriptEnabled?: boolean } = {}) => {
  const ctx = await browser.newContext({ viewport: { width: 375, height: 812 }, ...options })
  ctx.on('request', (r) => {
    if (!ours.some((o) => r.url().startsWith(`${o}/`)) && !/^(data|blob):/.test(r.url())) foreign.push(r.url())
  })
  return { ctx, page: await ctx.newPage() }
}

beforeAll(async () => {
  dist = await builtSite()
  ;({ origin, close: closeServer } = await serveDir(dist))
  ours.push(origin)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await closeServer?.()
})

describe('Proeftuinen zoals de mijne, at 375 px', () => {
  it('ranks the proeftuinen closest to a filled-in scan, says why, and links their lessons on what you miss', async () => {
    const parts = items('mvp-parts')
      .map((p) => ({ id: p.id, title: p.title as string, order: p.order as number }))
      .sort((a, b) => a.order - b.order)
    const partIds = parts.map((p) => p.id)
    const proeftuinen = items('proeftuinen').map((p) => ({ id: p.id, title: p.title as string, cells: scorecardCells((p.scorecard as { part: string; status: MvpStatus }[]) ?? [], partIds) }))
    // Your scan: the profile of the proeftuin with the most parts present, but with one of its present
    // parts (not the eCommunity) absent, so there is something to learn from it.
    const model = [...proeftuinen].sort((a, b) => b.cells.filter((c) => c === 'present').length - a.cells.filter((c) => c === 'present').length)[0]
    const ecommunity = partIds.indexOf('ecommunity')
    expect(model.cells[ecommunity]).toBe('present')
    const lessons = items('lessons')
      .filter((l) => l.proeftuin)
      .map((l) => ({ id: l.id, proeftuin: l.proeftuin as string, mvpParts: (l.mvpParts as string[]) ?? [] }))
    const itsLessonParts = lessons.filter((l) => l.proeftuin === model.id).flatMap((l) => l.mvpParts)
    const missed = model.cells.findIndex((c, i) => c === 'present' && i !== ecommunity && itsLessonParts.includes(partIds[i]))
    expect(missed).toBeGreaterThanOrEqual(0)
    const scan: MvpCell[] = model.cells.map((c, i) => (i === missed ? 'absent' : c))
    const expected = rankSimilar(scan, partIds, proeftuinen, lessons)
      .filter((m) => m.same.length > 0)
      .slice(0, 3)

    const { ctx, page } = await phone()
    await page.goto(`${origin}/mvp/zelfscan/`)
    const list = page.locator('[data-like-mine-list]')
    expect(await list.isVisible()).toBe(false)
    // Fill the scan as a person does: tap the answers, then ask for the result.
    for (const [i, status] of scan.entries()) if (status !== 'unknown') await page.locator(`input[name="${partIds[i]}"][value="${status}"]`).check()
    await page.getByRole('button', { name: 'Toon mijn uitslag' }).click()
    await expect.poll(() => list.locator(':scope > li').count()).toBe(expected.length)

    const shown = await list.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-proeftuin')))
    expect(shown).toEqual(expected.map((m) => m.id))
    const first = list.locator(':scope > li').first()
    expect(await first.locator('h3 a').textContent()).toBe(model.title)
    expect(await first.locator('h3 a').getAttribute('href')).toBe(pathOf('proeftuinen', model.id))
    const why = await first.locator('[data-reasons]').textContent()
    expect(why).toMatch(/^Waarom: ook /)
    expect(why).toContain('ook een werkende eCommunity')
    // What you miss and it has: a link to that row of its scorecard.
    expect(await first.locator(`a[href="${pathOf('proeftuinen', model.id)}#mvp-${partIds[missed]}"]`).count()).toBe(1)
    // Its lessons on the parts you miss, and only those.
    for (const [i, m] of expected.entries()) {
      const hrefs = await list.locator(':scope > li').nth(i).locator('[data-lessons] a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
      expect(hrefs, m.id).toEqual(m.lessons.map((id) => pathOf('lessons', id)))
    }
    expect(expected.some((m) => m.lessons.length > 0)).toBe(true)

    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    expect(await runAxe(page)).toEqual([])
    await page.screenshot({ path: join(artifactDir('network'), 'zoals-de-mijne-375.png'), fullPage: true })

    // The answers are in the URL: opened again, the same proeftuinen show.
    const url = page.url()
    expect(url).toContain(`${partIds[missed]}=absent`)
    await page.goto('about:blank')
    await page.goto(url)
    await expect.poll(() => list.locator(':scope > li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-proeftuin')))).toEqual(expected.map((m) => m.id))
    await ctx.close()
  })

  it('with nothing filled in shows no proeftuin, and says how to get them', async () => {
    const { ctx, page } = await phone()
    await page.goto(`${origin}/mvp/zelfscan/?ecommunity=%3Cimg%20src%3Dx%3E`)
    expect(await page.locator('[data-like-mine-list]').isVisible()).toBe(false)
    expect(await page.locator('[data-like-mine-text]').textContent()).toContain('Vul de scan in')
    await ctx.close()
  })
})

describe('the national picture, at 375 px', () => {
  it('reads without JavaScript: the chart, its table and the files', async () => {
    const { ctx, page } = await phone({ javaScriptEnabled: false })
    await page.goto(`${origin}/landelijk-beeld/`)
    const chart = page.getByRole('img', { name: /Het MVP in \d+ proeftuinen/ })
    expect(await chart.isVisible()).toBe(true)
    const box = await chart.boundingBox()
    expect(box!.width).toBeGreaterThan(300)
    expect(await page.locator('table.national tbody tr').count()).toBe(items('mvp-parts').length)
    expect(await page.getByRole('link', { name: 'landelijk-beeld.csv' }).isVisible()).toBe(true)
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375)
    await page.screenshot({ path: join(artifactDir('network'), 'landelijk-beeld-375-nojs.png'), fullPage: true })
    await ctx.close()
  })

})

describe('a lesson title typed as markup', () => {
  // Typed in the CMS as plain text: on the national picture and in "zoals de mijne" it stays words.
  const hostile = `<img src=x onerror="alert(1)"> Let op & "dit" {naam}`
  let work: string
  let hostileOrigin: string
  let closeHostile: () => Promise<void>

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'network-hostile-'))
    const content = join(work, 'content')
    cpSync(contentDir, content, { recursive: true })
    writeFileSync(
      join(content, 'lessons', 'vijandige-les.md'),
      `---\ntitle: ${JSON.stringify(hostile)}\nkind: pitfall\ntheme: participation\nproeftuin: roermond\nmvpParts:\n  - ecommunity\ntools:\n  - ecommunity\n---\n`,
    )
    await runSiteBuild(join(work, 'dist'), join(work, 'cache'), content)
    ;({ origin: hostileOrigin, close: closeHostile } = await serveDir(join(work, 'dist')))
    ours.push(hostileOrigin)
  }, 600_000)

  afterAll(async () => {
    await closeHostile?.()
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('shows as the words typed, makes no element and runs nothing', async () => {
    const { ctx, page } = await phone()
    const events: string[] = []
    page.on('dialog', (d) => (events.push(`dialog: ${d.message()}`), void d.dismiss()))
    page.on('pageerror', (e) => events.push(`error: ${e.message}`))
    await page.goto(`${hostileOrigin}/landelijk-beeld/`)
    const recurring = page.locator('#terugkerende-lessen ~ ul.doc-list').first()
    expect(await recurring.textContent()).toContain(hostile)
    expect(await page.locator('main img').count()).toBe(0)
    await page.goto(`${hostileOrigin}/mvp/zelfscan/?ecommunity=absent&verbonden-bewoners=absent`)
    const mine = page.locator('#zoals-de-mijne')
    await expect.poll(() => mine.locator('[data-proeftuin="roermond"] [data-lessons]').textContent()).toContain(hostile)
    expect(await mine.locator('img').count()).toBe(0)
    expect(events).toEqual([])
    await ctx.close()
  })
})

// Last, so it covers every page the tests above opened.
describe('privacy', () => {
  it('no request left the origin', () => {
    expect(foreign).toEqual([])
  })
})
