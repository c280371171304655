import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseDocument } from 'yaml'
import { contentCollections } from '../../../model/collections'

/**
 * The second baseline: a Starlight site over the same documents (Starlight's own layout, sidebar,
 * search), written into `dir` inside the repository (it uses the repository's node_modules).
 * Its docs are the corpus's files with only their title kept in the front matter (Starlight's
 * schema knows no more); the body is the same Markdown.
 */
export async function writeStarlight(dir: string) {
  await mkdir(join(dir, 'src'), { recursive: true })
  await writeFile(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config'
import starlight from '@astrojs/starlight'
export default defineConfig({ outDir: process.env.STARLIGHT_OUT_DIR, cacheDir: process.env.STARLIGHT_CACHE_DIR, integrations: [starlight({ title: 'Bench', defaultLocale: 'root', locales: { root: { label: 'Nederlands', lang: 'nl' } } })] })
`,
  )
  await writeFile(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { docsSchema } from '@astrojs/starlight/schema'
export const collections = { docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: process.env.STARLIGHT_DOCS_DIR }), schema: docsSchema() }) }
`,
  )
}

/** The corpus as Starlight docs: the same files with only `title` in the front matter. */
export async function starlightDocs(corpus: string, target: string) {
  await rm(target, { recursive: true, force: true })
  for (const { folder } of Object.values(contentCollections)) {
    await mkdir(join(target, folder), { recursive: true })
    for (const name of (await readdir(join(corpus, folder))).filter((n) => n.endsWith('.md'))) {
      const text = await readFile(join(corpus, folder, name), 'utf8')
      const end = text.indexOf('\n---\n', 4)
      const title = String(parseDocument(text.slice(4, end)).get('title'))
      await writeFile(join(target, folder, name), `---\ntitle: ${JSON.stringify(title)}\n---\n${text.slice(end + 5)}`)
    }
  }
}
