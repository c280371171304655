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
import { contentCollections } from '../../cms/schemas/collections'
import { exportContent } from '../../scripts/lib/content/export'
import { importContent } from '../../scripts/lib/content/import'
import { loadContent } from '../../scripts/lib/content/load'
import { serializeDocument } from '../../scripts/lib/content/serialize'
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

    it('exports each file as the canonical form of its source, byte for byte', async () => {
      const { documents } = await loadContent(corpus)
      const exported = await filesOf(out)
      for (const doc of documents) {
        const { folder, schema } = contentCollections[doc.collection]
        const file = join(folder, `${doc.slug}.mdx`)
        expect(exported.get(file)?.toString('utf8'), file).toBe(serializeDocument(schema, doc.data, doc.body))
      }
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
})
