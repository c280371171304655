import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import axe from 'axe-core'
import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pathOf } from '../../model/routes'
import { builtSite } from '../site/built-site'
import { launchChromium } from '../../scripts/lib/browser'
import { htmlPages } from '../../scripts/lib/html'
import { serveDir } from '../../scripts/lib/staticServer'

// The built site in Chromium, served as a static host would: every page template passes axe,
// works by keyboard, sets no cookie and sends no request to another origin.

let dist: string
let origin: string
let closeServer: () => Promise<void>
let browser: Browser
let context: BrowserContext
const foreign: string[] = []

interface Item {
  id: string
  [k: string]: unknown
}
const items = (collection: string): Item[] => JSON.parse(readFileSync(join(dist, `data/${collection}.json`), 'utf8')).items

/** One page of every template: indexes, filter pages, one document of each collection, every programme, the rest. */
const templates = () => {
  const pages = htmlPages(dist)
  const first = (re: RegExp) => pages.find((p) => re.test(p))
  const doc = (collection: Parameters<typeof pathOf>[0]) => {
    const list = items(collection)
    return list.length > 0 ? [pathOf(collection, list[0].id)] : []
  }
  return [
    '/',
    '/gids/',
    ...doc('guide-chapters'),
    '/toolbox/',
    first(/^\/toolbox\/soort\/[^/]+\/$/),
    ...doc('tools'),
    '/proeftuinen/',
    ...doc('proeftuinen'),
    '/peer-reviews/',
    ...doc('peer-reviews'),
    '/mvp/',
    ...doc('mvp-parts'),
    '/mvp/zelfscan/',
    '/landelijk-beeld/',
    '/lessen/',
    first(/^\/lessen\/thema\/[^/]+\/$/),
    ...doc('lessons'),
    '/programmas/',
    ...items('programmes').map((p) => pathOf('programmes', p.id)),
    '/vraagbaak/',
    ...doc('questions'),
    '/colofon/',
    '/privacy/',
    '/data/',
    '/zoeken/',
    '/deze-pagina-bestaat-niet/',
  ].filter((p): p is string => p !== undefined)
}

