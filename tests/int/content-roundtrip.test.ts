/**
 * content/ → CMS → content/: import into an empty database, export to a fresh folder, and the files
 * are the same, byte for byte in their canonical form. Also for a fixture with every construct the
 * editor holds (headings, lists, links, quotes, tables, images).
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { contentCollections } from '../../model/collections'
import { exportContent } from '../../scripts/lib/content/export'
import { importContent } from '../../scripts/lib/content/import'
import { loadContent } from '../../scripts/lib/content/load'
import { tempPayload } from '../helpers/tempPayload'

const root = resolve(import.meta.dirname, '../..')
const corpus = join(root, 'content')
const rich = join(root, 'tests/fixtures/content-rich')

let payload: Payload
let cleanup: () => Promise<void>
const made: string[] = []
const freshDir = async () => {
  const dir = await mkdtemp(join(tmpdir(), 'content-export-'))
  made.push(dir)
  return dir
}

/** Every file under a folder, relative path → bytes. */
const filesOf = async (dir: string) => {
  const out = new Map<string, Buffer>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.set(relative(dir, join(entry.parentPath, entry.name)), await readFile(join(entry.parentPath, entry.name)))
  }
  return out
}

const wipe = async () => {
  for (const collection of [...Object.keys(contentCollections), 'media'] as const) {
    await payload.delete({ collection: collection as never, where: { id: { exists: true } } })
  }
}

