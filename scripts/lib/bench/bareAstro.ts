import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { contentCollections } from '../../../model/collections'

/**
 * The baseline: a bare Astro site over the same content files (one page per document with its
 * title and body, Pagefind over it), written into `dir` (inside the repository, so it uses the
 * repository's node_modules). What any site over this corpus costs at least.
 */
export async function writeBareAstro(dir: string) {
  await mkdir(join(dir, 'src', 'pages', '[collection]'), { recursive: true })
  const folders = Object.values(contentCollections).map((c) => c.folder)
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config'\nexport default defineConfig({ outDir: process.env.BARE_OUT_DIR, cacheDir: process.env.BARE_CACHE_DIR, trailingSlash: 'always', build: { format: 'directory' } })\n`,
  )
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { z } from 'astro/zod'
const base = process.env.BARE_CONTENT_DIR
const of = (folder: string) => defineCollection({ loader: glob({ pattern: '*.md', base: \`\${base}/\${folder}\` }), schema: z.looseObject({ title: z.string() }) })
export const collections = { ${folders.map((f) => `'${f}': of('${f}')`).join(', ')} }
`,
  )
  await writeFile(
    join(dir, 'src', 'pages', '[collection]', '[slug].astro'),
    `---
import { getCollection, render } from 'astro:content'
export async function getStaticPaths() {
  const names = [${folders.map((f) => `'${f}'`).join(', ')}] as const
  const all = await Promise.all(names.map(async (collection) => (await getCollection(collection)).map((entry) => ({ params: { collection, slug: entry.id }, props: { entry } }))))
  return all.flat()
}
const { entry } = Astro.props
const { Content } = await render(entry)
---
<html lang="nl"><head><meta charset="utf-8"><title>{entry.data.title}</title></head>
<body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body></html>
`,
  )
}
