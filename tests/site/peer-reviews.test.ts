/**
 * Peer reviews on the built site, from a copy of content/ with three reviews added (the seeds hold
 * none, and content/ only says what the seeds say, so the reviews live here). One carries the
 * kind of text a kwartiermaker may type: it must reach the page as the words typed. Checked: the
 * review page, the case pages' section, the MVP matrix marks and legend, Pagefind's `soort`
 * filter and the open data.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DomUtils, parseDocument } from 'htmlparser2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { stringify } from 'yaml'
import { decode, h1Of, hrefsOf, readPage } from '../../scripts/lib/html'
import { loadPagefind, type PagefindApi } from '../../scripts/lib/search/pagefindNode'
import { contentDir, runSiteBuild } from './built-site'

const hostile = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', '{alert(1)}', "javascript:alert('x')"]
const hostileLine = hostile.join(' ')

const reviews: Record<string, { data: Record<string, unknown>; body: string }> = {
  'roermond-over-westerpark': {
    data: {
      title: `Roermond over Westerpark ${hostile[0]}`,
      about: 'amsterdam-westerpark',
      by: 'roermond',
      date: '2020-02-14',
      verdicts: [
        { part: 'vraagbaak', verdict: 'doubt', comment: `Wie beantwoordt de vragen? ${hostileLine}` },
        { part: 'ecommunity', verdict: 'agree', comment: hostile[1] },
        { part: 'kwartiermaker', verdict: 'agree' },
      ],
      onWhatWorks: `Werkt: ${hostile[1]}`,
      onWhatDoesNot: `Werkt niet: ${hostile[0]}`,
      reply: `Reactie: ${hostileLine}`,
    },
    // As the export writes typed text (escaped), and one raw line as a hand-written file might hold.
    body: `De review zelf. \\<script>alert(1)\\</script> en \\<img src=x onerror=alert(1)>\n\n<script>alert(2)</script>\n`,
  },
  'rotterdam-over-westerpark': {
    data: { title: 'Rotterdam over Westerpark', about: 'amsterdam-westerpark', by: 'rotterdam', date: '2019-11-01', verdicts: [{ part: 'vraagbaak', verdict: 'agree' }] },
    body: '',
  },
  'westerpark-over-roermond': {
    data: { title: 'Westerpark over Roermond', about: 'roermond', by: 'amsterdam-westerpark', date: '2020-03-01', verdicts: [] },
    body: 'Een review zonder oordeel per onderdeel.\n',
  },
}
const reviewPath = (slug: string) => `/peer-reviews/${slug}/`
const hostilePath = reviewPath('roermond-over-westerpark')

const work = mkdtempSync(join(tmpdir(), 'peer-reviews-'))
let dist: string
let pagefind: PagefindApi

beforeAll(async () => {
  const content = join(work, 'content')
  cpSync(contentDir, content, { recursive: true })
  mkdirSync(join(content, 'peer-reviews'), { recursive: true })
  for (const [slug, { data, body }] of Object.entries(reviews)) writeFileSync(join(content, 'peer-reviews', `${slug}.md`), `---\n${stringify(data)}---\n${body}`)
  dist = join(work, 'dist')
  // --strict: the link check over the result fails the build.
  await runSiteBuild(dist, join(work, 'cache'), content, ['--strict'])
  pagefind = await loadPagefind(dist)
}, 600_000)

afterAll(() => rmSync(work, { recursive: true, force: true }))

const page = (path: string) => readPage(dist, path)
const mainOf = (path: string) => DomUtils.findOne((e) => e.name === 'main', parseDocument(page(path)).children)!
const textOf = (path: string) => DomUtils.textContent(mainOf(path)).replace(/\s+/g, ' ')
/** The text of the element with this id (a section, a table row). */
const textById = (path: string, id: string) => {
  const el = DomUtils.findOne((e) => e.attribs.id === id, parseDocument(page(path)).children)
  if (!el) throw new Error(`${path}: no #${id}`)
  return DomUtils.textContent(el).replace(/\s+/g, ' ')
}
/** What a section holds: from its heading to the next heading of its level or the end of its <section>. */
const sectionHtml = (html: string, headingId: string) => {
  const start = html.indexOf(`id="${headingId}"`)
  if (start === -1) throw new Error(`no #${headingId}`)
  const level = html.slice(html.lastIndexOf('<h', start) + 2, html.lastIndexOf('<h', start) + 3)
  const ends = [html.indexOf(`<h${level}`, start), html.indexOf('</section>', start)].filter((i) => i !== -1)
  return html.slice(start, Math.min(...ends))
}

