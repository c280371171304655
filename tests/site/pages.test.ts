import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { contentCollections, references, type ContentCollection } from '../../model/collections'
import { pathOf } from '../../model/routes'
import { loadContent, type ContentDocument } from '../../scripts/lib/content/load'
import { slugsAt } from '../../site/lib/relations'
import { builtSite, contentDir, testSiteUrl } from './built-site'
import { codeScriptsOf, decode, fileOf, h1Of, hrefsOf, htmlPages, jsonLdOf, readPage } from '../../scripts/lib/html'

// Checks on the built site (one shared build, see built-site.ts) against the content it was built
// from, read here by the project's own content loader rather than by Astro.

let dist: string
let documents: ContentDocument[]
let pages: string[]
const documentPaths = new Set<string>()

beforeAll(async () => {
  dist = await builtSite()
  documents = (await loadContent(contentDir)).documents
  pages = htmlPages(dist)
  for (const d of documents) documentPaths.add(pathOf(d.collection, d.slug))
})

const page = (path: string) => readPage(dist, path)
const exists = (collection: ContentCollection, slug: string) => documents.some((d) => d.collection === collection && d.slug === slug)

describe('the site has a page for every document', () => {
  it('every content document has its page, titled with its title', () => {
    expect(documents.length).toBeGreaterThan(0)
    const missing = documents.filter((d) => !existsSync(fileOf(dist, pathOf(d.collection, d.slug))))
    expect(missing.map((d) => d.file)).toEqual([])
    for (const d of documents) expect(h1Of(page(pathOf(d.collection, d.slug)))).toEqual([d.data.title])
  })

  it('every collection has its index page', () => {
    for (const path of ['/', '/gids/', '/toolbox/', '/proeftuinen/', '/peer-reviews/', '/mvp/', '/mvp/zelfscan/', '/lessen/', '/programmas/', '/vraagbaak/', '/colofon/', '/privacy/', '/data/', '/zoeken/']) {
      expect(pages, path).toContain(path)
    }
  })

  it('Pagefind indexed exactly the document pages', () => {
    const entry = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8'))
    expect(entry.languages.nl.page_count).toBe(documents.length)
    const withBody = pages.filter((p) => page(p).includes('data-pagefind-body'))
    expect(withBody.sort()).toEqual([...documentPaths].sort())
  })
})