const runAxe = async (page: Page) => {
  // Injected through the DevTools protocol: the site's CSP (rightly) refuses an inline <script>.
  await page.evaluate(axe.source)
  const result = await page.evaluate(() =>
    (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] }),
  )
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`)
}

beforeAll(async () => {
  dist = await builtSite()
  ;({ origin, close: closeServer } = await serveDir(dist))
  browser = await launchChromium()
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  context.on('request', (request) => {
    const url = request.url()
    if (!url.startsWith(`${origin}/`) && !/^(data|blob):/.test(url)) foreign.push(url)
  })
})

afterAll(async () => {
  await browser?.close()
  await closeServer?.()
})

describe('every page template in Chromium', () => {
  it('axe finds no violation, and nothing is stored in the browser', async () => {
    const page = await context.newPage()
    const problems: string[] = []
    for (const path of templates()) {
      const response = await page.goto(`${origin}${path}`)
      expect(response?.status(), path).toBe(path === '/deze-pagina-bestaat-niet/' ? 404 : 200)
      // The search interface is drawn by script: check it once it is ready.
      if (path === '/zoeken/') await page.locator('[data-search-status]', { hasText: 'Typ een zoekterm' }).waitFor()
      for (const v of await runAxe(page)) problems.push(`${path}: ${v}`)
      expect(await page.evaluate(() => [document.cookie, localStorage.length, sessionStorage.length]), path).toEqual(['', 0, 0])
    }
    await page.close()
    expect(problems).toEqual([])
  })
})

interface Issue {
  code: string
  details: { contentSecurityPolicyIssueDetails?: { violatedDirective: string; sourceCodeLocation?: { url: string } } }
}

describe('Content-Security-Policy', () => {
  // Chromium reports every breach of the site's CSP as an "inspector issue" (DevTools' Issues
  // panel), even one a script catches, and Lighthouse takes best-practices points off for it:
  // /vraagbaak/ scored 96, because zod probed for `new Function` (site/scripts/zodWithoutEval.ts).
  it('no page template breaks it, scripts included', async () => {
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    const issues: string[] = []
    let path = ''
    cdp.on('Audits.issueAdded', ({ issue }: { issue: Issue }) => {
      const csp = issue.details.contentSecurityPolicyIssueDetails
      if (issue.code === 'ContentSecurityPolicyIssue') issues.push(`${path}: ${csp?.violatedDirective} in ${csp?.sourceCodeLocation?.url ?? '?'}`)
    })
    await cdp.send('Audits.enable')
    for (path of [...templates(), '/zoeken/?q=vraagbaak']) {
      await page.goto(`${origin}${path}`)
      await page.waitForLoadState('networkidle')
    }
    await page.close()
    expect(issues).toEqual([])
  })
})

describe('small screens', () => {
  it('no page template scrolls sideways at 320 CSS pixels (WCAG 1.4.10)', async () => {
    const narrow = await browser.newContext({ viewport: { width: 320, height: 640 } })
    const page = await narrow.newPage()
    const wide: string[] = []
    for (const path of templates()) {
      await page.goto(`${origin}${path}`)
      const width = await page.evaluate(() => document.documentElement.scrollWidth)
      if (width > 320) wide.push(`${path}: ${width}px`)
    }
    await narrow.close()
    expect(wide).toEqual([])
  })
})

describe('keyboard', () => {
  it('the first Tab reaches a visible skip link that moves focus to the content', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/toolbox/`)
    await page.keyboard.press('Tab')
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement
      const box = el.getBoundingClientRect()
      return { text: el.textContent, top: box.top, height: box.height, outline: getComputedStyle(el).outlineStyle }
    })
    expect(skip.text).toBe('Naar de inhoud')
    expect(skip.top).toBeGreaterThanOrEqual(0)
    expect(skip.height).toBeGreaterThan(10)
    expect(skip.outline).not.toBe('none')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('inhoud')
    await page.keyboard.press('Tab')
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true)
    await page.close()
  })

  it('every focused element shows its focus', async () => {
    const page = await context.newPage()
    for (const path of ['/', '/mvp/', '/mvp/zelfscan/', pathOf('programmes', items('programmes')[0].id)]) {
      await page.goto(`${origin}${path}`)
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab')
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement
          const style = getComputedStyle(el)
          return { tag: el.tagName, text: el.textContent?.slice(0, 30), outline: style.outlineStyle, width: style.outlineWidth, shadow: style.boxShadow }
        })
        if (focus.tag === 'BODY') break
        expect(focus.outline !== 'none' && focus.width !== '0px', `${path}: ${focus.tag} ${focus.text}`).toBe(true)
      }
    }
    await page.close()
  })
})

describe('the MVP zelfscan', () => {
  it('keeps its state in the URL, shows the share and links help for what is missing', async () => {
    const parts = items('mvp-parts')
    expect(parts.length).toBeGreaterThan(2)
    const page = await context.newPage()
    await page.goto(`${origin}/mvp/zelfscan/?${parts[0].id}=present&${parts[1].id}=absent`)
    expect(await page.locator(`input[name="${parts[0].id}"][value="present"]`).isChecked()).toBe(true)
    await expect.poll(() => page.locator('#uitslag-tekst').textContent()).toContain(`1 van de ${parts.length}`)
    expect(await page.locator(`#hulp-${parts[0].id}`).isHidden()).toBe(true)
    expect(await page.locator(`#hulp-${parts[1].id}`).isVisible()).toBe(true)
    await page.locator(`input[name="${parts[2].id}"][value="present"]`).check()
    await expect.poll(() => page.url()).toContain(`${parts[2].id}=present`)
    expect(await page.locator('#uitslag-tekst').textContent()).toContain(`2 van de ${parts.length}`)
    expect(await page.locator('#jouw-aandeel').isVisible()).toBe(true)
    expect(await runAxe(page)).toEqual([])
    await page.close()
  })

  it('without JavaScript still shows the form and the help for every part', async () => {
    const noJs = await browser.newContext({ javaScriptEnabled: false })
    const page = await noJs.newPage()
    await page.goto(`${origin}/mvp/zelfscan/`)
    const parts = items('mvp-parts')
    expect(await page.locator('#zelfscan fieldset').count()).toBe(parts.length)
    for (const part of parts) expect(await page.locator(`#hulp-${part.id}`).isVisible()).toBe(true)
    await noJs.close()
  })
})

