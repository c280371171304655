/**
 * The importer refuses a content folder with any wrong file: it names the file, the line and the
 * field of each problem, and the database is exactly as before. Each case is a folder of its own
 * (the loader's fixtures, plus generated ones for size, encoding and what the editor cannot hold).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentCollections } from '../../model/collections'
import { importContent } from '../../scripts/lib/content/import'
import { tempPayload } from '../helpers/tempPayload'

const root = resolve(import.meta.dirname, '../..')
const invalid = join(root, 'tests/fixtures/content-invalid')
const rich = join(root, 'tests/fixtures/content-rich')

let payload: Payload
let cleanup: () => Promise<void>
const made: string[] = []

/** A content folder with one tool file. */
const toolDir = async (name: string, bytes: Uint8Array | string, extra: Record<string, Uint8Array | string> = {}) => {
  const dir = await mkdtemp(join(tmpdir(), 'content-invalid-'))
  made.push(dir)
  await mkdir(join(dir, 'tools'))
  await writeFile(join(dir, 'tools', name), bytes)
  for (const [path, content] of Object.entries(extra)) {
    await mkdir(join(dir, path, '..'), { recursive: true })
    await writeFile(join(dir, path), content)
  }
  return dir
}
const tool = (body: string) => `---\ntitle: VraagBaak\nkind: machine\n---\n${body}`

/** Every document of every content collection (drafts and versions included), plus media. */
const snapshot = async () => {
  const state: Record<string, unknown> = {}
  for (const collection of [...Object.keys(contentCollections), 'media'] as CollectionSlug[]) {
    const { docs } = await payload.find({ collection, depth: 0, limit: 0, pagination: false, draft: true, sort: 'id' })
    state[collection] = docs
    if (collection !== 'media') state[`${collection}:versions`] = (await payload.countVersions({ collection })).totalDocs
  }
  return state
}

