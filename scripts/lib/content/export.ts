import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import type { Payload } from 'payload'
import { contentCollections, type ContentCollection } from '../../../model/collections'
import { dataDir } from '../../../cms/env/paths'
import { currentDocuments } from './current'
import { imagesOf, MEDIA_FOLDER } from './media'
import { serializeDocument } from './serialize'

export interface ExportOptions {
  dir: string
  log?: (line: string) => void
}

export interface ExportReport {
  written: string[]
  unchanged: string[]
  removed: string[]
  /**
   * Published documents whose data the content schema refuses. They are not written (a file the
   * site build and the import would refuse would stop every later publish); a file an earlier
   * export wrote for them stays as it was. The CMS keeps the document.
   */
  problems: string[]
}

const readOrUndefined = (file: string) => readFile(file).catch(() => undefined)

/** Writes a file only when its bytes change, so an export of unchanged content touches nothing. */
const writeIfChanged = async (file: string, bytes: Buffer | string) => {
  const before = await readOrUndefined(file)
  if (before && before.equals(Buffer.from(bytes))) return false
  await writeFile(file, bytes)
  return true
}

/**
 * Writes the CMS's published documents as content files: `<folder>/<slug>.md`, front matter in
 * schema order, body as Markdown, images to media/. Files of documents that are no longer published
 * are removed, so the folder is exactly the published content. The asker's name and e-mail are
 * not in any content schema, so they are never read, let alone written.
 */
export async function exportContent(payload: Payload, options: ExportOptions): Promise<ExportReport> {
  const log = options.log ?? (() => {})
  const report: ExportReport = { written: [], unchanged: [], removed: [], problems: [] }
  const current = await currentDocuments(payload, { published: true })
  const keep = new Set<string>()
  const mediaFiles = new Set<string>()
  for (const doc of current.all()) {
    const { folder, schema } = contentCollections[doc.collection as ContentCollection]
    const data = doc.data()
    for (const forbidden of ['askerName', 'askerEmail']) if (forbidden in data) throw new Error(`${doc.slug}: ${forbidden} would be exported`)
    const relative = join(folder, `${doc.slug}.md`)
    keep.add(relative)
    const check = schema.safeParse(data)
    if (!check.success) {
      report.problems.push(`${relative}: ${check.error.issues.map((i) => `${i.path.join('.') || 'frontmatter'}: ${i.message}`).join('; ')}`)
      continue
    }
    const body = doc.body()
    for (const image of imagesOf(body)) if (image.file) mediaFiles.add(image.file)
    await mkdir(join(options.dir, folder), { recursive: true })
    const changed = await writeIfChanged(join(options.dir, relative), serializeDocument(schema, data, body))
    ;(changed ? report.written : report.unchanged).push(relative)
  }
  for (const { folder } of Object.values(contentCollections)) {
    const names = await readdir(join(options.dir, folder)).catch(() => [] as string[])
    for (const name of names) {
      const relative = join(folder, name)
      if (['.md', '.mdx'].includes(extname(name)) && !keep.has(relative)) {
        await rm(join(options.dir, relative))
        report.removed.push(relative)
      }
    }
  }
  if (mediaFiles.size > 0) {
    await mkdir(join(options.dir, MEDIA_FOLDER), { recursive: true })
    const staticDir = payload.collections.media.config.upload.staticDir ?? join(dataDir(), 'media')
    for (const file of [...mediaFiles].sort()) {
      const target = join(options.dir, MEDIA_FOLDER, file)
      const bytes = await readFile(join(staticDir, file))
      if (await writeIfChanged(target, bytes)) report.written.push(join(MEDIA_FOLDER, file))
    }
  }
  log(`${report.written.length} geschreven, ${report.unchanged.length} ongewijzigd, ${report.removed.length} verwijderd`)
  return report
}