describe('a peer review page', () => {
  it('has the title, who reviewed whom with links to both, and the date', () => {
    const html = page(hostilePath)
    expect(h1Of(html)).toEqual([reviews['roermond-over-westerpark'].data.title])
    const lead = html.match(/<p class="lead">([\s\S]*?)<\/p>/)![1]
    expect(decode(lead.replace(/<[^>]+>/g, '')).replace(/\s+/g, ' ').trim()).toBe('Review van Proeftuin Westerpark door Proeftuin Roermond')
    expect(hrefsOf(lead)).toEqual(['/proeftuinen/amsterdam-westerpark/', '/proeftuinen/roermond/'])
    expect(html).toContain('<time datetime="2020-02-14">14 februari 2020</time>')
  })

  it('gives per MVP part the verdict in words, the comment and a link to the part', () => {
    const vraagbaak = textById(hostilePath, 'pr-vraagbaak')
    expect(vraagbaak).toContain('Een VraagBaak in gebruik')
    expect(vraagbaak).toContain('Twijfel')
    expect(vraagbaak).toContain(`Wie beantwoordt de vragen? ${hostileLine}`)
    // The reviewed proeftuin's own status beside it.
    expect(vraagbaak).toContain('Aanwezig')
    expect(textById(hostilePath, 'pr-ecommunity')).toContain('Eens')
    expect(textById(hostilePath, 'pr-kwartiermaker')).toMatch(/Eens.*Geen toelichting/)
    const html = page(hostilePath)
    expect(hrefsOf(html)).toContain('/mvp/vraagbaak/')
    expect(hrefsOf(html)).toContain('/proeftuinen/amsterdam-westerpark/#mvp-vraagbaak')
  })

  it('shows the remarks on what works and what does not, the review text and the reply', () => {
    const text = textOf(hostilePath)
    expect(text).toContain(`Over wat werkt Werkt: ${hostile[1]}`)
    expect(text).toContain(`Over wat niet werkt Werkt niet: ${hostile[0]}`)
    expect(text).toContain('De review zelf. <script>alert(1)</script> en <img src=x onerror=alert(1)>')
    expect(textById(hostilePath, 'pr-reactie')).toBe('Reactie van Proeftuin Westerpark')
    expect(text).toContain(`Reactie van Proeftuin Westerpark Reactie: ${hostileLine}`)
  })

  it('renders typed HTML as text: no element or attribute comes from it', () => {
    const found: string[] = []
    for (const el of DomUtils.findAll(() => true, [mainOf(hostilePath)])) {
      if (['script', 'img', 'iframe', 'style'].includes(el.name)) found.push(`<${el.name}>`)
      for (const [name, value] of Object.entries(el.attribs)) {
        if (/^on/i.test(name)) found.push(`${el.name}[${name}]`)
        if (/^\s*javascript:/i.test(value)) found.push(`${el.name}[${name}=${value}]`)
      }
    }
    expect(found).toEqual([])
    // The raw line of the body (as a hand-written file might hold it) is text too.
    expect(textOf(hostilePath)).toContain('<script>alert(2)</script>')
  })

  it('says what it does not hold, and shows no reply heading without a reply', () => {
    const html = page(reviewPath('westerpark-over-roermond'))
    expect(html).not.toContain('id="pr-reactie"')
    expect(html).not.toContain('id="pr-oordeel"')
    expect(decode(html.match(/<p class="not-described"[^>]*>([\s\S]*?)<\/p>/)![1])).toContain('oordeel per MVP-onderdeel, reactie van Proeftuin Roermond')
  })

  it('sits under Proeftuinen › Peer reviews, and the list of reviews names them all, newest first', () => {
    const html = page(hostilePath)
    const crumbs = html.slice(html.indexOf('<nav class="breadcrumbs" aria-label="Kruimelpad"'), html.indexOf('</nav>', html.indexOf('<nav class="breadcrumbs" aria-label="Kruimelpad"')))
    expect(hrefsOf(crumbs).slice(0, 3)).toEqual(['/', '/proeftuinen/', '/peer-reviews/'])
    const list = page('/peer-reviews/')
    const order = ['westerpark-over-roermond', 'roermond-over-westerpark', 'rotterdam-over-westerpark'].map((s) => list.indexOf(`href="${reviewPath(s)}"`))
    expect(order.every((i) => i > 0)).toBe(true)
    expect([...order].sort((a, b) => a - b)).toEqual(order)
    expect(decode(list)).toContain('twijfel over 1 onderdeel')
  })
})