let before: Record<string, unknown>

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
  // A database with content in it, including the tool every bad fixture tries to write.
  const report = await importContent(payload, { dir: rich })
  expect(report.problems).toEqual([])
  before = await snapshot()
})
afterAll(async () => {
  await cleanup?.()
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

/** Imports a bad folder: returns its problem lines, after checking that nothing was written. */
const refused = async (dir: string) => {
  const report = await importContent(payload, { dir })
  expect(report.added.length + report.updated.length).toBe(0)
  expect(await snapshot()).toEqual(before)
  expect(report.problems.length).toBeGreaterThan(0)
  // Every line is `file:line: field: message`.
  for (const line of report.problems) expect(line).toMatch(/^\S+\.mdx?:\d+: [\w.[\]]+: .+/)
  return report.problems
}

describe('content import refuses bad content and writes nothing', () => {
  it('names a missing required field', async () => {
    expect(await refused(join(invalid, 'missing-field'))).toEqual([
      expect.stringMatching(/missing-field\/tools\/vraagbaak\.md:1: title: verplicht veld ontbreekt$/),
    ])
  })

  it('names a wrong enum value', async () => {
    const [line] = await refused(join(invalid, 'wrong-enum'))
    expect(line).toMatch(/wrong-enum\/tools\/vraagbaak\.md:4: maturity: .*"in-use"/)
  })

  it('names an unknown reference and the slug it names', async () => {
    const [line] = await refused(join(invalid, 'unknown-reference'))
    expect(line).toMatch(/unknown-reference\/tools\/vraagbaak\.md:7: proeftuinen\[1\]: .*"atlantis"/)
  })

  it('names malformed front matter', async () => {
    const [line] = await refused(join(invalid, 'malformed-front-matter'))
    expect(line).toMatch(/malformed-front-matter\/tools\/vraagbaak\.md:5: frontmatter: ongeldige YAML/)
  })

  it('refuses an .mdx file: content is plain Markdown, which cannot run code', async () => {
    const [line] = await refused(join(invalid, 'mdx-file'))
    expect(line).toMatch(/mdx-file\/tools\/vraagbaak\.mdx:1: file: MDX wordt niet gelezen: .*hernoem het bestand naar vraagbaak\.md/)
  })

  it('names HTML in a body at its line, and reads braces as text', async () => {
    expect(await refused(join(invalid, 'html-body'))).toEqual([expect.stringMatching(/html-body\/tools\/vraagbaak\.md:7: body: HTML <img src=x onerror=alert\(1\)> \(bedoel je tekst/)])
  })

  it('names a body link to a document that does not exist', async () => {
    const [line] = await refused(join(invalid, 'dead-link'))
    expect(line).toMatch(/dead-link\/tools\/vraagbaak\.md:5: body: .*\/toolbox\/vitaliteitsmarkt\//)
  })

  it('refuses a 5 MB body and says its size', async () => {
    const body = 'Een zin over de wijk. '.repeat(Math.ceil((5 * 1024 * 1024) / 22))
    const [line] = await refused(await toolDir('groot.md', tool(body)))
    expect(line).toMatch(/tools\/groot\.md:5: body: tekst is 5\.0 MB/)
  })

  it('refuses a file that is not UTF-8', async () => {
    const latin1 = Buffer.from(tool('Café in de wijk.\n'), 'latin1')
    const [line] = await refused(await toolDir('latin.md', latin1))
    expect(line).toMatch(/tools\/latin\.md:1: file: bestand is geen geldige UTF-8-tekst/)
  })

  it('refuses a link on a case that is not a web address', async () => {
    const dir = await toolDir('vraagbaak.md', tool('Tekst.\n'), {
      'proeftuinen/nieuwland.md': '---\ntitle: Nieuwland\ncity: Amersfoort\nlinks:\n  - label: Klik\n    url: javascript:alert(1)\n---\nVerhaal.\n',
    })
    expect(await refused(dir)).toEqual([expect.stringMatching(/proeftuinen\/nieuwland\.md:6: links\[0\]\.url: moet een webadres zijn/)])
  })

  describe('what the editor cannot hold is refused, never dropped', () => {
    const cases: [string, string, ...RegExp[]][] = [
      ['JSX', 'Een alinea.\n\n<Callout type="tip">Let op</Callout>\n', /:7: body: HTML <Callout type="tip">/],
      ['raw HTML', 'Een alinea.\n\n<div class="kader">Let op</div>\n', /:7: body: HTML <div class="kader">/],
      ['a footnote', 'Een zin met een voetnoot.[^1]\n\n[^1]: De voetnoot.\n', /:5: body: voetnoot/, /:7: body: voetnoot/],
      ['a code block', 'Een alinea.\n\n```js\nlet x = 1\n```\n', /:7: body: codeblok/],
      ['an image inside a paragraph', 'Zie ![kaart](/media/kaart.png) hier.\n', /:5: body: afbeelding \/media\/kaart\.png staat midden in een alinea/],
      ['an image whose file is missing', '![Kaart](/media/weg.png)\n', /:5: body: afbeelding \/media\/weg\.png: bestand media\/weg\.png bestaat niet/],
      ['a javascript: link', 'Klik [hier](javascript:alert(document.domain)) voor meer.\n', /:5: body: link naar javascript:alert\(document\.domain\): alleen http\(s\)-/, /:5: body: opmaak die de editor anders schrijft/],
      ['a data: link', 'Klik [hier](data:text/html,hallo).\n', /:5: body: link naar data:text\/html,hallo: alleen http\(s\)-/, /:5: body: opmaak die de editor anders schrijft/],
    ]
    for (const [name, body, ...messages] of cases) {
      it(`refuses ${name}`, async () => {
        const dir = await toolDir('vraagbaak.md', tool(body), { 'media/kaart.png': 'png' })
        const problems = await refused(dir)
        expect(problems).toEqual(messages.map((m) => expect.stringMatching(m)))
      })
    }
  })

  it('refuses a folder that does not exist, or holds no content folders, even with --prune', async () => {
    const empty = await mkdtemp(join(tmpdir(), 'content-empty-'))
    made.push(empty)
    await mkdir(join(empty, 'notities'))
    for (const [dir, message] of [
      [join(root, 'contnet'), /contnet:1: map: deze map bestaat niet$/],
      [empty, /:1: map: geen contentmap: verwacht minstens een van guide\/, tools\//],
    ] as const) {
      const report = await importContent(payload, { dir, prune: true })
      expect(report.problems).toEqual([expect.stringMatching(message)])
      expect(report.pruned).toEqual([])
      expect(await snapshot()).toEqual(before)
    }
  })

  it('reports nothing changed when the same content is imported again', async () => {
    const report = await importContent(payload, { dir: rich })
    expect(report).toMatchObject({ problems: [], added: [], updated: [], notInSource: [] })
    expect(report.unchanged.length).toBeGreaterThan(0)
    expect(await snapshot()).toEqual(before)
  })
})