describe('the programme planner', () => {
  it('lays a programme out on a start date, with an .ics download', async () => {
    const programme = items('programmes').find((p) => p.unit === 'days') ?? items('programmes')[0]
    const phases = programme.phases as unknown[]
    const page = await context.newPage()
    await page.goto(`${origin}${pathOf('programmes', programme.id)}?start=2026-01-05`)
    await expect.poll(() => page.locator('.agenda tbody tr').count(), { timeout: 15_000 }).toBe(phases.length)
    expect(await page.locator('.agenda').isVisible()).toBe(true)
    expect(await page.locator('.agenda tbody tr').first().textContent()).toContain('januari 2026')
    const href = await page.locator('[data-ics]').getAttribute('href')
    expect(href).toMatch(/^blob:/)
    // Read as a visitor gets it: the download (the site's CSP lets the page fetch nothing but its own origin).
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics]').click()])
    expect(download.suggestedFilename()).toMatch(/\.ics$/)
    const ics = readFileSync((await download.path())!, 'utf8')
    expect(ics).toContain('BEGIN:VCALENDAR')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(phases.length)
    if (programme.unit === 'days') expect(ics).toContain('DTSTART;VALUE=DATE:20260105')
    expect(await runAxe(page)).toEqual([])
    await page.close()
  })

  it('takes the start date from its form and puts it in the URL', async () => {
    const programme = items('programmes')[0]
    const page = await context.newPage()
    await page.goto(`${origin}${pathOf('programmes', programme.id)}`)
    expect(await page.locator('.agenda').isHidden()).toBe(true)
    await page.locator('input[name="start"]').fill('2026-09-14')
    await page.locator('.planner-form button[type="submit"]').click()
    await expect.poll(() => page.url()).toContain('start=2026-09-14')
    expect(await page.locator('.agenda').isVisible()).toBe(true)
    expect(await page.locator('.agenda tbody').textContent()).toContain('september 2026')
    await page.close()
  })
})

describe('print', () => {
  it('a chapter and a tool print without menus, filters or forms', async () => {
    const page = await context.newPage()
    await page.emulateMedia({ media: 'print' })
    for (const path of [pathOf('guide-chapters', items('guide-chapters')[0].id), pathOf('tools', items('tools')[0].id)]) {
      await page.goto(`${origin}${path}`)
      for (const selector of ['.site-nav', '.site-footer', '.skip-link', '.breadcrumbs']) expect(await page.locator(selector).isHidden(), `${path} ${selector}`).toBe(true)
      expect(await page.locator('main h1').isVisible()).toBe(true)
      const pdf = await page.pdf({ format: 'A4' })
      expect(pdf.length).toBeGreaterThan(1000)
    }
    await page.close()
  })
})

describe('search', () => {
  it('finds documents in Dutch with Pagefind, from the site itself', async () => {
    const page = await context.newPage()
    await page.goto(`${origin}/zoeken/`)
    // More of the search page (filters, URL state, the header field): tests/search/search-page.test.ts.
    await page.locator('#zoekterm').fill('VraagBaak')
    await expect.poll(() => page.locator('.search-result').count(), { timeout: 10_000 }).toBeGreaterThan(0)
    const first = await page.locator('.search-result > h3 a').first().getAttribute('href')
    expect(first).toMatch(/^\/[a-z-]+\/[a-z0-9-]+\/$/)
    expect(await runAxe(page)).toEqual([])
    await page.close()
  })
})

