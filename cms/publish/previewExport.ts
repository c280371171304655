import { mkdir, rm, writeFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CollectionSlug, Payload } from 'payload'
import { exportContent } from '../../scripts/lib/content/export'
import { currentDocuments } from '../../scripts/lib/content/current'
import { fromPayloadData } from '../../scripts/lib/content/fromPayload'
import { withoutLinksToMissing } from '../../scripts/lib/content/links'
import { placeholdersToImages } from '../../scripts/lib/content/media'
import { editorConfigOf, toMarkdown, type LexicalState } from '../../scripts/lib/content/richText'
import { schemaKeys, serializeDocument } from '../../scripts/lib/content/serialize'
import { contentCollections, type ContentCollection } from '../../model/collections'
import { pathOf } from '../../model/routes'

export type PreviewExport =
  | { ok: true; path: string; changed: boolean }
  | { ok: false; problems: string[] }

/**
 * The content a preview is built from: exactly what the export of a publish would write (the
 * published documents, through the same code), with the one draft in the place of its published
 * version. References and links from the draft to documents that are not published are left out,
 * as a publish would leave them out, so the preview shows the page the site would get.
 */
export async function exportWithDraft(payload: Payload, collection: ContentCollection, id: number | string, dir: string): Promise<PreviewExport> {
  const draft = (await payload.findByID({ collection: collection as CollectionSlug, id, draft: true, depth: 0, overrideAccess: true })) as unknown as Record<string, unknown>
  const { folder, schema } = contentCollections[collection]
  const slug = String(draft.slug ?? '')
  if (!slug) return { ok: false, problems: ['Dit concept heeft nog geen slug (het adres van de pagina).'] }
  const relative = join(folder, `${slug}.md`)
  const file = join(dir, relative)
  // Read before the export puts the published version back, to tell whether anything changed since the last preview.
  const previous = await readFile(file, 'utf8').catch(() => undefined)
  const report = await exportContent(payload, { dir })
  const published = await currentDocuments(payload, { published: true })
  const slugs = new Map(published.all().map((d) => [`${d.collection}:${d.id}`, d.slug]))
  slugs.set(`${collection}:${id}`, slug)
  const exists = (c: ContentCollection, s: string) => [...slugs].some(([key, value]) => key.startsWith(`${c}:`) && value === s)
  const config = payload.collections[collection as CollectionSlug].config
  const data = fromPayloadData(config.fields, draft, schemaKeys(schema), (c, i) => slugs.get(`${c}:${i}`))
  const stored = draft.body as LexicalState | null | undefined
  const body = stored?.root
    ? placeholdersToImages(toMarkdown(withoutLinksToMissing(stored, exists), editorConfigOf(payload, collection)), (m) => published.media.get(m))
    : ''
  // A draft is not checked until it is published; the preview says what a publish would refuse.
  const check = schema.safeParse(data)
  if (!check.success) return { ok: false, problems: check.error.issues.map((i) => `${i.path.join('.') || 'gegevens'}: ${i.message}`) }
  // The published version under its old slug goes: the site would not have both.
  const before = published.all().find((d) => d.collection === collection && String(d.id) === String(id))
  if (before && before.slug !== slug) await rm(join(dir, folder, `${before.slug}.md`), { force: true })
  const bytes = serializeDocument(schema, data, body)
  await mkdir(join(dir, folder), { recursive: true })
  await writeFile(file, bytes)
  const others = (files: string[]) => files.some((f) => f !== relative)
  const changed = previous !== bytes || others(report.written) || others(report.removed)
  return { ok: true, path: pathOf(collection, slug), changed }
}