beforeAll(async () => {
  ;({ payload, cleanup } = await tempPayload())
})
afterAll(async () => {
  await cleanup?.()
  await Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('content round trip', () => {
  it('exports the rich fixture byte for byte as it was imported', async () => {
    await wipe()
    const report = await importContent(payload, { dir: rich })
    expect(report.problems).toEqual([])
    const out = await freshDir()
    await exportContent(payload, { dir: out })
    const before = await filesOf(rich)
    const after = await filesOf(out)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    for (const [file, bytes] of before) expect(after.get(file)?.toString('utf8'), file).toBe(bytes.toString('utf8'))
    for (const [file, bytes] of before) expect(after.get(file)!.equals(bytes), file).toBe(true)
  })

  describe('the seed corpus', () => {
    let importSeconds = 0
    let out: string

    beforeAll(async () => {
      await wipe()
      const started = performance.now()
      const report = await importContent(payload, { dir: corpus })
      importSeconds = (performance.now() - started) / 1000
      expect(report.problems).toEqual([])
      out = await freshDir()
      await exportContent(payload, { dir: out })
    })

    it('imports every document and exports every one of them', async () => {
      const { documents } = await loadContent(corpus)
      const exported = await filesOf(out)
      expect(exported.size).toBe(documents.length)
      console.log(`corpus: ${documents.length} documents imported in ${importSeconds.toFixed(1)} s`)
    })

    it('exports every file of the corpus byte for byte as it is in content/', async () => {
      const exported = await filesOf(out)
      const source = await filesOf(corpus)
      expect([...exported.keys()].sort()).toEqual([...source.keys()].sort())
      for (const [file, bytes] of source) expect(exported.get(file)?.toString('utf8'), file).toBe(bytes.toString('utf8'))
    })

    it('reports nothing changed on a second import, and a second export changes no byte', async () => {
      const again = await importContent(payload, { dir: corpus })
      expect({ added: again.added, updated: again.updated, notInSource: again.notInSource }).toEqual({ added: [], updated: [], notInSource: [] })
      const before = await filesOf(out)
      const report = await exportContent(payload, { dir: out })
      expect(report.written).toEqual([])
      expect(await filesOf(out)).toEqual(before)
    })

    it('re-imports its own export with nothing changed', async () => {
      const report = await importContent(payload, { dir: out })
      expect(report.problems).toEqual([])
      expect(report.added.length + report.updated.length).toBe(0)
    })
  })

  describe('what the CMS holds beyond the source', () => {
    it('never exports the asker, and exports only published questions', async () => {
      await wipe()
      expect((await importContent(payload, { dir: rich })).problems).toEqual([])
      const published = await payload.create({
        collection: 'questions',
        data: { title: 'Wie beantwoordt mijn vraag?', slug: 'wie-beantwoordt', status: 'answered', _status: 'published', askerName: 'Anna de Vries', askerEmail: 'anna@example.org' },
        context: { skipMail: true, skipRebuild: true },
      })
      await payload.create({ collection: 'questions', data: { title: 'Nog in de wachtrij', slug: 'wachtrij', status: 'new', askerName: 'Bert', askerEmail: 'bert@example.org' } })
      const out = await freshDir()
      await exportContent(payload, { dir: out })
      const files = await filesOf(out)
      expect([...files.keys()].filter((f) => f.startsWith('questions/'))).toEqual(['questions/wie-beantwoordt.md'])
      const all = [...files.values()].map((b) => b.toString('utf8')).join('\n')
      for (const secret of ['Anna', 'anna@example.org', 'Bert', 'bert@example.org', 'askerName', 'askerEmail']) expect(all).not.toContain(secret)
      expect(published.askerEmail).toBe('anna@example.org')
    })

    it('reports published documents that are not in the source, and deletes them only with --prune', async () => {
      const report = await importContent(payload, { dir: rich })
      // The question still in the moderation queue is the CMS's own business: not reported, never pruned.
      expect(report).toMatchObject({ added: [], updated: [], notInSource: ['questions/wie-beantwoordt'], pruned: [] })
      expect((await payload.count({ collection: 'questions' })).totalDocs).toBe(2)
      // An editor's new tool, saved as a draft and never published, is work in progress: not reported, never pruned.
      await payload.create({ collection: 'tools', data: { title: 'Nieuwe tool in de maak', kind: 'machine', _status: 'draft' }, draft: true, context: { skipRebuild: true } })
      const pruned = await importContent(payload, { dir: rich, prune: true })
      expect(pruned.pruned).toEqual(['questions/wie-beantwoordt'])
      expect((await payload.find({ collection: 'tools', where: { slug: { equals: 'nieuwe-tool-in-de-maak' } }, draft: true })).totalDocs).toBe(1)
      expect((await payload.find({ collection: 'questions', depth: 0 })).docs.map((q) => q.slug)).toEqual(['wachtrij'])
    })

    it('writes a changed document back and removes the file of one no longer published', async () => {
      const out = await freshDir()
      await exportContent(payload, { dir: out })
      const tool = (await payload.find({ collection: 'tools', where: { slug: { equals: 'vraagbaak' } }, depth: 0 })).docs[0]
      await payload.update({ collection: 'tools', id: tool.id, data: { owner: 'De wijk zelf' } })
      const part = (await payload.find({ collection: 'mvp-parts', depth: 0 })).docs[0]
      await payload.update({ collection: 'mvp-parts', id: part.id, data: { _status: 'draft' } })
      const report = await exportContent(payload, { dir: out })
      // The proeftuin's scorecard row, the tool's link to the part and a peer's verdict on it go with the unpublished part.
      expect(report.written.sort()).toEqual(['peer-reviews/review-van-westerpark-door-rotterdam.md', 'proeftuinen/amsterdam-westerpark.md', 'tools/vraagbaak.md'])
      expect(report.removed).toEqual(['mvp-parts/vraagbaak.md'])
      expect((await loadContent(out)).problems).toEqual([])
      expect((await readFile(join(out, 'tools/vraagbaak.md'), 'utf8'))).toContain('owner: De wijk zelf\n')
    })

    it('keeps the text of a link to a page taken offline, without the link', async () => {
      const out = await freshDir()
      const westerpark = (await payload.find({ collection: 'proeftuinen', where: { slug: { equals: 'amsterdam-westerpark' } }, depth: 0 })).docs[0]
      await payload.update({ collection: 'proeftuinen', id: westerpark.id, data: { _status: 'draft' } })
      await exportContent(payload, { dir: out })
      const tool = await readFile(join(out, 'tools/vraagbaak.md'), 'utf8')
      expect(tool).toContain('en een link naar Westerpark en een [externe link](https://samenbeter.org/)')
      expect((await loadContent(out)).problems).toEqual([])
      // The CMS keeps the link: publishing the case again brings it back.
      await payload.update({ collection: 'proeftuinen', id: westerpark.id, data: { _status: 'published' } })
      await exportContent(payload, { dir: out })
      expect(await readFile(join(out, 'tools/vraagbaak.md'), 'utf8')).toContain('[link naar Westerpark](/proeftuinen/amsterdam-westerpark/)')
    })
  })
})
