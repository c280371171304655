import { defineCollection } from 'astro:content'
import { glob } from 'astro/loaders'
import { contentCollections, type ContentCollection } from '../cms/schemas/collections'

// Astro 7's content layer takes zod 4 schemas (its own zod is the project's zod 4), so the
// front matter schemas of cms/schemas/ are used as they are: one schema for import, CMS and site.
const contentDir = process.env.SITE_CONTENT_DIR || './content'

const collectionOf = (name: ContentCollection) => {
  const { folder, schema } = contentCollections[name]
  return defineCollection({
    loader: glob({
      pattern: '*.mdx',
      base: `${contentDir}/${folder}`,
      // The file name is the document's id everywhere (content/, CMS, URL); keep it verbatim.
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
    schema,
  })
}

export const collections = {
  'guide-chapters': collectionOf('guide-chapters'),
  tools: collectionOf('tools'),
  'mvp-parts': collectionOf('mvp-parts'),
  proeftuinen: collectionOf('proeftuinen'),
  lessons: collectionOf('lessons'),
  programmes: collectionOf('programmes'),
  questions: collectionOf('questions'),
}
