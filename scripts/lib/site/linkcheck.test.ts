import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { checkLinks, parsePage } from './linkcheck'

const site = 'https://samenbeter.test'

const write = (dir: string, path: string, html: string) => {
  const file = join(dir, path)
  mkdirSync(join(file, '..'), { recursive: true })
  writeFileSync(file, html)
}

describe('parsePage', () => {
  it('finds ids and internal links, and skips other sites and script content', () => {
    const page = parsePage(
      '/a/',
      `<h2 id="x">X</h2><a href="/b/#y">b</a><a href="https://elders.example/">e</a><a href="${site}/c/">c</a>` +
        `<script type="application/ld+json">{"url":"<a href=\\"/nope/\\">"}</script><a href="mailto:x@y.z">m</a><a href="#x">self</a>`,
      site,
    )
    expect([...page.ids]).toEqual(['x'])
    expect(page.links.map((l) => [l.target, l.fragment])).toEqual([
      ['/b/', 'y'],
      ['/c/', undefined],
      ['/a/', 'x'],
    ])
  })
})

describe('checkLinks', () => {
  it('reports missing pages, missing anchors and missing trailing slashes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'linkcheck-'))
    write(dir, 'index.html', '<a href="/a/">a</a><a href="/a/#er">er</a><a href="/a/#weg">weg</a><a href="/nergens/">x</a><a href="/a">a</a><link rel="stylesheet" href="/s.css">')
    write(dir, 'a/index.html', '<h1 id="er">A</h1><a href="../">terug</a>')
    write(dir, 's.css', 'body{}')
    const result = await checkLinks(dir, { siteUrl: site })
    expect(result.pages).toBe(2)
    expect(result.problems.map((p) => `${p.page} ${p.href} ${p.check}`)).toEqual([
      '/ /a/#weg anchor-exists',
      '/ /nergens/ target-exists',
      '/ /a trailing-slash',
    ])
  })
})