describe('the case page', () => {
  it('lists the reviews it received, with the reviewing proeftuin and the date, linking to each', () => {
    const html = page('/proeftuinen/amsterdam-westerpark/')
    const received = sectionHtml(html, 'pt-reviews-ontvangen')
    expect(hrefsOf(received)).toEqual([hostilePath, '/proeftuinen/roermond/', reviewPath('rotterdam-over-westerpark'), '/proeftuinen/rotterdam/'])
    expect(received).toContain('<time datetime="2020-02-14">14 februari 2020</time>')
    expect(decode(received.replace(/<[^>]+>/g, ''))).toContain(reviews['roermond-over-westerpark'].data.title as string)
    // The hostile title is text here too.
    expect(received).not.toContain('<script>')
  })

  it('lists the reviews it gave of others', () => {
    const given = sectionHtml(page('/proeftuinen/amsterdam-westerpark/'), 'pt-reviews-gegeven')
    expect(hrefsOf(given)).toEqual([reviewPath('westerpark-over-roermond'), '/proeftuinen/roermond/'])
    const roermond = sectionHtml(page('/proeftuinen/roermond/'), 'pt-reviews-gegeven')
    expect(hrefsOf(roermond)).toEqual([hostilePath, '/proeftuinen/amsterdam-westerpark/'])
  })

  it('names peer reviews as missing only where none were received', () => {
    const missingLine = (slug: string) => decode(page(`/proeftuinen/${slug}/`).match(/<p class="not-described"[^>]*>([\s\S]*?)<\/p>/)?.[1] ?? '')
    expect(missingLine('amsterdam-westerpark')).not.toContain('peer reviews')
    expect(missingLine('roermond')).not.toContain('peer reviews')
    expect(missingLine('rotterdam')).toContain('peer reviews')
    // Rotterdam gave a review, so its section is there, without a list of received ones.
    expect(page('/proeftuinen/rotterdam/')).toContain('id="pt-reviews-gegeven"')
    expect(page('/proeftuinen/rotterdam/')).not.toContain('id="pt-reviews-ontvangen"')
  })

  it('the scorecard links each peer verdict to its review', () => {
    const row = textById('/proeftuinen/amsterdam-westerpark/', 'mvp-vraagbaak')
    expect(row).toContain('Twijfel van Proeftuin Roermond')
    expect(row).toContain('Eens van Proeftuin Rotterdam')
    expect(hrefsOf(page('/proeftuinen/amsterdam-westerpark/'))).toContain(`${hostilePath}#pr-vraagbaak`)
  })
})

describe('the MVP matrix', () => {
  const cell = (html: string, proeftuin: string, part: string) => {
    const href = `href="/proeftuinen/${proeftuin}/#mvp-${part}"`
    const at = html.indexOf(`<td class="status`, html.lastIndexOf('<td', html.indexOf(href)))
    return html.slice(at, html.indexOf('</td>', at))
  }

  it('marks a cell peers doubted apart from one they agreed with, in symbol, class and words', () => {
    const html = page('/mvp/')
    const doubted = cell(html, 'amsterdam-westerpark', 'vraagbaak')
    expect(doubted).toContain('class="peer-mark peer-doubt" aria-hidden="true">!</span>')
    // One peer doubts, another agrees: both are said, doubt first.
    expect(decode(doubted)).toContain('Aanwezig: Een VraagBaak in gebruik in Proeftuin Westerpark. Peer review: twijfel van Proeftuin Roermond; eens: Proeftuin Rotterdam')
    const agreed = cell(html, 'amsterdam-westerpark', 'ecommunity')
    expect(agreed).toContain('class="peer-mark peer-agree" aria-hidden="true">✓</span>')
    expect(decode(agreed)).toContain('Peer review: eens: Proeftuin Roermond')
    const unreviewed = cell(html, 'roermond', 'vraagbaak')
    expect(unreviewed).not.toContain('peer-mark')
    expect(unreviewed).not.toContain('Peer review')
  })

  it('keeps one link per cell and every cell in place, and explains the marks in the legend', () => {
    const html = page('/mvp/')
    const cells = [...html.matchAll(/<td class="status status-([a-z-]+)">\s*<a href="([^"]+)">[\s\S]*?<span class="visually-hidden">([^<]+)<\/span>/g)]
    expect(cells).toHaveLength(10 * 5)
    const legend = html.slice(html.indexOf('<ul class="legend"'), html.indexOf('</ul>', html.indexOf('<ul class="legend"')))
    expect(decode(legend)).toContain('Door een andere proeftuin gereviewd: eens')
    expect(decode(legend)).toContain('Door een andere proeftuin gereviewd: twijfel')
    expect(html).toContain('href="/peer-reviews/"')
  })
})

describe('search and open data', () => {
  it('Pagefind finds the reviews, and only them, under soort "Peer review"', async () => {
    const filters = await pagefind.filters()
    expect(filters.soort['Peer review']).toBe(3)
    const { results } = await pagefind.search(null, { filters: { soort: 'Peer review' } })
    const urls = await Promise.all(results.map(async (r) => (await r.data()).url))
    expect(urls.sort()).toEqual(Object.keys(reviews).map(reviewPath).sort())
  })

  it('a review is found under both proeftuinen and the parts it judges', async () => {
    const { results } = await pagefind.search(null, { filters: { soort: 'Peer review', proeftuin: 'Proeftuin Roermond', 'mvp-onderdeel': 'Een VraagBaak in gebruik' } })
    expect(await Promise.all(results.map(async (r) => (await r.data()).url))).toEqual([hostilePath])
  })

  it('/data/peer-reviews.json holds every review with its fields, the typed text as typed', () => {
    const data = JSON.parse(readFileSync(join(dist, 'data/peer-reviews.json'), 'utf8'))
    expect(data.count).toBe(3)
    const item = data.items.find((i: { id: string }) => i.id === 'roermond-over-westerpark')
    expect(item).toMatchObject({ about: 'amsterdam-westerpark', by: 'roermond', date: '2020-02-14', reply: `Reactie: ${hostileLine}` })
    expect(item.related.proeftuinen.sort()).toEqual(['amsterdam-westerpark', 'roermond'])
  })
})
