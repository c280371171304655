import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { formatProblem, loadContent, type ContentProblem } from './load'

const root = resolve(import.meta.dirname, '../../..')
const fixtures = join(root, 'tests/fixtures/content-invalid')
const seeds = resolve(root, '../shared/seeds')

const problemsOf = async (dir: string) => (await loadContent(dir)).problems
const only = (problems: ContentProblem[]) => {
  expect(problems.map(formatProblem)).toHaveLength(1)
  return problems[0]
}

describe('loadContent on invalid content', () => {
  it('names a missing required field', async () => {
    const p = only(await problemsOf(join(fixtures, 'missing-field')))
    expect(p.file).toMatch(/missing-field\/tools\/vraagbaak\.md$/)
    expect(p).toMatchObject({ field: 'title', line: 1, message: 'verplicht veld ontbreekt' })
  })

  it('names a wrong enum value with the line of its key', async () => {
    const p = only(await problemsOf(join(fixtures, 'wrong-enum')))
    expect(p).toMatchObject({ field: 'maturity', line: 4 })
    expect(p.message).toContain('in-use')
  })

  it('names the field and the missing slug of an unknown reference', async () => {
    const p = only(await problemsOf(join(fixtures, 'unknown-reference')))
    expect(p).toMatchObject({ field: 'proeftuinen[1]', line: 7 })
    expect(p.message).toContain('"atlantis"')
  })

  it('reports malformed front matter at the line of the YAML error', async () => {
    const { documents, problems } = await loadContent(join(fixtures, 'malformed-front-matter'))
    const p = only(problems)
    expect(p).toMatchObject({ field: 'frontmatter', line: 5 })
    expect(p.message).toMatch(/^ongeldige YAML/)
    expect(documents).toHaveLength(0)
  })

  it('refuses an .mdx file by name, without reading it', async () => {
    const p = only(await problemsOf(join(fixtures, 'mdx-file')))
    expect(p).toMatchObject({ field: 'file', line: 1 })
    expect(p.message).toMatch(/^MDX wordt niet gelezen/)
  })

  it('reads braces and HTML in a body as Markdown, without a syntax error', async () => {
    expect(await problemsOf(join(fixtures, 'html-body'))).toEqual([])
  })

  it('reports a body link to a document that does not exist', async () => {
    const p = only(await problemsOf(join(fixtures, 'dead-link')))
    expect(p).toMatchObject({ field: 'body', line: 5 })
    expect(p.message).toContain('/toolbox/vitaliteitsmarkt/')
  })

  describe('generated files', () => {
    const made: string[] = []
    const contentDir = async (name: string, bytes: Uint8Array | string) => {
      const dir = await mkdtemp(join(tmpdir(), 'content-'))
      made.push(dir)
      await mkdir(join(dir, 'tools'))
      await writeFile(join(dir, 'tools', name), bytes)
      return dir
    }
    afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))))

    it('refuses a body over 1 MB and says its size', async () => {
      const body = 'Een zin over de wijk. '.repeat(Math.ceil((5 * 1024 * 1024) / 22))
      const dir = await contentDir('groot.md', `---\ntitle: Groot\nkind: method\n---\n${body}`)
      const p = only(await problemsOf(dir))
      expect(p).toMatchObject({ field: 'body', line: 5 })
      expect(p.message).toContain('5.0 MB')
    })

    it('refuses a file that is not UTF-8', async () => {
      const latin1 = Buffer.from('---\ntitle: Caf\xe9\nkind: method\n---\nTekst\n', 'latin1')
      const dir = await contentDir('latin.md', latin1)
      const p = only(await problemsOf(dir))
      expect(p).toMatchObject({ field: 'file', line: 1 })
      expect(p.message).toContain('UTF-8')
    })
  })

  it('formats a problem as file:line: field: message', () => {
    const line = formatProblem({ file: join(process.cwd(), 'content/tools/x.md'), line: 3, field: 'kind', message: 'fout' })
    expect(line).toBe('content/tools/x.md:3: kind: fout')
  })
})

describe('the seed corpus in content/', async () => {
  const { documents, problems } = await loadContent(join(root, 'content'))
  const of = (collection: string) => documents.filter((d) => d.collection === collection)

  it('loads with zero problems', () => {
    expect(problems.map(formatProblem)).toEqual([])
  })

  it('holds the documents the issue asks for', () => {
    expect(of('guide-chapters').length).toBeGreaterThanOrEqual(10)
    expect(of('tools').length).toBeGreaterThanOrEqual(12)
    expect(of('lessons').length).toBeGreaterThanOrEqual(25)
    expect(of('questions').length).toBeGreaterThanOrEqual(12)
    expect(of('programmes').map((d) => d.slug)).toEqual(['100-dagenlijn', 'kick-off'])
    expect(of('proeftuinen').map((d) => d.slug)).toEqual([
      'amersfoort-nieuwland',
      'amsterdam-westerpark',
      'eindhoven-achtse-barrier',
      'roermond',
      'rotterdam',
    ])
  })

  it('gives every proeftuin one scorecard row for every MVP part', () => {
    const parts = of('mvp-parts').map((d) => d.slug).sort()
    expect(parts.length).toBeGreaterThan(0)
    for (const proeftuin of of('proeftuinen')) {
      const rows = (proeftuin.data.scorecard as { part: string }[]).map((r) => r.part).sort()
      expect(rows, proeftuin.slug).toEqual(parts)
    }
  })

  it('lays out the Kick Off in 24 hours and the 100-day line in days', () => {
    const [hundred, kickOff] = of('programmes').map((d) => d.data as { unit: string; phases: { offset: number; duration: number }[] })
    expect(kickOff.unit).toBe('hours')
    expect(hundred.unit).toBe('days')
    const end = (p: { phases: { offset: number; duration: number }[] }) => Math.max(...p.phases.map((f) => f.offset + f.duration))
    expect(end(kickOff)).toBeLessThanOrEqual(24)
    expect(end(hundred)).toBeLessThanOrEqual(100)
  })

  it('names for every document at least one seed text that exists', () => {
    expect(existsSync(seeds), seeds).toBe(true)
    for (const d of documents) {
      const sources = d.data.sources as string[]
      expect(sources.length, d.file).toBeGreaterThan(0)
      for (const source of sources) expect(existsSync(join(seeds, source)), `${d.file}: ${source}`).toBe(true)
    }
  })
})