// Issue 17: the site as visitors use it, on a phone (375 px) and a laptop (1280 px).
describe.each([375, 1280])('at %i px', (width) => {
  const open = async (path: string, options: { javaScriptEnabled?: boolean } = {}) => {
    const ctx = await browser.newContext({ viewport: { width, height: 812 }, ...options })
    const page = await ctx.newPage()
    await page.goto(`${origin}${path}`)
    return { ctx, page }
  }

  it('no element with the hidden attribute shows, on any page template', async () => {
    const { ctx, page } = await open('/')
    const shown: string[] = []
    for (const path of [...templates(), '/zoeken/?q=grozzerdam']) {
      await page.goto(`${origin}${path}`)
      if (path.startsWith('/zoeken/')) await page.locator('[data-search-status]').filter({ hasText: /resulta|Typ een zoekterm/ }).waitFor()
      const visible = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>('[hidden]')].filter((e) => getComputedStyle(e).display !== 'none').map((e) => e.outerHTML.slice(0, 80)),
      )
      shown.push(...visible.map((v) => `${path}: ${v}`))
    }
    expect(shown).toEqual([])
    // The self-scan shows no share of its own before anything is filled in.
    await page.goto(`${origin}/mvp/zelfscan/`)
    expect(await page.locator('#jouw-aandeel').isVisible()).toBe(false)
    await ctx.close()
  })

  it('the header takes one line, with a menu that opens, also without JavaScript', async () => {
    for (const javaScriptEnabled of [true, false]) {
      const { ctx, page } = await open('/toolbox/', { javaScriptEnabled })
      const height = await page.locator('.site-header').evaluate((e) => e.getBoundingClientRect().height)
      const nav = page.getByRole('navigation', { name: 'Hoofdmenu' })
      if (width < 800) {
        expect(height).toBeLessThanOrEqual(64)
        expect(await nav.getByRole('link', { name: 'Lessen' }).isVisible()).toBe(false)
        await page.locator('.site-menu > summary').click()
        expect(await nav.getByRole('link', { name: 'Lessen' }).isVisible()).toBe(true)
        await nav.getByRole('link', { name: 'Lessen' }).click()
        await page.waitForURL(`${origin}/lessen/`)
      } else {
        expect(height).toBeLessThanOrEqual(80)
        expect(await nav.getByRole('link', { name: 'Lessen' }).isVisible()).toBe(true)
        expect(await page.locator('.site-menu > summary').isVisible()).toBe(false)
      }
      if (javaScriptEnabled) expect(await runAxe(page)).toEqual([])
      await page.screenshot({ path: `test-results/header-${width}${javaScriptEnabled ? '' : '-nojs'}.png` })
      await ctx.close()
    }
  })

  it('the MVP matrix keeps its first column in view and its cells look like links', async () => {
    const { ctx, page } = await open('/mvp/')
    const first = page.locator('.matrix tbody th').first()
    expect(await first.evaluate((e) => getComputedStyle(e).position)).toBe('sticky')
    const link = page.locator('.matrix td.status a').first()
    const look = await link.evaluate((a) => {
      const s = getComputedStyle(a)
      return { underline: s.textDecorationLine.includes('underline'), border: s.borderBottomStyle !== 'none' && s.borderBottomWidth !== '0px' }
    })
    expect(look.underline || look.border).toBe(true)
    // Scrolled sideways, the part names stay at the left edge of the table's box.
    const scroller = page.locator('.matrix').locator('xpath=..')
    await scroller.evaluate((box) => box.scrollBy(400, 0))
    const [cell, edge] = [await first.boundingBox(), await scroller.boundingBox()]
    expect(Math.abs(cell!.x - edge!.x)).toBeLessThan(2)
    await ctx.close()
  })

  it('the self-scan result reads well: a wide bar and counts in singular or plural', async () => {
    const parts = items('mvp-parts')
    const { ctx, page } = await open(`/mvp/zelfscan/?${parts.slice(1).map((p) => `${p.id}=present`).join('&')}`)
    await expect.poll(() => page.locator('#uitslag-tekst').textContent(), { timeout: 15_000 }).toContain('1 onderdeel nog niet ingevuld')
    const bar = await page.locator('#jouw-aandeel .bar').boundingBox()
    expect(bar!.width).toBeGreaterThanOrEqual(Math.min(200, width - 120))
    await ctx.close()
  })
})

