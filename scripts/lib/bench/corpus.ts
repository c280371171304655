import { mkdir, readdir, readFile, rm, writeFile, cp } from 'node:fs/promises'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { contentCollections, type ContentCollection } from '../../../model/collections'

/** The shares of each collection in a synthetic corpus (the shape of a grown network: mostly questions and lessons). */
export const corpusShape: Record<ContentCollection, number> = {
  questions: 0.4,
  lessons: 0.36,
  tools: 0.09,
  'guide-chapters': 0.06,
  proeftuinen: 0.05,
  'mvp-parts': 0.02,
  programmes: 0.02,
  // Copies are made of real documents, and the seeds hold no peer review yet.
  'peer-reviews': 0,
}

/**
 * A corpus of `total` documents in the shape of content/: every real document stays, and copies of
 * the real documents of each collection fill it up to its share (`<slug>-2`, `<slug>-3`, …, title
 * numbered). The copies keep their references and body links, which point to real documents, so
 * every relation is valid and the real documents are referred to the more the corpus grows, as
 * the popular pages of a real network are. Dutch text, because it is the corpus's own text.
 */
export async function generateCorpus(source: string, target: string, total: number) {
  await rm(target, { recursive: true, force: true })
  await mkdir(target, { recursive: true })
  await cp(join(source, 'media'), join(target, 'media'), { recursive: true }).catch(() => {})
  let written = 0
  for (const [collection, share] of Object.entries(corpusShape) as [ContentCollection, number][]) {
    const { folder } = contentCollections[collection]
    const names = (await readdir(join(source, folder)).catch(() => [] as string[])).filter((n) => n.endsWith('.md')).sort()
    const originals = await Promise.all(names.map(async (name) => ({ slug: name.slice(0, -3), text: await readFile(join(source, folder, name), 'utf8') })))
    await mkdir(join(target, folder), { recursive: true })
    const wanted = Math.max(originals.length, Math.round(total * share))
    for (let i = 0; i < wanted; i++) {
      const original = originals[i % originals.length]
      const copy = Math.floor(i / originals.length)
      const slug = copy === 0 ? original.slug : `${original.slug}-${copy + 1}`
      await writeFile(join(target, folder, `${slug}.md`), copy === 0 ? original.text : numbered(original.text, copy + 1))
      written++
    }
  }
  return written
}

/** The same document with a numbered title (a search for it finds copy and original apart). */
const numbered = (text: string, n: number) => {
  const end = text.indexOf('\n---\n', 4)
  const front = parseDocument(text.slice(4, end))
  front.set('title', `${front.get('title')} (${n})`)
  return `---\n${front.toString({ lineWidth: 0 })}---\n${text.slice(end + 5)}`
}
