import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { pathOf } from '../../model/routes'
import { loadContent, type ContentDocument } from '../../scripts/lib/content/load'
import { NationalPictureSchema } from '../../site/data/national-picture'
import { builtSite, contentDir, testSiteUrl } from './built-site'
import { codeScriptsOf, decode, hrefsOf, readPage } from '../../scripts/lib/html'
import { lessonThemeUrl } from '../../site/data/facets'

// The national picture (/landelijk-beeld/) and its open data, on the built site, against the
// content it was built from, counted here by hand rather than by the site's own functions.

let dist: string
let documents: ContentDocument[]
let html: string

beforeAll(async () => {
  dist = await builtSite()
  documents = (await loadContent(contentDir)).documents
  html = readPage(dist, '/landelijk-beeld/')
})

const of = (collection: string) => documents.filter((d) => d.collection === collection)
const parts = () => of('mvp-parts').sort((a, b) => (a.data.order as number) - (b.data.order as number))
type Row = { part: string; status?: string }
/** Per part: [present, in progress, absent, unknown], counted from the scorecards. */
const expected = () =>
  parts().map((part) => {
    const statuses = of('proeftuinen').map((p) => (p.data.scorecard as Row[]).find((r) => r.part === part.slug)?.status ?? 'unknown')
    return ['present', 'in-progress', 'absent', 'unknown'].map((s) => statuses.filter((x) => x === s).length)
  })
const file = (name: string) => readFileSync(join(dist, 'data', name), 'utf8')

describe('the national picture page', () => {
  it('is linked from the MVP matrix and the open data page, and runs no script', () => {
    expect(hrefsOf(readPage(dist, '/mvp/'))).toContain('/landelijk-beeld/')
    expect(hrefsOf(readPage(dist, '/data/'))).toContain('/landelijk-beeld/')
    expect(codeScriptsOf(html).filter((attrs) => !/Base\.astro_astro_type_script/.test(attrs))).toEqual([])
  })

  it('counts per MVP part how many proeftuinen have it present, in progress, absent or unknown, in a table', () => {
    const rows = [...html.matchAll(/<tr id="deel-([a-z0-9-]+)">([\s\S]*?)<\/tr>/g)]
    expect(rows.map((r) => r[1])).toEqual(parts().map((p) => p.slug))
    const counts = expected()
    rows.forEach(([, , row], i) => {
      const cells = [...row.matchAll(/<td>([\s\S]*?)<\/td>/g)].map((m) => decode(m[1]))
      expect(cells.slice(0, 4).map(Number), parts()[i].slug).toEqual(counts[i])
      expect(counts[i].reduce((a, b) => a + b, 0)).toBe(of('proeftuinen').length)
    })
  })

  it('draws the counts as an accessible SVG chart whose description says every number', () => {
    const svg = html.match(/<svg[^>]*role="img"[^>]*aria-labelledby="([^"]+)"[^>]*>([\s\S]*?)<\/svg>/)
    expect(svg).not.toBeNull()
    const [titleId, descId] = svg![1].split(' ')
    expect(svg![2]).toMatch(new RegExp(`<title id="${titleId}"[^>]*>[^<]+</title>`))
    const desc = decode(svg![2].match(new RegExp(`<desc id="${descId}"[^>]*>([\\s\\S]*?)</desc>`))![1])
    const counts = expected()
    parts().forEach((p, i) => {
      const [present, progress, absent, unknown] = counts[i]
      expect(desc).toContain(`${p.data.title}: ${present} aanwezig, ${progress} in ontwikkeling, ${absent} afwezig, ${unknown} onbekend`)
    })
  })

  it('says the counts are the stand per the date of each scorecard, and shows no time series', () => {
    const text = decode(html)
    expect(text).toContain('De aantallen zijn de stand per de datum van elke scorekaart')
    for (const p of of('proeftuinen').filter((p) => typeof p.data.asOf === 'string')) {
      const year = (p.data.asOf as string).slice(0, 4)
      expect(text).toMatch(new RegExp(`stand per [a-z ]*${year}: [^.]*${p.data.title}`))
    }
    expect(text).toContain('Hoe de aantallen in de loop van de tijd veranderden, staat hier niet')
  })

  it('lists the themes and tools with lessons from two or more proeftuinen, and only those', () => {
    const lessons = of('lessons').filter((l) => l.data.proeftuin)
    const section = html.slice(html.indexOf('id="terugkerende-lessen"'), html.indexOf('id="zonder-tool"'))
    const themes = new Set(lessons.map((l) => l.data.theme as string))
    for (const theme of themes) {
      const from = new Set(lessons.filter((l) => l.data.theme === theme).map((l) => l.data.proeftuin))
      expect(section.includes(`href="${lessonThemeUrl(theme as Parameters<typeof lessonThemeUrl>[0])}"`), theme).toBe(from.size >= 2)
    }
    for (const tool of new Set(lessons.flatMap((l) => l.data.tools as string[]))) {
      const from = new Set(lessons.filter((l) => (l.data.tools as string[]).includes(tool)).map((l) => l.data.proeftuin))
      expect(section.includes(`href="${pathOf('tools', tool)}"`), tool).toBe(from.size >= 2)
    }
    expect(section).toContain('href="/lessen/')
  })

  it('names the MVP parts no tool serves', () => {
    const served = new Set(of('tools').flatMap((t) => t.data.mvpParts as string[]))
    const section = html.slice(html.indexOf('id="zonder-tool"'), html.indexOf('id="open-data"'))
    for (const p of parts()) expect(section.includes(`href="${pathOf('mvp-parts', p.slug)}"`), p.slug).toBe(!served.has(p.slug))
  })
})

describe('the national picture as open data', () => {
  it('/data/landelijk-beeld.json holds the same counts, and matches its schema', () => {
    const data = NationalPictureSchema.parse(JSON.parse(file('landelijk-beeld.json')))
    expect(data.schema).toBe(`${testSiteUrl}/data/landelijk-beeld.schema.json`)
    expect(data.parts.map((p) => [p.present, p.inProgress, p.absent, p.unknown])).toEqual(expected())
    expect(data.proeftuinen.map((p) => p.id).sort()).toEqual(of('proeftuinen').map((p) => p.slug).sort())
    const schema = JSON.parse(file('landelijk-beeld.schema.json'))
    expect(schema.type).toBe('object')
    expect(Object.keys(schema.properties).sort()).toEqual(Object.keys(data).sort())
    expect(schema.properties.parts.items.required).toEqual(expect.arrayContaining(['id', 'present', 'inProgress', 'absent', 'unknown', 'total']))
  })

  it('/data/landelijk-beeld.csv has a header and one row per part with the same counts', () => {
    const lines = file('landelijk-beeld.csv').split('\r\n')
    expect(lines.at(-1)).toBe('')
    expect(lines[0]).toBe('part,title,present,inProgress,absent,unknown,total,tools')
    const rows = lines.slice(1, -1)
    expect(rows.map((r) => r.split(',')[0])).toEqual(parts().map((p) => p.slug))
    const counts = expected()
    // Titles may hold a quoted comma; the counts are the six fields before the last.
    rows.forEach((r, i) => expect(r.split(',').slice(-6, -2).map(Number)).toEqual(counts[i]))
  })

  it('the open data page lists the files and the fields of the JSON', () => {
    const page = readPage(dist, '/data/')
    for (const f of ['landelijk-beeld.json', 'landelijk-beeld.schema.json', 'landelijk-beeld.csv']) expect(hrefsOf(page)).toContain(`/data/${f}`)
    expect(decode(page)).toContain('parts[].inProgress')
  })
})