// Issue 17: the planner plans.
describe.each([375, 1280])('the planner at %i px', (width) => {
  const programme = (kind: string) => items('programmes').find((p) => p.kind === kind)!
  const open = async (path: string) => {
    const ctx = await browser.newContext({ viewport: { width, height: 812 } })
    const page = await ctx.newPage()
    await page.goto(`${origin}${path}`)
    return { ctx, page }
  }
  const whenCells = (page: Page) => page.locator('.agenda tbody td:nth-of-type(1)').allTextContents()

  it('is linked from the top of the page, and lays the Kick Off out in one day', async () => {
    const kickOff = programme('kick-off')
    const { ctx, page } = await open(`${pathOf('programmes', kickOff.id)}?start=2026-01-05&tijd=09:00`)
    const link = page.locator('main a[href="#planner"]').first()
    expect(await link.isVisible()).toBe(true)
    const [linkY, timelineY] = [await link.evaluate((e) => e.getBoundingClientRect().top), await page.locator('#prog-tijdlijn').evaluate((e) => e.getBoundingClientRect().top)]
    expect(linkY).toBeLessThan(timelineY)
    await expect.poll(() => page.locator('.agenda tbody tr').count(), { timeout: 15_000 }).toBe((kickOff.phases as unknown[]).length)
    const when = await whenCells(page)
    for (const w of when) expect(w).toContain('5 januari 2026')
    expect(when.at(-1)).toMatch(/– 17:00$/)
    // The table fits the screen.
    expect(await page.locator('.agenda .table-scroll').evaluate((e) => e.scrollWidth <= e.clientWidth)).toBe(true)
    await ctx.close()
  })

  it('puts the phases of the 100-dagenlijn on working days when asked', async () => {
    const { ctx, page } = await open(`${pathOf('programmes', programme('hundred-days').id)}?start=2026-01-05&werkdagen=1`)
    await expect.poll(() => page.locator('.agenda tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    expect(await page.locator('input[name="werkdagen"]').isChecked()).toBe(true)
    for (const w of await whenCells(page)) expect(w).not.toMatch(/^(za|zo) |t\/m (za|zo) /)
    await ctx.close()
  })

  it('plans the Kick Off followed by the 100-dagenlijn as one plan', async () => {
    const kickOff = programme('kick-off')
    const hundred = programme('hundred-days')
    const { ctx, page } = await open(pathOf('programmes', kickOff.id))
    await page.locator('input[name="start"]').fill('2026-01-09')
    await page.locator('input[name="vervolg"]').check()
    await page.locator('.planner-form button[type="submit"]').click()
    await expect.poll(() => page.locator('.agenda tbody tr').count(), { timeout: 15_000 }).toBe((kickOff.phases as unknown[]).length + (hundred.phases as unknown[]).length)
    expect(page.url()).toContain('vervolg=1')
    // The Kick Off is on Friday the 9th; the 100-dagenlijn begins on the next working day.
    expect((await whenCells(page))[(kickOff.phases as unknown[]).length]).toContain('12 januari 2026')
    // Read as a visitor gets it: the download (the site's CSP lets the page fetch nothing but its own origin).
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-ics]').click()])
    const ics = readFileSync((await download.path())!, 'utf8')
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength((kickOff.phases as unknown[]).length + (hundred.phases as unknown[]).length)
    expect(await runAxe(page)).toEqual([])
    await ctx.close()
  })

  it('prints the dated agenda and nothing else', async () => {
    const { ctx, page } = await open(`${pathOf('programmes', programme('hundred-days').id)}?start=2026-01-05`)
    await expect.poll(() => page.locator('.agenda tbody tr').count(), { timeout: 15_000 }).toBeGreaterThan(0)
    await page.emulateMedia({ media: 'print' })
    expect(await page.locator('.agenda table').isVisible()).toBe(true)
    for (const selector of ['main h1', '#prog-tijdlijn', '.phases', '.planner-form', '#planner-kop', '.doc > aside']) expect(await page.locator(selector).first().isHidden(), selector).toBe(true)
    await ctx.close()
  })
})

describe.each([375, 1280])('content pages at %i px', (width) => {
  it('say when they were last updated, and lead to the ask form with the page as its topic', async () => {
    const ctx = await browser.newContext({ viewport: { width, height: 812 } })
    const page = await ctx.newPage()
    const tool = items('tools')[0]
    await page.goto(`${origin}${pathOf('tools', tool.id)}`)
    expect(await page.locator('main').textContent()).toMatch(/Laatst bijgewerkt op \d{1,2} \p{L}+ \d{4}/u)
    const report = page.getByRole('link', { name: 'Klopt er iets niet? Laat het weten' })
    expect(await report.isVisible()).toBe(true)
    await report.click()
    await page.waitForURL(/\/vraagbaak\//)
    await expect.poll(() => page.locator('#ask-topic').inputValue(), { timeout: 15_000 }).toBe(`tool:${tool.id}`)
    expect(await page.locator('#ask-context').inputValue()).toContain(pathOf('tools', tool.id))
    for (const path of [pathOf('lessons', items('lessons')[0].id), pathOf('guide-chapters', items('guide-chapters')[0].id), pathOf('questions', items('questions')[0].id)]) {
      await page.goto(`${origin}${path}`)
      expect(await page.getByRole('link', { name: 'Klopt er iets niet? Laat het weten' }).count(), path).toBe(1)
      expect(await page.locator('main').textContent(), path).toContain('Laatst bijgewerkt op')
    }
    await ctx.close()
  })
})

describe('a question page', () => {
  it('lists related questions: same tool, proeftuin or theme', async () => {
    const questions = items('questions') as (Item & { theme?: string })[]
    const withSibling = questions.find((q) => questions.some((o) => o.id !== q.id && o.theme && o.theme === q.theme))!
    const page = await context.newPage()
    await page.goto(`${origin}${pathOf('questions', withSibling.id)}`)
    const box = page.getByRole('region', { name: 'Verwante vragen' })
    expect(await box.isVisible()).toBe(true)
    const hrefs = await box.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(hrefs.length).toBeGreaterThan(0)
    expect(hrefs).not.toContain(pathOf('questions', withSibling.id))
    for (const h of hrefs) expect(h).toMatch(/^\/vraagbaak\/[a-z0-9-]+\/$/)
    await page.close()
  })
})

describe('a dark colour scheme', () => {
  it("follows the visitor's setting, and axe finds no violation in it", async () => {
    const dark = await browser.newContext({ viewport: { width: 375, height: 812 }, colorScheme: 'dark' })
    const page = await dark.newPage()
    const problems: string[] = []
    for (const path of templates()) {
      await page.goto(`${origin}${path}`)
      if (path === '/zoeken/') await page.locator('[data-search-status]', { hasText: 'Typ een zoekterm' }).waitFor()
      const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor)
      const [r, g, b] = background.match(/\d+/g)!.map(Number)
      expect(r + g + b, `${path}: ${background}`).toBeLessThan(150)
      for (const v of await runAxe(page)) problems.push(`${path}: ${v}`)
    }
    await dark.close()
    expect(problems).toEqual([])
  })
})

// Last, so it covers every page every test above opened.
describe('privacy', () => {
  it('no cookie was set and no request left the origin', async () => {
    expect(await context.cookies()).toEqual([])
    expect(foreign).toEqual([])
  })
})