describe('every page', () => {
  it('is Dutch, has one h1, a title, a description, a canonical URL and Open Graph tags', () => {
    for (const path of pages.filter((p) => p !== '/404.html')) {
      const html = page(path)
      expect(html, path).toMatch(/^<!DOCTYPE html><html lang="nl">/)
      expect(h1Of(html), path).toHaveLength(1)
      expect(html, path).toMatch(/<title>[^<]+<\/title>/)
      expect(html, path).toMatch(/<meta name="description" content="[^"]+">/)
      expect(html, path).toContain(`<link rel="canonical" href="${testSiteUrl}${path}">`)
      expect(html, path).toContain(`<meta property="og:url" content="${testSiteUrl}${path}">`)
      expect(html, path).toMatch(/<meta property="og:title" content="[^"]+">/)
      expect(html, path).toContain(`<meta property="og:image" content="${testSiteUrl}/og.png">`)
      expect(html, path).toContain('<a class="skip-link" href="#inhoud">')
      expect(html, path).toContain('<main id="inhoud"')
    }
  })

  it('shares one preview image, served from the site itself', () => {
    expect(readFileSync(join(dist, 'og.png')).subarray(1, 4).toString()).toBe('PNG')
  })

  it('has no id twice', () => {
    for (const path of pages) {
      const html = page(path).replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, '')
      const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])
      expect(ids.filter((id, i) => ids.indexOf(id) !== i), path).toEqual([])
    }
  })

  it('loads nothing from another origin', () => {
    for (const path of pages) {
      const html = page(path)
      const loads = [...html.matchAll(/<(?:script|img|iframe|source|audio|video)\b[^>]*\ssrc="([^"]*)"/g), ...html.matchAll(/<link\b(?=[^>]*rel="(?:stylesheet|icon|preload|modulepreload)")[^>]*href="([^"]*)"/g)].map((m) => m[1])
      for (const url of loads) expect(url, `${path}: ${url}`).toMatch(/^\/(?!\/)/)
      expect(html, path).not.toMatch(/@import|url\(\s*['"]?https?:/)
    }
  })

  it('carries JavaScript only where it needs it: search, the zelfscan, the programme planner, the ask form and the join form', () => {
    const needsJs = (p: string) =>
      p === '/zoeken/' || p === '/mvp/zelfscan/' || p === '/vraagbaak/' || p === '/proeftuinen/aanmelden/' || /^\/programmas\/[^/]+\/$/.test(p)
    for (const path of pages) {
      // Besides the header's few lines that make "/" focus the search field (every page has it).
      const scripts = codeScriptsOf(page(path)).filter((attrs) => !/Base\.astro_astro_type_script/.test(attrs))
      if (needsJs(path)) expect(scripts.length, path).toBeGreaterThan(0)
      else expect(scripts, path).toEqual([])
    }
  })

  it('the colofon names every place JavaScript runs', () => {
    const colofon = decode(page('/colofon/'))
    const reasons: [(p: string) => boolean, string][] = [
      [(p) => p === '/zoeken/', 'het zoeken'],
      [(p) => p === '/mvp/zelfscan/', 'de zelfscan'],
      [(p) => /^\/programmas\/[^/]+\/$/.test(p), 'de programmaplanner'],
      [(p) => p === '/vraagbaak/', 'het vraagformulier van de VraagBaak'],
      [(p) => p === '/proeftuinen/aanmelden/', 'het aanmeldformulier voor een nieuwe proeftuin'],
    ]
    for (const path of pages) {
      const scripts = codeScriptsOf(page(path))
      if (scripts.some((attrs) => /Base\.astro_astro_type_script/.test(attrs))) expect(colofon, `${path}: the "/" shortcut`).toContain('elke pagina een paar regels JavaScript')
      if (scripts.some((attrs) => !/Base\.astro_astro_type_script/.test(attrs))) {
        const reason = reasons.find(([applies]) => applies(path))
        expect(reason, `${path} runs JavaScript the colofon does not explain`).toBeDefined()
        expect(colofon, path).toContain(reason![1])
      }
    }
  })

  it('has structured data that parses: an Article on documents, a QAPage on questions', () => {
    for (const path of pages) for (const data of jsonLdOf(page(path))) expect(data['@context'], path).toBe('https://schema.org')
    for (const d of documents) {
      const [data] = jsonLdOf(page(pathOf(d.collection, d.slug)))
      if (d.collection === 'questions') {
        expect(data['@type']).toBe('QAPage')
        expect(data.mainEntity).toMatchObject({ '@type': 'Question', name: d.data.title })
        if (d.body.trim()) expect(data.mainEntity.acceptedAnswer['@type']).toBe('Answer')
      } else {
        expect(data).toMatchObject({ '@type': 'Article', headline: d.data.title, url: `${testSiteUrl}${pathOf(d.collection, d.slug)}` })
      }
    }
  })
})

describe('connections', () => {
  it('every document links to the documents it names, and they link back', () => {
    const problems: string[] = []
    for (const d of documents) {
      const from = pathOf(d.collection, d.slug)
      for (const [spec, target] of Object.entries(references[d.collection])) {
        for (const slug of new Set(slugsAt(d.data, spec))) {
          if (!exists(target, slug) || (target === d.collection && slug === d.slug)) continue
          const to = pathOf(target, slug)
          if (!hrefsOf(page(from)).some((h) => h.split('#')[0] === to)) problems.push(`${from} does not link to ${to} (${spec})`)
          if (!hrefsOf(page(to)).some((h) => h.split('#')[0] === from)) problems.push(`${to} does not link back to ${from} (${spec})`)
        }
      }
    }
    expect(problems).toEqual([])
  })

  it('a tool lists the proeftuinen that use it, a case its tools and lessons, a chapter its tools', () => {
    for (const tool of documents.filter((d) => d.collection === 'tools')) {
      const html = page(pathOf('tools', tool.slug))
      const section = html.slice(html.indexOf('id="tool-gebruikt-in"'), html.indexOf('id="tool-mvp-onderdelen"'))
      for (const p of (tool.data.proeftuinen as string[]).filter((s) => exists('proeftuinen', s))) expect(section).toContain(`href="${pathOf('proeftuinen', p)}"`)
    }
    for (const lesson of documents.filter((d) => d.collection === 'lessons' && d.data.proeftuin)) {
      const p = lesson.data.proeftuin as string
      if (!exists('proeftuinen', p)) continue
      const html = page(pathOf('proeftuinen', p))
      expect(html.slice(html.indexOf('id="pt-lessen"')), `${p} lists ${lesson.slug}`).toContain(`href="${pathOf('lessons', lesson.slug)}"`)
    }
  })

  it('the MVP matrix shows every part against every proeftuin, by symbol and by text', () => {
    const html = page('/mvp/')
    const parts = documents.filter((d) => d.collection === 'mvp-parts')
    const cases = documents.filter((d) => d.collection === 'proeftuinen')
    const cells = [...html.matchAll(/<td class="status status-([a-z-]+)">\s*<a href="([^"]+)">[\s\S]*?<span class="visually-hidden">([^<]+)<\/span>/g)]
    expect(cells).toHaveLength(parts.length * cases.length)
    for (const [, status, href, text] of cells) {
      expect(href).toMatch(/^\/proeftuinen\/[a-z0-9-]+\/#mvp-[a-z0-9-]+$/)
      expect(decode(text)).toMatch({ present: /^Aanwezig/, 'in-progress': /^In ontwikkeling/, absent: /^Afwezig/, unknown: /^Onbekend/ }[status]!)
    }
    expect(html.match(/(boven|onder) de lat/g)!.length).toBeGreaterThanOrEqual(cases.length)
  })
})

describe('dates', () => {
  it('every document page says near its title the month its facts describe, and that the sources end in 2020', () => {
    for (const d of documents.filter((d) => typeof d.data.asOf === 'string')) {
      const html = page(pathOf(d.collection, d.slug))
      const h1 = html.indexOf('<h1')
      const header = html.slice(h1, html.indexOf('</header>', h1))
      expect(decode(header), `${d.collection}/${d.slug}`).toMatch(/Stand van ((januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) )?\d{4}\. De bronnen lopen tot 2020\./)
      expect(header).toContain('href="/gids/de-bronnen/"')
    }
    expect(decode(page('/gids/de-bronnen/'))).toContain('31 december 2020')
  })

  it('a proeftuin marked active reads as the state of the last source, not of today', () => {
    for (const d of documents.filter((d) => d.collection === 'proeftuinen' && d.data.status === 'active')) {
      expect(decode(page(pathOf('proeftuinen', d.slug))), d.slug).toMatch(/Status in de laatste bron \(2020\)\s*Actief/)
    }
  })
})

describe('what a page does not describe', () => {
  it('MVP parts and lessons name their missing parts once, in one line, instead of "Onbekend" per field', () => {
    const fields: [ContentCollection, string, string][] = [
      ['mvp-parts', 'whyItMatters', 'waarom het ertoe doet'],
      ['mvp-parts', 'howToTell', 'hoe je ziet dat het er is'],
      ['lessons', 'context', 'context'],
      ['lessons', 'evidence', 'waar het op steunt'],
    ]
    let missing = 0
    for (const d of documents.filter((d) => d.collection === 'mvp-parts' || d.collection === 'lessons')) {
      const html = page(pathOf(d.collection, d.slug))
      const lines = [...html.matchAll(/<p class="not-described"[^>]*>([\s\S]*?)<\/p>/g)]
      expect(lines.length, d.slug).toBeLessThanOrEqual(1)
      for (const [collection, field, name] of fields.filter(([c]) => c === d.collection)) {
        if (d.data[field]) continue
        missing++
        expect(decode(lines[0]?.[1] ?? ''), `${collection}/${d.slug}: ${name}`).toContain(name)
      }
    }
    expect(missing).toBeGreaterThan(0)
  })
})

describe('question and programme pages', () => {
  it('show no "Onbekend" for what their sources leave out: a question shows the facts it has, a programme names what is missing once', () => {
    let programmesWithLine = 0
    for (const d of documents.filter((d) => d.collection === 'questions' || d.collection === 'programmes')) {
      const html = page(pathOf(d.collection, d.slug))
      const main = decode(html.slice(html.indexOf('<main'), html.indexOf('</main>')))
      expect(html, d.slug).not.toContain('class="unknown"')
      expect(main, d.slug).not.toMatch(/Onbekend|de bronnen zeggen hier niets over/)
      if (d.collection === 'questions') {
        for (const [field, label] of [['askedAt', 'Gesteld op'], ['answeredAt', 'Beantwoord op']] as const) {
          expect(html.includes(`<dt>${label}</dt>`), `${d.slug} ${label}`).toBe(Boolean(d.data[field]))
        }
        continue
      }
      const phases = d.data.phases as { participants: string[]; outputs: string[] }[]
      const line = html.match(/<p class="not-described"[^>]*>([\s\S]*?)<\/p>/g) ?? []
      expect(line.length, d.slug).toBeLessThanOrEqual(1)
      expect(html.match(/<dt>Wie doen mee<\/dt>/g)?.length ?? 0, d.slug).toBe(phases.filter((p) => p.participants.length > 0).length)
      if (phases.some((p) => p.participants.length === 0)) expect(decode(line[0] ?? ''), d.slug).toContain('wie meedoen')
      if (line.length) programmesWithLine++
    }
    expect(programmesWithLine).toBeGreaterThan(0)
  })
})

describe('tools', () => {
  it('show what the corpus describes, and say once in one line what it does not, with a question link', () => {
    const sections: [string, string, (d: Record<string, unknown>) => boolean][] = [
      ['tool-probleem', 'welk probleem het oplost', (d) => !!d.problem],
      ['tool-hoe-het-werkt', 'hoe het werkt', (d) => !!d.howItWorks],
      ['tool-stappen', 'stappen', (d) => (d.steps as unknown[]).length > 0],
      ['tool-rollen', 'rollen en vaardigheden', (d) => (d.roles as unknown[]).length > 0],
      ['tool-valkuilen', 'valkuilen', (d) => (d.pitfalls as unknown[]).length > 0],
      ['tool-kansen', 'kansen', (d) => (d.opportunities as unknown[]).length > 0],
    ]
    let withLine = 0
    for (const tool of documents.filter((d) => d.collection === 'tools')) {
      const html = page(pathOf('tools', tool.slug))
      // No labelled "Onbekend" per field: a screen reader hears what is missing once.
      expect(html, tool.slug).not.toContain('class="unknown"')
      const line = html.match(/<p class="not-described"[^>]*>([\s\S]*?)<\/p>/)
      for (const [id, name, filled] of sections) {
        if (filled(tool.data)) expect(html, `${tool.slug} #${id}`).toContain(`id="${id}"`)
        else {
          expect(html, `${tool.slug} #${id}`).not.toContain(`id="${id}"`)
          expect(line?.[1], `${tool.slug}: ${name}`).toContain(name)
        }
      }
      if (line) {
        withLine++
        expect(html.match(/class="not-described"/g), tool.slug).toHaveLength(1)
        expect(decode(line[1]).trim().replace(/\s+/g, ' ')).toMatch(/^Nog niet beschreven: .+\. Weet je meer\? Stel een vraag\.$/)
        expect(line[1], tool.slug).toContain(`href="/vraagbaak/?onderwerp=tool%3A${tool.slug}#stel-een-vraag"`)
      }
    }
    expect(withLine).toBeGreaterThan(0)
  })

  it('have filter pages per kind, proeftuin, MVP part and maturity, with Dutch words in their addresses', () => {
    const tools = documents.filter((d) => d.collection === 'tools')
    for (const kind of new Set(tools.map((t) => t.data.kind as string))) {
      const html = page(`/toolbox/soort/${toolKindWord[kind]}/`)
      const listed = hrefsOf(html.slice(html.indexOf('<ul class="cards">'))).filter((h) => /^\/toolbox\/[a-z0-9-]+\/$/.test(h))
      expect(listed.sort()).toEqual(tools.filter((t) => t.data.kind === kind).map((t) => pathOf('tools', t.slug)).sort())
      expect(page('/toolbox/')).toContain(`href="/toolbox/soort/${toolKindWord[kind]}/"`)
    }
    for (const maturity of new Set(tools.map((t) => (t.data.maturity as string | undefined) ?? 'none'))) expect(pages).toContain(`/toolbox/volwassenheid/${dutch[maturity]}/`)
    for (const tool of tools) for (const p of (tool.data.proeftuinen as string[]).filter((s) => exists('proeftuinen', s))) {
      expect(page(`/toolbox/soort/${toolKindWord[tool.data.kind as string]}/proeftuin/${p}/`), `${tool.slug} in ${p}`).toContain(`href="${pathOf('tools', tool.slug)}"`)
    }
  })

  it('list each tool with one line of summary', () => {
    const html = page('/toolbox/')
    const cards = html.slice(html.indexOf('<ul class="cards">')).split('<li class="card">').slice(1)
    expect(cards.length).toBe(documents.filter((d) => d.collection === 'tools').length)
    for (const card of cards) expect(card, card.slice(0, 120)).toMatch(/<p class="summary">[^<]{10,}<\/p>/)
  })
})

/** The Dutch URL words of the stored values (the stored values stay English identifiers). */
const dutch: Record<string, string> = {
  insight: 'inzicht', pitfall: 'valkuil', opportunity: 'kans', advice: 'advies',
  mvp: 'mvp', participation: 'participatie', ict: 'ict', financing: 'financiering', ownership: 'eigenaarschap', organisation: 'organisatie', education: 'onderwijs', scaling: 'opschalen',
  machine: 'machine', programme: 'programma', method: 'methode', platform: 'platform', standard: 'standaard',
  concept: 'concept', prototype: 'prototype', 'in-use': 'in-gebruik', commons: 'commons', none: 'niet-beschreven',
}
const toolKindWord: Record<string, string> = { ...dutch, organisation: 'organisatievorm' }

describe('lessons', () => {
  const listed = (html: string) => hrefsOf(html.slice(html.indexOf('<ul class="doc-list">'))).filter((h) => /^\/lessen\/[a-z0-9-]+\/$/.test(h)).sort()

  it('have filter pages by kind, theme and proeftuin, and by all three at once, in Dutch', () => {
    const lessons = documents.filter((d) => d.collection === 'lessons')
    let combined = 0
    for (const lesson of lessons) {
      const { kind, theme, proeftuin } = lesson.data as { kind: string; theme?: string; proeftuin?: string }
      const href = `href="${pathOf('lessons', lesson.slug)}"`
      expect(page(`/lessen/soort/${dutch[kind]}/`)).toContain(href)
      if (theme) expect(page(`/lessen/thema/${dutch[theme]}/`)).toContain(href)
      if (proeftuin && exists('proeftuinen', proeftuin)) expect(page(`/lessen/proeftuin/${proeftuin}/`)).toContain(href)
      if (theme && proeftuin && exists('proeftuinen', proeftuin)) {
        combined++
        const html = page(`/lessen/soort/${dutch[kind]}/thema/${dutch[theme]}/proeftuin/${proeftuin}/`)
        const expected = lessons.filter((l) => l.data.kind === kind && l.data.theme === theme && l.data.proeftuin === proeftuin).map((l) => pathOf('lessons', l.slug))
        expect(listed(html)).toEqual(expected.sort())
      }
    }
    expect(combined).toBeGreaterThan(0)
  })

  it('have no page for a combination without lessons, and no English addresses', () => {
    const filterPages = pages.filter((p) => /^\/(lessen|toolbox)\/[^/]+\/[^/]+\//.test(p))
    for (const path of filterPages) expect(listed(page(path)).length + (page(path).match(/<li class="card">/g)?.length ?? 0), path).toBeGreaterThan(0)
    for (const english of ['/lessen/soort/pitfall/', '/lessen/soort/insight/', '/lessen/thema/participation/', '/toolbox/soort/method/', '/toolbox/rijpheid/in-use/']) expect(pages).not.toContain(english)
  })

  it('list each lesson with one line of summary when the lesson has text beyond its title', () => {
    const html = page('/lessen/')
    const items = html.slice(html.indexOf('<ul class="doc-list">')).split('<li>').slice(1)
    expect(items.filter((i) => /<p class="summary">[^<]{10,}<\/p>/.test(i)).length).toBeGreaterThan(items.length / 2)
  })
})

describe('programmes and the VraagBaak', () => {
  it('a programme shows its timeline as a picture and as text, and a planner', () => {
    for (const p of documents.filter((d) => d.collection === 'programmes')) {
      const html = page(pathOf('programmes', p.slug))
      expect(html).toMatch(/<svg class="timeline"[^>]*role="img"/)
      for (const phase of p.data.phases as { name: string }[]) expect(decode(html)).toContain(phase.name)
      expect(html).toContain('id="planner"')
    }
  })

  it('the VraagBaak leaves a place for the ask form and for "Waar is mijn vraag?", linked from the top', () => {
    const html = page('/vraagbaak/')
    expect(html).toMatch(/<section id="stel-een-vraag"/)
    expect(html).toMatch(/<section id="waar-is-mijn-vraag"/)
    expect(html.indexOf('href="#waar-is-mijn-vraag"')).toBeLessThan(html.indexOf('id="gepubliceerde-vragen"'))
  })
})

describe('feeds and open data', () => {
  it('the sitemap lists every page', () => {
    const locsIn = (file: string) => [...readFileSync(join(dist, file), 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1])
    // The index names the sitemaps; robots.txt names the index.
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${testSiteUrl}/sitemap-index.xml`)
    const locs = locsIn('sitemap-index.xml').flatMap((sitemap) => locsIn(sitemap.slice(testSiteUrl.length)))
    expect(locs.sort()).toEqual(pages.filter((p) => p !== '/404.html').map((p) => `${testSiteUrl}${p}`).sort())
  })

  it('the Atom feed has every question and lesson', () => {
    const feed = readFileSync(join(dist, 'feed.xml'), 'utf8')
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom"')
    const ids = [...feed.matchAll(/<id>([^<]+)<\/id>/g)].map((m) => m[1])
    for (const d of documents.filter((d) => d.collection === 'questions' || d.collection === 'lessons')) {
      expect(ids).toContain(`${testSiteUrl}${pathOf(d.collection, d.slug)}`)
    }
    for (const updated of feed.matchAll(/<updated>([^<]+)<\/updated>/g)) expect(Number.isNaN(Date.parse(updated[1]))).toBe(false)
  })

  it('/data/<collection>.json holds every published document with its fields', () => {
    for (const collection of Object.keys(contentCollections) as ContentCollection[]) {
      const data = JSON.parse(readFileSync(join(dist, `data/${collection}.json`), 'utf8'))
      const mine = documents.filter((d) => d.collection === collection)
      expect(data.count).toBe(mine.length)
      expect(data.items.map((i: { id: string }) => i.id).sort()).toEqual(mine.map((d) => d.slug).sort())
      for (const item of data.items) {
        const doc = mine.find((d) => d.slug === item.id)!
        expect(item.title).toBe(doc.data.title)
        expect(item.url).toBe(`${testSiteUrl}${pathOf(collection, item.id)}`)
      }
      expect(JSON.parse(readFileSync(join(dist, `data/${collection}.schema.json`), 'utf8')).type).toBe('object')
      expect(page('/data/')).toContain(`href="/data/${collection}.json"`)
    }
  })

  it('an export holds only the fields of its schema: no question carries its asker', () => {
    for (const collection of Object.keys(contentCollections) as ContentCollection[]) {
      const data = JSON.parse(readFileSync(join(dist, `data/${collection}.json`), 'utf8'))
      const fields = Object.keys(JSON.parse(readFileSync(join(dist, `data/${collection}.schema.json`), 'utf8')).properties)
      for (const item of data.items) expect(Object.keys(item).filter((k) => ![...fields, 'id', 'url', 'body', 'related'].includes(k)), `${collection}/${item.id}`).toEqual([])
    }
  })
})

describe('weight', () => {
  it('every page weighs under 50 KB transferred (gzip), with its CSS and scripts, without images', () => {
    const sizes = pages.map((path) => {
      const html = page(path)
      const assets = [
        ...html.matchAll(/<link rel="stylesheet" href="(\/[^"]+)"/g),
        ...html.matchAll(/<script[^>]*\ssrc="(\/[^"]+)"/g),
      ].map((m) => readFileSync(join(dist, m[1])))
      const gz = [Buffer.from(html), ...assets].reduce((n, b) => n + gzipSync(b).length, 0)
      const raw = [Buffer.from(html), ...assets].reduce((n, b) => n + b.length, 0)
      return { path, gz, raw }
    })
    const heaviest = [...sizes].sort((a, b) => b.gz - a.gz).slice(0, 5)
    console.log(`heaviest pages (gzip / raw, with CSS and JS):\n${heaviest.map((s) => `  ${s.path}: ${(s.gz / 1024).toFixed(1)} KB / ${(s.raw / 1024).toFixed(1)} KB`).join('\n')}`)
    for (const s of sizes) expect(s.gz, s.path).toBeLessThan(50 * 1024)
  })
})
